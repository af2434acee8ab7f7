package kz.egov.catalog.model;

import kz.egov.contract.message.Channel;

import java.util.List;

/**
 * Refusal to accept the application (отказ в приеме заявления / өтінішті қабылдаудан бас тарту).
 *
 * @param channels where it happens
 * @param grounds  the grounds in the text's words
 * @param receipt  the receipt given, if the text names one
 * @param lines    source lines
 */
public record RefusalToAccept(List<Channel> channels, String grounds, String receipt, String lines) {
    public RefusalToAccept {
        channels = channels == null ? List.of() : List.copyOf(channels);
    }
}
