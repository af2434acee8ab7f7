package kz.egov.gateway.check;

import static kz.egov.gateway.check.Requests.on;
import static kz.egov.gateway.check.Requests.refusal;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.envelope.Envelopes;
import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.message.Channel;
import kz.egov.contract.message.PersonRecord;
import kz.egov.contract.message.ServiceRequest;
import kz.egov.contract.message.SignerRole;
import kz.egov.contract.message.Submitter;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.eds.algorithm.SignatureAlgorithm;
import kz.egov.eds.devca.IssueOptions;
import kz.egov.eds.identity.IinGenerator;
import kz.egov.eds.identity.Sex;
import kz.egov.eds.verify.EdsVerifier;
import kz.egov.gateway.Citizens;
import kz.egov.gateway.participant.FixedParticipantRegistry;
import kz.egov.gateway.participant.Participant;
import kz.egov.testinfra.EgovInfrastructureResource;
import kz.egov.testinfra.TestPeople;
import kz.egov.testinfra.TestPki;
import org.junit.jupiter.api.Test;

/**
 * Step 4, condition 2, with the gateway's verifier over the test НУЦ: the person's EDS over the exact document is
 * valid now and is the citizen's (portal) or the submitting employee's of the sending organisation (branch).
 */
@QuarkusTest
@QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)
class ConditionTwoCheckTest {

    @Inject
    ConditionTwoCheck check;

    @Inject
    EdsVerifier verifier;

    private final Participant portal = FixedParticipantRegistry.seeded("portal");
    private final Participant branch = FixedParticipantRegistry.seeded("con-43");
    private final PersonRecord citizen = Citizens.livingIn("43101");
    private final ServiceRequest request = Citizens.portalRequest(citizen, "JOB_SEEKER_REGISTRATION", List.of());

    @Test
    void aRequestWithoutAPersonSignatureIsRefused() {
        refusal(() -> check.check(signed(portal, request, null)), ReasonCode.EDS_MALFORMED);
    }

    @Test
    void aSignatureThatIsNotACmsIsRefused() {
        byte[] garbage = "not a signature".getBytes(StandardCharsets.UTF_8);
        refusal(() -> check.check(signed(portal, request, garbage)), ReasonCode.EDS_MALFORMED);
    }

    @Test
    void aSubmitterWhoseRoleIsNotTheChannelsIsRefused() {
        // a portal request is the citizen's own, not an operator's
        ServiceRequest byOperator = on(request, Channel.PORTAL, new Submitter(SignerRole.OPERATOR, citizen.iin(),
                branch.bin()));
        byte[] document = EnvelopeCodec.encode(byOperator);
        refusal(() -> check.check(signed(portal, byOperator, TestPeople.citizen(citizen).sign(document))),
                ReasonCode.MSG_NOT_PERMITTED);
    }

    @Test
    void aSignatureOverAnotherDocumentIsRefused() {
        ServiceRequest other = Citizens.portalRequest(citizen, "JOB_SEEKER_REGISTRATION", List.of());
        byte[] signatureOfOther = TestPeople.citizen(citizen).sign(EnvelopeCodec.encode(other));
        refusal(() -> check.check(signed(portal, request, signatureOfOther)), ReasonCode.EDS_CONTENT_MISMATCH);
    }

    @Test
    void theCertificateOfAnotherCitizenIsRefused() {
        PersonRecord someoneElse = Citizens.livingIn("43101");
        refusal(() -> check.check(signedBy(TestPeople.citizen(someoneElse))), ReasonCode.EDS_IIN_MISMATCH);
    }

    @Test
    void aRevokedCertificateIsRefused() {
        TestPeople.PersonKey key = TestPeople.citizen(citizen);
        BigInteger serial = key.issued().serial();
        TestPki.get().pki().ca().revoke(serial);
        verifier.refreshRevocation();
        refusal(() -> check.check(signedBy(key)), ReasonCode.EDS_REVOKED);
    }

    @Test
    void anExpiredCertificateIsRefused() {
        refusal(() -> check.check(signedBy(TestPeople.citizen(citizen, SignatureAlgorithm.RSA_SHA256,
                TestPeople.expired()))), ReasonCode.EDS_EXPIRED);
    }

    @Test
    void aCertificateNotYetValidIsRefused() {
        Instant from = Instant.now().plus(Duration.ofDays(1));
        refusal(() -> check.check(signedBy(TestPeople.citizen(citizen, SignatureAlgorithm.RSA_SHA256,
                IssueOptions.validity(from, from.plus(Duration.ofDays(365)))))), ReasonCode.EDS_NOT_YET_VALID);
    }

    @Test
    void aCertificateNotForSigningIsRefused() {
        refusal(() -> check.check(signedBy(TestPeople.citizen(citizen, SignatureAlgorithm.RSA_SHA256,
                IssueOptions.defaults().withoutSigningUsage()))), ReasonCode.EDS_WRONG_KEY_USAGE);
    }

    @Test
    void anOperatorOfAnotherOrganisationIsRefused() {
        String operatorIin = IinGenerator.nth(LocalDate.of(1990, 3, 4), Sex.FEMALE, 2);
        String anotherBin = FixedParticipantRegistry.seeded("ec-43").bin();
        TestPeople.PersonKey operator = TestPeople.operator(operatorIin, "Ахметова", "Дана", "Другая организация",
                anotherBin);
        ServiceRequest atBranch = on(request, Channel.STATE_CORPORATION, new Submitter(SignerRole.OPERATOR,
                operatorIin, branch.bin()));
        byte[] document = EnvelopeCodec.encode(atBranch);
        refusal(() -> check.check(signed(branch, atBranch, operator.sign(document))), ReasonCode.EDS_BIN_MISMATCH);
    }

    @Test
    void anOperatorWhoIsNotTheSubmitterIsRefused() {
        String operatorIin = IinGenerator.nth(LocalDate.of(1990, 3, 4), Sex.FEMALE, 3);
        String submitterIin = IinGenerator.nth(LocalDate.of(1990, 3, 4), Sex.FEMALE, 4);
        TestPeople.PersonKey operator = TestPeople.operator(operatorIin, "Ахметова", "Дана", branch.name(),
                branch.bin());
        ServiceRequest atBranch = on(request, Channel.STATE_CORPORATION, new Submitter(SignerRole.OPERATOR,
                submitterIin, branch.bin()));
        byte[] document = EnvelopeCodec.encode(atBranch);
        refusal(() -> check.check(signed(branch, atBranch, operator.sign(document))), ReasonCode.EDS_IIN_MISMATCH);
    }

    /** The portal request signed with the key. */
    private CheckContext signedBy(TestPeople.PersonKey key) {
        return signed(portal, request, key.sign(EnvelopeCodec.encode(request)));
    }

    /** The request as it arrives from the origin with the person's signature over its document, read. */
    private static CheckContext signed(Participant origin, ServiceRequest request, byte[] personSignature) {
        Envelope e = Envelopes.unsealed(origin.id(), "gateway", MessageType.SERVICE_REQUEST, request.serviceCode(),
                request.requestId(), null, EnvelopeCodec.encode(request), personSignature, Instant.now());
        return CheckContext.of(e, origin, Instant.now()).withRequest(request);
    }
}
