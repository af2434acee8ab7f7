package kz.egov.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.message.AttachmentRef;
import kz.egov.contract.message.PersonRecord;
import kz.egov.contract.message.Rejection;
import kz.egov.contract.message.ServiceRequest;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.topic.Topics;
import kz.egov.eds.algorithm.SignatureAlgorithm;
import kz.egov.eds.verify.EdsVerifier;
import kz.egov.testinfra.EgovInfrastructureResource;
import kz.egov.testinfra.TestParticipant;
import kz.egov.testinfra.TestPeople;
import kz.egov.testinfra.TestPki;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every check of the gateway, in order; each failure reaches the origin as a rejection with its reason code. */
@QuarkusTest
@QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)
class GatewayRejectionTest {

    static TestParticipant portal;
    static TestParticipant branch;

    @Inject
    EdsVerifier verifier;

    @BeforeAll
    static void participants() {
        portal = new TestParticipant("portal", Topics.TO_PORTAL);
        branch = new TestParticipant("con-43", Topics.TO_BRANCHES);
    }

    @AfterAll
    static void close() {
        portal.close();
        branch.close();
    }

    @Test
    void check1_aTamperedSealIsADeadLetterAnsweredToNoOne() throws InterruptedException {
        PersonRecord citizen = Citizens.livingIn("43101");
        ServiceRequest request = Citizens.portalRequest(citizen, "JOB_SEEKER_REGISTRATION", List.of());
        byte[] document = EnvelopeCodec.encode(request);
        Envelope sealed = kz.egov.contract.envelope.Envelopes.sealBytes(portal.sealer(), "portal", "gateway",
                MessageType.SERVICE_REQUEST, request.serviceCode(), request.requestId(), null, document,
                TestPeople.citizen(citizen).sign(document), java.time.Instant.now());
        Envelope tampered = new Envelope(sealed.schemaVersion(), sealed.messageId(), sealed.correlationId(), null,
                sealed.type(), "UNEMPLOYED_REGISTRATION", sealed.sender(), sealed.recipient(), sealed.createdAt(),
                sealed.body(), sealed.personSignature(), null, null, sealed.seal(), null);
        portal.publish(tampered);
        assertThat(UnauthenticatedMessages.deadLetterReason(tampered.messageId()))
                .isIn(ReasonCode.EDS_CONTENT_MISMATCH.code(), ReasonCode.MSG_SEAL_INVALID.code());
        UnauthenticatedMessages.nothingAnsweredTo(portal, request.requestId());
    }

    @Test
    void check1_aMessageSealedByAnotherParticipantIsADeadLetterAnsweredToNoOne() throws InterruptedException {
        PersonRecord citizen = Citizens.livingIn("43101");
        ServiceRequest request = Citizens.portalRequest(citizen, "JOB_SEEKER_REGISTRATION", List.of());
        byte[] document = EnvelopeCodec.encode(request);
        // the branch's key seals an envelope that claims to come from the portal
        Envelope forged = kz.egov.contract.envelope.Envelopes.sealBytes(branch.sealer(), "portal", "gateway",
                MessageType.SERVICE_REQUEST, request.serviceCode(), request.requestId(), null, document,
                TestPeople.citizen(citizen).sign(document), java.time.Instant.now());
        portal.publish(forged);
        assertThat(UnauthenticatedMessages.deadLetterReason(forged.messageId()))
                .isEqualTo(ReasonCode.MSG_SEAL_INVALID.code());
        UnauthenticatedMessages.nothingAnsweredTo(portal, request.requestId());
        UnauthenticatedMessages.nothingAnsweredTo(branch, request.requestId());
    }

    @Test
    void check2_aBranchMayNotSubmitOnThePortalChannel() {
        PersonRecord citizen = Citizens.livingIn("43101");
        ServiceRequest request = Citizens.portalRequest(citizen, "JOB_SEEKER_REGISTRATION", List.of());
        byte[] document = EnvelopeCodec.encode(request);
        branch.sendBytes(MessageType.SERVICE_REQUEST, request.serviceCode(), request.requestId(), null, document,
                TestPeople.citizen(citizen).sign(document));
        assertThat(rejectionOf(branch, request.requestId())).isEqualTo(ReasonCode.MSG_NOT_PERMITTED.code());
    }

    @Test
    void check2_aServiceWithoutAPortalChannelCannotBeSubmittedThere() {
        assertThat(submit(Citizens.livingIn("43101"), "UNEMPLOYED_REGISTRATION"))
                .isEqualTo(ReasonCode.SERVICE_NOT_ON_CHANNEL.code());
    }

    @Test
    void check3_aBodyThatDoesNotConformToItsSchemaIsRejected() {
        PersonRecord citizen = Citizens.livingIn("43101");
        ServiceRequest request = Citizens.portalRequest(citizen, "JOB_SEEKER_REGISTRATION", List.of());
        ObjectNode tree = EnvelopeCodec.json().valueToTree(request);
        tree.remove("applicant");
        byte[] document = EnvelopeCodec.encode(tree);
        portal.sendBytes(MessageType.SERVICE_REQUEST, request.serviceCode(), request.requestId(), null, document,
                TestPeople.citizen(citizen).sign(document));
        assertThat(rejectionOf(portal, request.requestId())).isEqualTo(ReasonCode.MSG_SCHEMA_VIOLATION.code());
    }

