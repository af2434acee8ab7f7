package kz.egov.mio;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.node.ObjectNode;
import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.envelope.Envelopes;
import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.message.RegistryCommand;
import kz.egov.contract.message.RegistryEvent;
import kz.egov.contract.topic.Topics;

/**
 * АИС «Рынок труда» played by the tests with a small real state: registering a job seeker creates a record card, a
 * referral needs one, an unemployed check needs an unemployed registration. Its events are sealed with the registry's
 * key and forwarded as the gateway does. (The real registry is covered by the end-to-end issue.)
 */
final class FakeRegistry {

    private static final Map<String, ObjectNode> CARDS = new ConcurrentHashMap<>();
    private static final Set<String> ANSWERED = ConcurrentHashMap.newKeySet();
    private static int nextCard = 1;

    private FakeRegistry() {
    }

    /** Waits for the request's next unanswered command, answers it from the state, returns the command. */
    static RegistryCommand answer(String requestId, String providerId) {
        Envelope e = Mio.gateway().await(m -> m.correlationId().equals(requestId) && m.type() == MessageType.REGISTRY_COMMAND
                && !ANSWERED.contains(Mio.body(m, RegistryCommand.class).commandId()), Duration.ofSeconds(30));
        RegistryCommand cmd = Mio.body(e, RegistryCommand.class);
        ANSWERED.add(cmd.commandId());
        ObjectNode card = CARDS.get(cmd.iin());
        String refusal = switch (cmd.command()) {
            case REGISTER_JOB_SEEKER -> card != null ? "REGISTRY_ALREADY_JOB_SEEKER" : null;
            case REFER_TO_MEASURE, QUERY_CARD -> card == null ? "REGISTRY_NO_RECORD_CARD" : null;
            case CHECK_UNEMPLOYED_REGISTRATION -> card == null || !card.path("unemployed").asBoolean()
                    ? "REGISTRY_NOT_UNEMPLOYED" : null;
            default -> null;
        };
        if (refusal == null && cmd.command() == kz.egov.contract.message.RegistryCommandType.REGISTER_JOB_SEEKER) {
            card = EnvelopeCodec.json().createObjectNode().put("cardNumber", "RT-" + (nextCard++))
                    .put("registeredAt", java.time.LocalDate.now().toString()).put("status", "JOB_SEEKER");
            CARDS.put(cmd.iin(), card);
        }
        RegistryEvent event = new RegistryEvent(cmd.commandId(), cmd.requestId(), cmd.command(), refusal == null, refusal,
                refusal == null ? card : null, Instant.now());
        Envelope original = Envelopes.seal(Mio.sealer("labour-market-registry"), "labour-market-registry", "gateway",
                MessageType.REGISTRY_EVENT, null, cmd.requestId(), e.messageId(), event, null, Instant.now());
        Mio.gateway().forward(Topics.TO_PROVIDERS, providerId, original, Map.of("signaturesCheckedAt", Instant.now().toString()));
        return cmd;
    }
}
