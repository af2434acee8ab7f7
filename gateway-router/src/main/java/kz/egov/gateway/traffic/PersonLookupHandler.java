package kz.egov.gateway.traffic;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.message.PersonLookupAnswer;
import kz.egov.contract.message.PersonLookupQuery;
import kz.egov.contract.message.PersonRecord;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.contract.schema.BodyValidator;
import kz.egov.gateway.auth.InboundVerification;
import kz.egov.gateway.evidence.EvidenceLog;
import kz.egov.gateway.participant.Participant;
import kz.egov.gateway.person.PersonLookupRules;
import kz.egov.platform.messaging.EnvelopeHandler;
import kz.egov.platform.messaging.EnvelopeSender;
import kz.egov.platform.messaging.InboundMessage;

/**
 * ГБД ФЛ over messages: a participant's person lookup, allowed by its purpose ({@link PersonLookupRules}), is answered
 * to it, and the read (or the refusal) is logged.
 */
@ApplicationScoped
public class PersonLookupHandler implements EnvelopeHandler {

    private final InboundVerification verification;
    private final PersonLookupRules rules;
    private final Replies replies;
    private final EnvelopeSender sender;
    private final EvidenceLog evidence;
    private final Clock clock;

    PersonLookupHandler(InboundVerification verification, PersonLookupRules rules, Replies replies,
            EnvelopeSender sender, EvidenceLog evidence, Clock clock) {
        this.verification = verification;
        this.rules = rules;
        this.replies = replies;
        this.sender = sender;
        this.evidence = evidence;
        this.clock = clock;
    }

    @Override
    public Set<MessageType> types() {
        return Set.of(MessageType.PERSON_LOOKUP_QUERY);
    }

    @Override
    public void prepare(Envelope e) {
        verification.prepareSeal(e);
    }

    @Override
    public void handle(Envelope e, InboundMessage raw) {
        Participant from = verification.authenticate(e, clock.instant());
        try {
            verification.authorize(e, from, clock.instant());
            PersonLookupQuery q = BodyValidator.parse(e.type(), e.body(), PersonLookupQuery.class);
            Optional<PersonRecord> person = rules.read(from, q.purpose(), q.iin(), q.requestId(), q.actorIin());
            PersonLookupAnswer answer = new PersonLookupAnswer(q.queryId(), person.isPresent(), person.orElse(null),
                    person.isPresent() ? null : ReasonCode.PERSON_NOT_FOUND.code());
            Envelope out = sender.send(from.kind().inboundTopic(), verification.gatewayId(), from.id(),
                    MessageType.PERSON_LOOKUP_ANSWER, e.serviceCode(), e.correlationId(), e.messageId(), answer);
            evidence.append(e.correlationId(), out.messageId(), EvidenceLog.OUT, out.type().name(), EvidenceLog.OK,
                    Map.of("to", from.id(), "found", person.isPresent()));
        } catch (RejectedException refused) {
            replies.reject(e, from, refused);
        }
    }
}
