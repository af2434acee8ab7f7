package kz.egov.mio;

import static io.restassured.RestAssured.given;
import static kz.egov.mio.Mio.act;
import static kz.egov.mio.Mio.awaitStatus;
import static kz.egov.mio.Mio.officer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.message.PersonRecord;
import kz.egov.contract.message.ServiceRequest;
import kz.egov.contract.message.SignerRole;
import kz.egov.contract.message.StatusChange;
import kz.egov.contract.status.BusinessStatus;
import kz.egov.mio.deadline.WorkflowClock;
import kz.egov.mio.officer.OfficerRole;
import kz.egov.mio.officer.OfficerSeeds;
import kz.egov.testinfra.EgovInfrastructureResource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Due times against a controllable clock, term extension, the quality indicator, and walk-in entry. */
@QuarkusTest
@QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)
class DeadlinesAndWalkInTest {

    static final String MANGYSTAU = "ec-47";

    @Inject
    WorkflowClock clock;

    /** Prometheus' text, on the management port (not the API port). */
    @TestHTTPResource(value = "metrics", management = true)
    String metrics;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void overdueCasesComeFirstAreCountedAndTheTermCanBeExtended() {
        OfficerSeeds.Seed registrar = officer(MANGYSTAU, OfficerRole.REGISTRAR);
        OfficerSeeds.Seed head = officer(MANGYSTAU, OfficerRole.HEAD);
        OfficerSeeds.Seed executor = officer(MANGYSTAU, OfficerRole.EXECUTOR);
        // one request received a week ago (the clock moved back while it arrives), one now
        clock.shift(Duration.ofDays(-7));
        String late = Mio.portalRequest(Mio.citizen("47"), "JOB_SEEKER_REGISTRATION", "V03", MANGYSTAU, null);
        awaitStatus(late, BusinessStatus.RECEIVED);
        clock.reset();
        String fresh = Mio.portalRequest(Mio.citizen("47"), "JOB_SEEKER_REGISTRATION", "V03", MANGYSTAU, null);
        awaitStatus(fresh, BusinessStatus.RECEIVED);

        List<Map<String, Object>> queue = queue(registrar, "");
        assertThat(queue).extracting(q -> q.get("requestId")).containsSubsequence(late, fresh);
        Map<String, Object> first = queue.stream().filter(q -> q.get("requestId").equals(late)).findFirst().orElseThrow();
        assertThat(first).containsEntry("overdue", true).containsEntry("stepOverdue", true);
        assertThat(queue.get(0)).containsEntry("overdue", true);
        assertThat(queue(registrar, "?overdue=true")).extracting(q -> q.get("requestId")).contains(late).doesNotContain(fresh);
        assertThat(queue(registrar, "?overdue=false")).extracting(q -> q.get("requestId")).contains(fresh).doesNotContain(late);
        given().header("Authorization", "Bearer " + Mio.token(registrar)).get("/api/queue?role=HEAD").then().statusCode(403);

        // the metric counts it
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> metric("egov_mio_cases_overdue{provider=\"ec-47\"}") >= 1);

        // the head extends the term with a reason; the citizen is told the new due time
        act(registrar, late, "COMPLETE_STEP").statusCode(200);
        act(head, late, Map.of("action", "EXTEND_TERM", "comment", "запрос сведений в другом органе", "workingDays", 2))
                .statusCode(200);
        StatusChange extended = awaitStatus(late, BusinessStatus.TERM_EXTENDED);
        assertThat(extended.comment()).isEqualTo("запрос сведений в другом органе");
        assertThat(extended.dueAt()).isAfter(Instant.now().plus(Duration.ofHours(8)));
        act(registrar, late, Map.of("action", "EXTEND_TERM", "comment", "x")).statusCode(403);

        // the late step is recorded as late; the result signed within the extended term counts as within
        act(executor, late, "PREPARE_RESULT").statusCode(200);
        FakeRegistry.answer(late, MANGYSTAU);
        Awaits.draft(executor, late, "RESULT");
        Mio.sign(executor, late).statusCode(200);
        assertThat(Mio.caseOf(head, late).get("actions").findValues("late").stream().anyMatch(v -> v.asBoolean())).isTrue();

        // the fresh one is signed only after its term ran out (the clock moves on a week)
        act(registrar, fresh, "COMPLETE_STEP").statusCode(200);
        act(executor, fresh, "PREPARE_RESULT").statusCode(200);
        FakeRegistry.answer(fresh, MANGYSTAU);
        Awaits.draft(executor, fresh, "RESULT");
        clock.shift(Duration.ofDays(7));
        Mio.sign(executor, fresh).statusCode(200);

