package kz.egov.corp;

import static io.restassured.RestAssured.given;
import static kz.egov.corp.Desk.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.message.PersonRecord;
import kz.egov.contract.message.ResultDocument;
import kz.egov.contract.message.ResultKind;
import kz.egov.contract.message.ServiceRequest;
import kz.egov.contract.message.TechnicalReceipt;
import kz.egov.contract.status.TechnicalStatus;
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
 * Issue [wave 2 · 6/16]: "ИС ЦОН stores a result under the request the envelope names without comparing the document's
 * request id and applicant … refused by the gateway and again by the receiving portal or ЦОН": such a result is a dead
 * letter with its reason, and the request stays as it was.
 */
@QuarkusTest
@QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = GatewayStandInResource.class, restrictToAnnotatedClass = false)
class ResultForAnotherApplicantAtTheBranchTest {

    static final String BRANCH = "con-63";
    static final String PROVIDER = "ec-63";
    static TestParticipant gateway;

    @BeforeAll
    static void participants() {
        gateway = new TestParticipant("gateway", Topics.TO_GATEWAY);
    }

    @AfterAll
    static void close() {
        gateway.close();
    }

    @Test
    void aResultNamingAnotherApplicantOrRequestIsRefusedAndTheRequestStaysAsItWas() {
        String token = Desk.signIn(BRANCH, 0);
        PersonRecord citizen = Desk.citizenOf("63");
        String requestId = (String) Desk.submitJobSeekerPackage(token, Desk.operatorKey(BRANCH, 0), citizen)
                .get("requestId");
        Envelope sent = gateway.await(requestId, MessageType.SERVICE_REQUEST);
        ServiceRequest request = EnvelopeCodec.decode(sent.body(), ServiceRequest.class);
        gateway.sendTo(Topics.TO_BRANCHES, BRANCH, MessageType.TECHNICAL_RECEIPT, request.serviceCode(), requestId,
                sent.messageId(), new TechnicalReceipt(requestId, TechnicalStatus.ACCEPTED_BY_GATEWAY, Instant.now(),
                        PROVIDER, "V11"));
        await().atMost(Desk.patience()).until(() -> "ACCEPTED_BY_GATEWAY".equals(
                as(token).get("/api/requests/" + requestId).jsonPath().getString("technicalStatus")));

        Envelope otherApplicant = sendResult(request, requestId, Desk.citizenOf("63").iin());
        Envelope otherRequest = sendResult(request, "req-someone-elses", citizen.iin());

        await().atMost(Desk.patience()).until(() -> deadLetterReasons().containsAll(List.of(
                otherApplicant.messageId() + ":MSG_APPLICANT_MISMATCH", otherRequest.messageId() + ":MSG_REQUEST_MISMATCH")));
        Map<String, Object> view = as(token).get("/api/requests/" + requestId).jsonPath().getMap("$");
        assertThat(view.get("businessStatus")).as("no result stored").isNotEqualTo("COMPLETED");
        assertThat(view.get("resultKind")).isNull();
    }

    private static Envelope sendResult(ServiceRequest request, String bodyRequestId, String applicantIin) {
        Participants.Seed ec = Participants.byId(PROVIDER);
        String officerIin = IinGenerator.nth(LocalDate.of(1979, 4, 12), Sex.FEMALE, 3);
        TestPeople.PersonKey officer = TestPeople.officer(officerIin, "Жумабекова", "Гульнар", ec.name(), ec.bin());
        ResultDocument result = new ResultDocument(bodyRequestId, "doc-" + java.util.UUID.randomUUID(),
                ResultKind.NOTIFICATION, "V11", PROVIDER, applicantIin, "Уведомление",
                EnvelopeCodec.json().createObjectNode(), null, null, officerIin, "SPECIALIST", Instant.now());
        byte[] bytes = EnvelopeCodec.encode(result);
        return Desk.fromProvider(gateway, PROVIDER, BRANCH, MessageType.RESULT_DOCUMENT, request.serviceCode(),
                request.requestId(), bytes, officer.sign(bytes));
    }

    private static List<String> deadLetterReasons() {
        return given().auth().preemptive().basic("admin", EgovInfrastructureResource.ADMIN_PASSWORD)
                .get("/admin/messaging/dead-letters").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.reason != null }").stream()
                .map(o -> ((Map<?, ?>) o).get("messageId") + ":" + ((Map<?, ?>) o).get("reason")).toList();
    }
}
