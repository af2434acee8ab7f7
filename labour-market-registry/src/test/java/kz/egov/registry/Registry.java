package kz.egov.registry;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.envelope.Envelopes;
import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.message.PersonRecord;
import kz.egov.contract.message.RegistryCommand;
import kz.egov.contract.message.RegistryCommandAttestation;
import kz.egov.contract.message.RegistryCommandType;
import kz.egov.contract.message.RegistryEvent;
import kz.egov.contract.seal.Sealer;
import kz.egov.contract.topic.Topics;
import kz.egov.eds.cms.Pkcs12Sealer;
import kz.egov.testinfra.TestParticipant;
import kz.egov.testinfra.TestPki;

/**
 * Talks to the registry as the stack does: a provider seals its command to the gateway, the test plays the gateway's
 * hop onto {@code egov.to-registry}, and collects the registry's sealed answers to the gateway.
 */
final class Registry implements AutoCloseable {

    static final String PROVIDER = "ec-4310";
    static final String SERVICE = "JOB_SEEKER_REGISTRATION";

    private final TestParticipant gateway = new TestParticipant("gateway", Topics.TO_GATEWAY);
    private final Map<String, Sealer> sealers = new ConcurrentHashMap<>();

    /** A command of the employment centre's acting officer about a person. */
    static RegistryCommand command(RegistryCommandType type, String iin, JsonNode data) {
        String id = UUID.randomUUID().toString();
        return new RegistryCommand("cmd-" + id, "req-" + id, type, iin, People.OFFICER, PROVIDER, data);
    }

    static ObjectNode data(String... keyValues) {
        ObjectNode node = EnvelopeCodec.json().createObjectNode();
        for (int i = 0; i < keyValues.length; i += 2) {
            node.put(keyValues[i], keyValues[i + 1]);
        }
        return node;
    }

    /** The citizen's identification data as the executor enters them. */
    static ObjectNode identity(PersonRecord p) {
        return data("surname", p.surname(), "givenName", p.givenName(), "birthDate", p.birthDate().toString());
    }

    /**
     * The variant a request for that command is routed under when a test names none: one whose steps send it (V06
     * registers job seekers, V02 the unemployed, V08 refers, V11 checks labour activity, V13 the unemployed
     * registration); DEREGISTER and QUERY_CARD are the registry's own.
     */
    static String variantFor(RegistryCommandType type) {
        return switch (type) {
            case REGISTER_JOB_SEEKER, DEREGISTER, QUERY_CARD -> "V06";
            case REGISTER_UNEMPLOYED -> "V02";
            case REFER_TO_MEASURE -> "V08";
            case CHECK_LABOUR_ACTIVITY -> "V11";
            case CHECK_UNEMPLOYED_REGISTRATION -> "V13";
        };
    }

    /** Sends a command from the employment centre and waits for the answer. */
    RegistryEvent send(RegistryCommand cmd) {
        return send(cmd, variantFor(cmd.command()));
    }

    /** Sends a command for a request the gateway attests was routed under {@code variant}, and waits for the answer. */
    RegistryEvent send(RegistryCommand cmd, String variant) {
        Envelope original = original(PROVIDER, cmd);
        publish(hop(original, new RegistryCommandAttestation(cmd.requestId(), PROVIDER, cmd.iin(), variant,
                Instant.now())));
        return answerTo(original);
    }

    /** The provider's sealed original, forwarded by the (played) gateway to the registry; returns the original. */
    Envelope forward(String provider, RegistryCommand cmd) {
        Envelope original = original(provider, cmd);
        publish(hop(original));
        return original;
    }

    /** The provider's original envelope: the command sealed by the provider, addressed to the gateway. */
    Envelope original(String provider, RegistryCommand cmd) {
        return Envelopes.seal(sealer(provider), provider, "gateway", MessageType.REGISTRY_COMMAND, SERVICE,
                cmd.requestId(), null, cmd, null, Instant.now());
    }

    /**
     * The gateway's hop carrying the original untouched (not yet published), attesting as the gateway does that the
     * command's request was routed to its sender and is about the command's citizen.
     */
    Envelope hop(Envelope original) {
        RegistryCommand cmd = EnvelopeCodec.decode(original.body(), RegistryCommand.class);
        return hop(original, new RegistryCommandAttestation(cmd.requestId(), original.sender(), cmd.iin(),
                variantFor(cmd.command()), Instant.now()));
    }

    /** The gateway's hop with the attestation given (or none: {@code null}). */
    Envelope hop(Envelope original, Object attestation) {
        return Envelopes.forward(gateway.sealer(), "gateway", "labour-market-registry", EnvelopeCodec.encode(original),
                attestation == null ? Map.of("signaturesCheckedAt", Instant.now().toString()) : attestation,
                Instant.now());
    }

    /** Publishes an envelope as it is on the registry's topic (a redelivery, or one that did not come via the gateway). */
    void publish(Envelope e) {
        gateway.publishTo(Topics.TO_REGISTRY, e);
    }

    TestParticipant gateway() {
        return gateway;
    }

    RegistryEvent answerTo(Envelope original) {
        return event(answerEnvelope(original));
    }

    Envelope answerEnvelope(Envelope original) {
        return gateway.await(e -> e.type() == MessageType.REGISTRY_EVENT && original.messageId().equals(e.causationId()),
                Duration.ofSeconds(30));
    }

    long answersTo(Envelope original) {
        return gateway.received().stream().filter(e -> original.messageId().equals(e.causationId())).count();
    }

    static RegistryEvent event(Envelope e) {
        return EnvelopeCodec.decode(e.body(), RegistryEvent.class);
    }

    /** Whether the answer carries a card (JSON null reads as a NullNode). */
    static boolean hasCard(RegistryEvent e) {
        return e.card() != null && !e.card().isNull();
    }

    private Sealer sealer(String participant) {
        return sealers.computeIfAbsent(participant, p -> Pkcs12Sealer.systemSeal(
                TestPki.get().pki().keyFile(p), TestPki.KEY_PASSWORD.toCharArray()));
    }

    @Override
    public void close() {
        gateway.close();
    }
}