    @Test
    void check3_anAttachmentMissingFromTheStoreIsRejected() {
        PersonRecord citizen = Citizens.livingIn("43101");
        ServiceRequest request = Citizens.portalRequest(citizen, "JOB_SEEKER_REGISTRATION",
                List.of(new AttachmentRef("b".repeat(64), 100, "application/pdf", "id.pdf", "IDENTITY_DOCUMENT")));
        assertThat(send(citizen, request, TestPeople.citizen(citizen))).isEqualTo(ReasonCode.MSG_ATTACHMENT_MISSING.code());
    }

    @Test
    void condition2_theIinInTheRequestMustBeTheIinInTheCertificate() {
        PersonRecord citizen = Citizens.livingIn("43101");
        PersonRecord someoneElse = Citizens.livingIn("43101");
        ServiceRequest request = Citizens.portalRequest(citizen, "JOB_SEEKER_REGISTRATION", List.of());
        assertThat(send(citizen, request, TestPeople.citizen(someoneElse))).isEqualTo(ReasonCode.EDS_IIN_MISMATCH.code());
    }

    @Test
    void condition2_aRevokedCertificateIsRejected() {
        PersonRecord citizen = Citizens.livingIn("43101");
        TestPeople.PersonKey key = TestPeople.citizen(citizen);
        BigInteger serial = key.issued().serial();
        TestPki.get().pki().ca().revoke(serial);
        verifier.refreshRevocation();
        ServiceRequest request = Citizens.portalRequest(citizen, "JOB_SEEKER_REGISTRATION", List.of());
        assertThat(send(citizen, request, key)).isEqualTo(ReasonCode.EDS_REVOKED.code());
    }

    @Test
    void condition2_anExpiredCertificateIsRejected() {
        PersonRecord citizen = Citizens.livingIn("43101");
        TestPeople.PersonKey key = TestPeople.citizen(citizen, SignatureAlgorithm.RSA_SHA256, TestPeople.expired());
        ServiceRequest request = Citizens.portalRequest(citizen, "JOB_SEEKER_REGISTRATION", List.of());
        assertThat(send(citizen, request, key)).isEqualTo(ReasonCode.EDS_EXPIRED.code());
    }

    @Test
    void condition2_aGostSignatureOfACitizenIsAccepted() {
        PersonRecord citizen = Citizens.livingIn("43101");
        TestPeople.PersonKey key = TestPeople.citizen(citizen, SignatureAlgorithm.GOST2012_256,
                kz.egov.eds.devca.IssueOptions.defaults());
        ServiceRequest request = Citizens.portalRequest(citizen, "JOB_SEEKER_REGISTRATION", List.of());
        byte[] document = EnvelopeCodec.encode(request);
        portal.sendBytes(MessageType.SERVICE_REQUEST, request.serviceCode(), request.requestId(), null, document,
                key.sign(document));
        assertThat(portal.await(request.requestId(), MessageType.TECHNICAL_RECEIPT)).isNotNull();
    }

    @Test
    void check5_aPersonUnknownToGbdFlIsRejected() {
        String unknownIin = kz.egov.eds.identity.IinGenerator.nth(java.time.LocalDate.of(1931, 2, 3),
                kz.egov.eds.identity.Sex.MALE, 5);
        PersonRecord ghost = new PersonRecord(unknownIin, "Неизвестный", "Иван", null, java.time.LocalDate.of(1931, 2, 3),
                "M", false, null, "431010000", null);
        assertThat(submit(ghost, "JOB_SEEKER_REGISTRATION")).isEqualTo(ReasonCode.PERSON_NOT_FOUND.code());
    }

    @Test
    void check5_aDeceasedCitizenIsRejected() {
        assertThat(submit(Citizens.deceased(), "JOB_SEEKER_REGISTRATION")).isEqualTo(ReasonCode.PERSON_DECEASED.code());
    }

    @Test
    void check5_aCitizenWithoutARegisteredAddressIsRejected() {
        assertThat(submit(Citizens.withoutAddress(), "JOB_SEEKER_REGISTRATION"))
                .isEqualTo(ReasonCode.PERSON_NO_REGISTERED_ADDRESS.code());
    }

    @Test
    void check6_aCitizenWhoseDistrictHasNoRouteIsRejected() {
        assertThat(submit(Citizens.livingIn("55"), "JOB_SEEKER_REGISTRATION")).isEqualTo(ReasonCode.ROUTE_NOT_FOUND.code());
    }

    private String submit(PersonRecord citizen, String service) {
        return send(citizen, Citizens.portalRequest(citizen, service, List.of()), TestPeople.citizen(citizen));
    }

    private String send(PersonRecord citizen, ServiceRequest request, TestPeople.PersonKey key) {
        byte[] document = EnvelopeCodec.encode(request);
        portal.sendBytes(MessageType.SERVICE_REQUEST, request.serviceCode(), request.requestId(), null, document,
                key.sign(document));
        return rejectionOf(portal, request.requestId());
    }

    static String rejectionOf(TestParticipant origin, String requestId) {
        Envelope e = origin.await(x -> x.correlationId().equals(requestId), Duration.ofSeconds(30));
        assertThat(e.type()).as("the origin gets a rejection, not " + e.type()).isEqualTo(MessageType.REJECTION);
        Rejection r = EnvelopeCodec.decode(e.body(), Rejection.class);
        assertThat(r.requestId()).isEqualTo(requestId);
        return r.reasonCode();
    }

}
