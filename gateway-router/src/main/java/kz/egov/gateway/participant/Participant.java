package kz.egov.gateway.participant;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import kz.egov.contract.envelope.MessageType;

/**
 * A participant of the gateway (участник ШЭП): who it is, which certificate seals its messages, and what it may
 * send and submit.
 *
 * @param services base service codes it may submit, or {@code *}
 * @param channels channels it may submit on (contract {@code Channel} names)
 */
public record Participant(String id, ParticipantKind kind, String name, String bin, String kato, String providerType,
        String certificateSha256, boolean active, Set<MessageType> maySend, Set<String> services,
        Set<String> channels) {

    /** This participant pinned to the system certificate of that SHA-256. */
    public Participant withCertificateSha256(String sha256) {
        return new Participant(id, kind, name, bin, kato, providerType, sha256, active, maySend, services, channels);
    }

    public boolean maySubmit(String serviceCode, String channel) {
        return (services.contains("*") || services.contains(serviceCode)) && channels.contains(channel);
    }

    static Set<String> split(String csv) {
        if (csv == null || csv.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    static String join(Set<?> values) {
        return values.stream().map(Object::toString).sorted().collect(Collectors.joining(","));
    }
}
