package kz.egov.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.message.PersonRecord;
import kz.egov.contract.message.ServiceRequest;
import kz.egov.contract.topic.Topics;
import kz.egov.eds.algorithm.SignatureAlgorithm;
import kz.egov.eds.devca.IssueOptions;
import kz.egov.testinfra.EgovInfrastructureResource;
import kz.egov.testinfra.TestParticipant;
import kz.egov.testinfra.TestPeople;
import kz.egov.testinfra.TestPki;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Revocation fails closed: while НУЦ's OCSP responder gives no answer, a citizen's request whose signature status
 * cannot be established is neither refused nor accepted — no REJECTION goes back, nothing is forwarded — and it is
 * routed once the responder answers again (the message is tried again, never decided on a guess).
 */
@QuarkusTest
@QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)
class RevocationUnknownTest {

    static TestParticipant portal;
    static TestParticipant providers;

    @BeforeAll
    static void participants() {
        portal = new TestParticipant("portal", Topics.TO_PORTAL);
        providers = new TestParticipant("ec-4310", Topics.TO_PROVIDERS);
    }

    @AfterAll
    static void close() {
        portal.close();
        providers.close();
    }

    @AfterEach
    void responderBack() {
        TestPki.get().nuc().ocspOutage(false);
    }

    @Test
    void aRequestIsHeldWhileTheOcspResponderIsDownAndRoutedWhenItAnswers() throws Exception {
        PersonRecord citizen = Citizens.livingIn("43101");
        // a certificate the gateway has never checked: no OCSP answer of it is cached
        TestPeople.PersonKey key = TestPeople.citizen(citizen, SignatureAlgorithm.RSA_SHA256, IssueOptions.defaults());
        ServiceRequest request = Citizens.portalRequest(citizen, "JOB_SEEKER_REGISTRATION", List.of());
        byte[] document = EnvelopeCodec.encode(request);

        TestPki.get().nuc().ocspOutage(true);
        portal.sendBytes(MessageType.SERVICE_REQUEST, request.serviceCode(), request.requestId(), null, document,
                key.sign(document));
        Thread.sleep(Duration.ofSeconds(6).toMillis());
        assertThat(portal.received()).as("no answer to the origin while the status is unknown")
                .noneMatch(e -> request.requestId().equals(e.correlationId()));
        assertThat(providers.received()).as("nothing forwarded while the status is unknown")
                .noneMatch(e -> request.requestId().equals(e.correlationId()));

        TestPki.get().nuc().ocspOutage(false);
        Envelope forwarded = providers.await(request.requestId(), MessageType.SERVICE_REQUEST);
        assertThat(forwarded.recipient()).isEqualTo("ec-4310");
        assertThat(portal.received()).filteredOn(e -> request.requestId().equals(e.correlationId()))
                .noneMatch(e -> e.type() == MessageType.REJECTION);
    }
}
