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
import kz.egov.eds.algorithm.SignatureAlgorithm;
import kz.egov.eds.cms.BcCmsProvider;
import kz.egov.eds.cms.Pkcs12Sealer;
import kz.egov.eds.devca.DevSubject;
import kz.egov.eds.devca.IssuedCertificate;
import kz.egov.reference.Participants;
import kz.egov.testinfra.EgovInfrastructureResource;
import kz.egov.testinfra.TestParticipant;
import kz.egov.testinfra.TestPeople;
import kz.egov.testinfra.TestPki;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A participant's seal counts only with the certificate the registry pinned: a second system certificate issued by
 * НУЦ in the portal's very name and BIN (the name and the chain are right, the certificate is not the pinned one) is
 * refused.
 */
@QuarkusTest
@QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)
class SealOfAnotherCertificateTest {

    static TestParticipant portal;

    @BeforeAll
    static void participants() {
        portal = new TestParticipant("portal", Topics.TO_PORTAL);
    }

    @AfterAll
    static void close() {
        portal.close();
    }

    @Test
    void aSealWithAnotherCertificateInTheParticipantsNameIsRefused() throws InterruptedException {
        Participants.Seed seed = Participants.byId("portal");
        IssuedCertificate second = TestPki.get().pki().ca().issue(DevSubject.system("portal", seed.name(), seed.bin()),
                SignatureAlgorithm.RSA_SHA256);
        Pkcs12Sealer impostor = new Pkcs12Sealer(second.signingKey(), new BcCmsProvider());
        PersonRecord citizen = Citizens.livingIn("43101");
        ServiceRequest request = Citizens.portalRequest(citizen, "JOB_SEEKER_REGISTRATION", List.of());
        byte[] document = EnvelopeCodec.encode(request);
        Envelope sealed = Envelopes.sealBytes(impostor, "portal", "gateway", MessageType.SERVICE_REQUEST,
                request.serviceCode(), request.requestId(), null, document,
                TestPeople.citizen(citizen).sign(document), Instant.now());
        portal.publish(sealed);
        assertThat(UnauthenticatedMessages.deadLetterReason(sealed.messageId()))
                .isEqualTo(ReasonCode.MSG_SEAL_INVALID.code());
        UnauthenticatedMessages.nothingAnsweredTo(portal, request.requestId());
    }
}
