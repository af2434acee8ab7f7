package kz.egov.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.envelope.Envelopes;
import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.message.PersonRecord;
import kz.egov.contract.message.ServiceRequest;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.topic.Topics;
import kz.egov.testinfra.EgovInfrastructureResource;
import kz.egov.testinfra.TestParticipant;
import kz.egov.testinfra.TestPeople;
import org.junit.jupiter.api.Test;

/**
 * Issue [wave 2 · 5/16]: "a message whose seal fails is a dead letter with its reason; nothing is sent to its
 * claimed sender; no routed request or OK evidence is recorded for it, so a forged message cannot pre-empt a real
 * request's id". A branch forges the portal's request (its own key, the portal's name, the real request's id) before
 * the portal sends it; the real request is then routed as if the forgery had never come.
 */
@QuarkusTest
@QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)
class ForgedRequestTest {

    @Test
    void aForgedRequestTakesNothingFromTheRealOneWithItsId() throws InterruptedException {
        try (TestParticipant portal = new TestParticipant("portal", Topics.TO_PORTAL);
                TestParticipant branch = new TestParticipant("con-43", Topics.TO_BRANCHES)) {
            PersonRecord citizen = Citizens.livingIn("43101");
            ServiceRequest request = Citizens.portalRequest(citizen, "JOB_SEEKER_REGISTRATION", List.of());
            byte[] document = EnvelopeCodec.encode(request);
            byte[] signature = TestPeople.citizen(citizen).sign(document);
            Envelope forged = Envelopes.sealBytes(branch.sealer(), "portal", "gateway", MessageType.SERVICE_REQUEST,
                    request.serviceCode(), request.requestId(), null, document, signature, Instant.now());
            branch.publish(forged);
            assertThat(UnauthenticatedMessages.deadLetterReason(forged.messageId()))
                    .isEqualTo(ReasonCode.MSG_SEAL_INVALID.code());
            UnauthenticatedMessages.nothingAnsweredTo(portal, request.requestId());

            portal.sendBytes(MessageType.SERVICE_REQUEST, request.serviceCode(), request.requestId(), null, document,
                    signature);
            Envelope receipt = portal.await(request.requestId(), MessageType.TECHNICAL_RECEIPT);
            assertThat(receipt.recipient()).isEqualTo("portal");
            assertThat(portal.received()).as("no rejection of the real request")
                    .noneMatch(e -> e.correlationId().equals(request.requestId()) && e.type() == MessageType.REJECTION);
        }
    }
}
