package kz.egov.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.message.ResultDocument;
import kz.egov.contract.message.ResultKind;
import kz.egov.contract.message.Rejection;
import kz.egov.contract.message.StatusChange;
import kz.egov.contract.status.BusinessStatus;
import kz.egov.contract.topic.Topics;
import kz.egov.eds.identity.IinGenerator;
import kz.egov.eds.identity.Sex;
import kz.egov.reference.Participants;
import kz.egov.testinfra.EgovInfrastructureResource;
import kz.egov.testinfra.TestParticipant;
import kz.egov.testinfra.TestPeople;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue [wave 2 · 6/16]: "Results and status changes whose body names another request or applicant than the routed
 * request are refused by the gateway (and again by the receiving portal or ЦОН)": refused to the provider, nothing
 * reaches the origin.
 */
@QuarkusTest
@QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)
class ResultAboutAnotherRequestTest {

    private static final String PROVIDER = "ec-4310";
    private static final String HEAD = IinGenerator.nth(LocalDate.of(1985, 5, 5), Sex.FEMALE, 1);

    static TestParticipant provider;
    static TestParticipant portal;

    @Inject
    EntityManager em;

    @BeforeAll
    static void start() {
        provider = new TestParticipant(PROVIDER, Topics.TO_PROVIDERS);
        portal = new TestParticipant("portal", Topics.TO_PORTAL);
    }

    @AfterAll
    static void stop() {
        provider.close();
        portal.close();
    }

    @Test
    void aResultNamingAnotherRequestOrApplicantIsRefusedAndGoesNowhere() throws InterruptedException {
        String applicant = Citizens.livingIn("4310").iin();
        String someoneElse = Citizens.livingIn("4310").iin();
        String request = SealedCalls.routedTo(em, PROVIDER, applicant);
        String another = SealedCalls.routedTo(em, PROVIDER, someoneElse);

        assertThat(sendResult(request, another, applicant)).isEqualTo("MSG_REQUEST_MISMATCH");
        assertThat(sendResult(request, request, someoneElse)).isEqualTo("MSG_APPLICANT_MISMATCH");
        Envelope change = provider.sendTo(Topics.TO_GATEWAY, "gateway", MessageType.STATUS_CHANGE,
                "JOB_SEEKER_REGISTRATION", request, null, new StatusChange(another, BusinessStatus.IN_PROGRESS,
                        Instant.now(), "SPECIALIST", null, null, null));
        assertThat(refusalOf(change)).isEqualTo("MSG_REQUEST_MISMATCH");
        Thread.sleep(500);
        assertThat(portal.received()).noneMatch(e -> e.correlationId().equals(request));
    }

    private static String sendResult(String envelopeRequest, String bodyRequest, String applicantIin) {
        Participants.Seed ec = Participants.byId(PROVIDER);
        TestPeople.PersonKey head = TestPeople.officer(HEAD, "Сейткали", "Айман", ec.name(), ec.bin());
        ResultDocument result = new ResultDocument(bodyRequest, "doc-" + java.util.UUID.randomUUID(),
                ResultKind.NOTIFICATION, "V06", PROVIDER, applicantIin, "Уведомление",
                EnvelopeCodec.json().createObjectNode(), null, null, HEAD, "HEAD", Instant.now());
        byte[] bytes = EnvelopeCodec.encode(result);
        return refusalOf(provider.sendBytes(MessageType.RESULT_DOCUMENT, "JOB_SEEKER_REGISTRATION", envelopeRequest,
                null, bytes, head.sign(bytes)));
    }

    /** The gateway's rejection of exactly this message. */
    private static String refusalOf(Envelope sent) {
        Envelope e = provider.await(x -> x.type() == MessageType.REJECTION && sent.messageId().equals(
                EnvelopeCodec.decode(x.body(), Rejection.class).rejectedMessageId()), java.time.Duration.ofSeconds(30));
        return EnvelopeCodec.decode(e.body(), Rejection.class).reasonCode();
    }
}
