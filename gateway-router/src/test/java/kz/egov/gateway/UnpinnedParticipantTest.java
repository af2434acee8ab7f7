package kz.egov.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.message.PersonRecord;
import kz.egov.contract.message.ServiceRequest;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.topic.Topics;
import kz.egov.gateway.participant.Participant;
import kz.egov.gateway.participant.ParticipantRegistry;
import kz.egov.testinfra.EgovInfrastructureResource;
import kz.egov.testinfra.TestParticipant;
import kz.egov.testinfra.TestPeople;
import org.junit.jupiter.api.Test;

/**
 * No unpinned participants: a participant whose system certificate is not pinned is trusted with nothing (its own,
 * genuine seal is refused), and the admin API registers no participant without a pin. The stack's participants are
 * pinned at start-up from the pins file `egov up` writes.
 */
@QuarkusTest
@QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)
class UnpinnedParticipantTest {

    @Inject
    ParticipantRegistry registry;

    @Test
    void theStacksParticipantsArePinnedFromThePinsFile() {
        assertThat(QuarkusTransaction.requiringNew().call(() -> registry.list()))
                .isNotEmpty().allSatisfy(p -> assertThat(p.certificateSha256()).as(p.id()).matches("[0-9a-f]{64}"));
    }

    @Test
    void aParticipantWithoutAPinIsRefusedEvenWithItsOwnSeal() throws InterruptedException {
        Participant portal = QuarkusTransaction.requiringNew().call(() -> registry.find("portal").orElseThrow());
        QuarkusTransaction.requiringNew().run(() -> registry.save(portal.withCertificateSha256(null)));
        try (TestParticipant sender = new TestParticipant("portal", Topics.TO_PORTAL)) {
            PersonRecord citizen = Citizens.livingIn("43101");
            ServiceRequest request = Citizens.portalRequest(citizen, "JOB_SEEKER_REGISTRATION", List.of());
            byte[] document = EnvelopeCodec.encode(request);
            var sent = sender.sendBytes(MessageType.SERVICE_REQUEST, request.serviceCode(), request.requestId(), null,
                    document, TestPeople.citizen(citizen).sign(document));
            assertThat(UnauthenticatedMessages.deadLetterReason(sent.messageId()))
                    .isEqualTo(ReasonCode.MSG_SEAL_INVALID.code());
            UnauthenticatedMessages.nothingAnsweredTo(sender, request.requestId());
        } finally {
            QuarkusTransaction.requiringNew().run(() -> registry.save(portal));
        }
    }

    @Test
    void theAdminApiRegistersNoParticipantWithoutAPin() {
        Participant branch = QuarkusTransaction.requiringNew().call(() -> registry.find("con-43").orElseThrow());
        given().auth().preemptive().basic("admin", EgovInfrastructureResource.ADMIN_PASSWORD)
                .contentType(ContentType.JSON).body(EnvelopeCodec.encode(branch.withCertificateSha256(null)))
                .put("/admin/participants/con-43").then().statusCode(400)
                .body("code", equalTo(ReasonCode.VALIDATION_FAILED.code()));
    }
}
