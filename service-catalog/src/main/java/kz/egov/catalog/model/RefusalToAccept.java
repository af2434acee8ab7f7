package kz.egov.catalog.model;

import kz.egov.contract.message.Channel;
import kz.egov.contract.reason.ReasonCode;

import java.util.List;

/**
 * Refusal to accept the application (отказ в приеме заявления / өтінішті қабылдаудан бас тарту).
 *
 * @param channels where it happens
 * @param reasons  the grounds as reason codes: {@code PKG_DOCUMENTS_MISSING} (an incomplete package), and
 *                 {@code PKG_DOCUMENTS_EXPIRED} only where the text names expired documents too
 * @param grounds  the grounds in the text's words
 * @param receipt  the receipt given, if the text names one
 * @param lines    source lines
 */
public record RefusalToAccept(List<Channel> channels, List<ReasonCode> reasons, String grounds, String receipt,
        Lines lines) {
    public RefusalToAccept {
        channels = channels == null ? List.of() : List.copyOf(channels);
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    /** Whether the text gives this ground ({@code PKG_DOCUMENTS_MISSING}, {@code PKG_DOCUMENTS_EXPIRED}). */
    public boolean on(ReasonCode reason) {
        return reasons.contains(reason);
    }
}