        JsonPath quality = given().header("Authorization", "Bearer " + Mio.token(head))
                .get("/api/quality?service=JOB_SEEKER_REGISTRATION&to=" + java.time.LocalDate.now().plusDays(8)).then()
                .statusCode(200).extract().jsonPath();
        assertThat(quality.getString("providerId")).isEqualTo(MANGYSTAU);
        assertThat(quality.getLong("completed")).isGreaterThanOrEqualTo(2);
        assertThat(quality.getLong("withinTerm")).isLessThan(quality.getLong("completed")).isGreaterThanOrEqualTo(1);
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() ->
                metric("egov_mio_completed_within_term_ratio{provider=\"ec-47\",service=\"JOB_SEEKER_REGISTRATION\"}") < 1.0);

        // search by IIN within the provider only
        String iin = Mio.caseOf(head, late).at("/request/applicant/iin").asText();
        given().header("Authorization", "Bearer " + Mio.token(head)).get("/api/cases?iin=" + iin).then().statusCode(200)
                .body("requestId", org.hamcrest.Matchers.hasItem(late));
        given().header("Authorization", "Bearer " + Mio.token(officer("ec-4310", OfficerRole.HEAD)))
                .get("/api/cases?iin=" + iin).then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void aWalkInRequestIsSignedByTheOfficerAndFollowsTheOfficeWorkflow() {
        String provider = "ec-4310";
        OfficerSeeds.Seed registrar = officer(provider, OfficerRole.REGISTRAR);
        OfficerSeeds.Seed head = officer(provider, OfficerRole.HEAD);
        OfficerSeeds.Seed executor = officer(provider, OfficerRole.EXECUTOR);
        PersonRecord citizen = Mio.citizen("4310");
        Map<String, Object> entry = Map.of("serviceCode", "JOB_SEEKER_REGISTRATION", "applicant", Map.of("iin", citizen.iin(),
                "surname", citizen.surname(), "givenName", citizen.givenName()), "form", Map.of("education", "высшее"));

        // keyed in, then signed by someone else: refused
        JsonPath prepared = walkIn(registrar, entry);
        String id = prepared.getString("requestId");
        byte[] document = Base64.getDecoder().decode(prepared.getString("document"));
        ServiceRequest request = kz.egov.contract.envelope.EnvelopeCodec.decode(document, ServiceRequest.class);
        assertThat(request.channel()).isEqualTo(kz.egov.contract.message.Channel.PROVIDER_OFFICE);
        assertThat(request.submitter().role()).isEqualTo(SignerRole.OFFICER);
        assertThat(request.submitter().iin()).isEqualTo(registrar.iin());
        submit(registrar, id, Mio.key(head).sign(document)).statusCode(403).body("code", equalTo("EDS_SIGNER_NOT_ACTING_OFFICER"));
        given().header("Authorization", "Bearer " + Mio.token(executor)).contentType(ContentType.JSON).body(entry)
                .post("/api/walk-in").then().statusCode(403);

        // signed by the registrar: to the gateway, which routes it back (played here) into the same workflow
        submit(registrar, id, Mio.key(registrar).sign(document)).statusCode(202);
        Envelope sent = Mio.awaitSent(id, MessageType.SERVICE_REQUEST);
        assertThat(sent.sender()).isEqualTo(provider);
        assertThat(sent.body()).isEqualTo(document);
        Mio.forward(sent, citizen, "V06", provider, provider);
        awaitStatus(id, BusinessStatus.RECEIVED);

        WorkflowTest.toExecutor(id, registrar, head, executor);
        act(executor, id, "PREPARE_RESULT").statusCode(200);
        FakeRegistry.answer(id, provider);
        Awaits.draft(executor, id, "RESULT");
        act(executor, id, "COMPLETE_STEP").statusCode(200);
        Mio.sign(head, id).statusCode(200).body("summary.stepRole", equalTo("REGISTRAR"));
        act(registrar, id, Map.of("action", "ISSUE", "comment", "выдано на руки")).statusCode(200)
                .body("summary.status", equalTo("ISSUED"));
        awaitStatus(id, BusinessStatus.ISSUED);
    }

    @Test
    void aForwardedRequestWithABrokenCitizenSignatureIsRefusedBackToTheOrigin() {
        PersonRecord citizen = Mio.citizen("4310");
        PersonRecord other = Mio.citizen("4310");
        ServiceRequest request = new ServiceRequest(java.util.UUID.randomUUID().toString(), "JOB_SEEKER_REGISTRATION",
                kz.egov.contract.message.Channel.PORTAL, new kz.egov.contract.message.Applicant(citizen.iin(),
                        citizen.surname(), citizen.givenName(), null, null, null),
                new kz.egov.contract.message.Submitter(SignerRole.CITIZEN, citizen.iin(), null),
                kz.egov.contract.envelope.EnvelopeCodec.json().createObjectNode(), List.of(), "ru", Instant.now(), null, null);
        byte[] body = kz.egov.contract.envelope.EnvelopeCodec.encode(request);
        Envelope original = kz.egov.contract.envelope.Envelopes.sealBytes(Mio.sealer("portal"), "portal", "gateway",
                MessageType.SERVICE_REQUEST, request.serviceCode(), request.requestId(), null, body,
                kz.egov.testinfra.TestPeople.citizen(other).sign(body), Instant.now());
        Mio.forward(original, citizen, "V06", "ec-4310", "portal");
        kz.egov.contract.message.Rejection r = Mio.body(Mio.awaitSent(request.requestId(), MessageType.REJECTION),
                kz.egov.contract.message.Rejection.class);
        assertThat(r.reasonCode()).isEqualTo("EDS_IIN_MISMATCH");
        assertThat(Mio.countSent(request.requestId(), MessageType.STATUS_CHANGE)).isZero();
    }

    @Test
    void theOriginMayWithdrawOnlyBeforeRegistration() {
        OfficerSeeds.Seed registrar = officer("ec-4310", OfficerRole.REGISTRAR);
        String early = Mio.portalRequest(Mio.citizen("4310"), "JOB_SEEKER_REGISTRATION", "V06", "ec-4310", null);
        String late = Mio.portalRequest(Mio.citizen("4310"), "JOB_SEEKER_REGISTRATION", "V06", "ec-4310", null);
        awaitStatus(early, BusinessStatus.RECEIVED);
        awaitStatus(late, BusinessStatus.RECEIVED);
        act(registrar, late, "COMPLETE_STEP").statusCode(200);
        withdraw(early);
        withdraw(late);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() ->
                "WITHDRAWN".equals(Mio.caseOf(registrar, early).at("/outcome").asText()));
        assertThat(Mio.body(Mio.awaitSent(late, MessageType.REJECTION), kz.egov.contract.message.Rejection.class)
                .reasonCode()).isEqualTo("REQ_NOT_WITHDRAWABLE");
        act(registrar, early, "COMPLETE_STEP").statusCode(409);
    }

    static void withdraw(String id) {
        StatusChange change = new StatusChange(id, BusinessStatus.WITHDRAWN, Instant.now(), "CITIZEN", "передумал", null, null);
        Envelope original = kz.egov.contract.envelope.Envelopes.seal(Mio.sealer("portal"), "portal", "gateway",
                MessageType.STATUS_CHANGE, "JOB_SEEKER_REGISTRATION", id, null, change, null, Instant.now());
        Mio.gateway().forward(kz.egov.contract.topic.Topics.TO_PROVIDERS, "ec-4310", original,
                Map.of("signaturesCheckedAt", Instant.now().toString()));
    }

    static JsonPath walkIn(OfficerSeeds.Seed officer, Map<String, Object> entry) {
        return given().header("Authorization", "Bearer " + Mio.token(officer)).contentType(ContentType.JSON).body(entry)
                .post("/api/walk-in").then().statusCode(200).extract().jsonPath();
    }

    static io.restassured.response.ValidatableResponse submit(OfficerSeeds.Seed officer, String id, byte[] cms) {
        return given().header("Authorization", "Bearer " + Mio.token(officer)).contentType(ContentType.JSON)
                .body(Map.of("signature", Base64.getEncoder().encodeToString(cms))).post("/api/walk-in/{id}/submit", id).then();
    }

    static List<Map<String, Object>> queue(OfficerSeeds.Seed officer, String query) {
        return given().header("Authorization", "Bearer " + Mio.token(officer)).get("/api/queue" + query).then()
                .statusCode(200).extract().jsonPath().getList("$");
    }

    double metric(String series) {
        String text = given().get(metrics).then().statusCode(200).extract().asString();
        return text.lines().filter(l -> l.startsWith(series + " ")).mapToDouble(l -> Double.parseDouble(l.substring(
                l.lastIndexOf(' ') + 1))).findFirst().orElse(-1);
    }
}
