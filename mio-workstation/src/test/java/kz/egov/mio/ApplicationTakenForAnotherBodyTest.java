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
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.message.Channel;
import kz.egov.contract.message.PersonRecord;
import kz.egov.contract.message.ServiceRequest;
import kz.egov.contract.message.StatusChange;
import kz.egov.contract.status.BusinessStatus;
import kz.egov.contract.topic.Topics;
import kz.egov.mio.officer.OfficerRole;
import kz.egov.mio.officer.OfficerSeeds;
import kz.egov.testinfra.EgovInfrastructureResource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Issue [wave 2 · 8/16], V12 via another body: 003 p.5 «1-іс-қимыл – Халықты жұмыспен қамту орталығының маманы …
 * құжаттарды қабылдайды» (L817), the akimat decides (step 5, L834–836), «Жұмыспен қамту орталығының маманы
 * мемлекеттік қызметтің нәтижесін қалыптастырады» and issues it (steps 6–7, L837–840). The employment centre's
 * specialist keys the application in for the akimat (channel VIA_OTHER_BODY, not the centre's own service), the
 * akimat's answers come back to the centre — its origin — and the centre hands the result over, which closes the
 * akimat's case. The gateway is played here.
 */
@QuarkusTest
@QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)
class ApplicationTakenForAnotherBodyTest {

    private static final String CENTRE = "ec-6310";
    private static final String AKIMAT = "akimat-6310";

    @Test
    void theCentreTakesItTheAkimatDecidesTheCentreIssues() {
        Mio.gateway(); // the played gateway listens before anything is sent to it
        OfficerSeeds.Seed clerk = officer(CENTRE, OfficerRole.SPECIALIST);
        OfficerSeeds.Seed akimat = officer(AKIMAT, OfficerRole.SPECIALIST);
        PersonRecord citizen = Mio.citizen("6310");
        JsonPath prepared = DeadlinesAndWalkInTest.walkIn(clerk, Map.of("serviceCode", "UNEMPLOYED_REGISTRATION",
                "applicant", Map.of("iin", citizen.iin(), "surname", citizen.surname(), "givenName",
                        citizen.givenName()), "form", Map.of()));
        String id = prepared.getString("requestId");
        byte[] document = Base64.getDecoder().decode(prepared.getString("document"));
        assertThat(EnvelopeCodec.decode(document, ServiceRequest.class).channel()).isEqualTo(Channel.VIA_OTHER_BODY);
        DeadlinesAndWalkInTest.submit(clerk, id, Mio.key(clerk).sign(document)).statusCode(202);
        Envelope sent = Mio.awaitSent(id, MessageType.SERVICE_REQUEST);
        assertThat(sent.sender()).isEqualTo(CENTRE);

        // the gateway routes it to the akimat, the centre being its origin
        Mio.forward(sent, citizen, "V12", AKIMAT, CENTRE);
        awaitStatus(id, BusinessStatus.RECEIVED);
        back(id, MessageType.PROVIDER_ACKNOWLEDGEMENT);
        act(akimat, id, "COMPLETE_STEP").statusCode(200).body("summary.stepNumber", equalTo(5));
        act(akimat, id, Map.of("action", "PREPARE_RESULT", "details", Map.of("decisionNumber", "Ш-1",
                "decisionDate", "2026-12-07"))).statusCode(200);
        FakeRegistry.answer(id, AKIMAT);
        Awaits.draft(akimat, id, "RESULT");
        Mio.sign(akimat, id).statusCode(200);
        back(id, MessageType.RESULT_DOCUMENT);
        awaitStatus(id, BusinessStatus.COMPLETED);
        Mio.gateway().received().stream().filter(m -> m.correlationId().equals(id) && m.sender().equals(AKIMAT)
                && m.type() == MessageType.STATUS_CHANGE).forEach(m -> Mio.gateway().forward(Topics.TO_PROVIDERS,
                        CENTRE, m, Map.of("signaturesCheckedAt", Instant.now().toString())));

        // at the centre: the akimat's status and signed result
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> forwarded(clerk, id).getBoolean("resultReady")
                && "COMPLETED".equals(forwarded(clerk, id).getString("businessStatus")));
        given().header("Authorization", "Bearer " + Mio.token(officer(AKIMAT, OfficerRole.REGISTRAR)))
                .get("/api/walk-in/{id}", id).then().statusCode(404);
        given().header("Authorization", "Bearer " + Mio.token(clerk)).get("/api/walk-in/{id}/result", id).then()
                .statusCode(200).body("document", equalTo(Base64.getEncoder().encodeToString(
                        Mio.awaitSent(id, MessageType.RESULT_DOCUMENT).body())));

        // the centre hands it over; the gateway passes the hand-over to the akimat, whose case closes
        given().header("Authorization", "Bearer " + Mio.token(clerk)).contentType(ContentType.JSON)
                .body(Map.of("comment", "выдано заявителю")).post("/api/walk-in/{id}/hand-over", id).then()
                .statusCode(200).body("businessStatus", equalTo("ISSUED"));
        Envelope handOver = Mio.gateway().await(m -> m.correlationId().equals(id) && m.sender().equals(CENTRE)
                && m.type() == MessageType.STATUS_CHANGE, Duration.ofSeconds(20));
        assertThat(Mio.body(handOver, StatusChange.class).status()).isEqualTo(BusinessStatus.ISSUED);
        Mio.gateway().forward(Topics.TO_PROVIDERS, AKIMAT, handOver, Map.of("signaturesCheckedAt",
                Instant.now().toString()));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() ->
                "ISSUED".equals(Mio.caseOf(akimat, id).at("/summary/status").asText()));
        given().header("Authorization", "Bearer " + Mio.token(clerk)).contentType(ContentType.JSON)
                .body(Map.of()).post("/api/walk-in/{id}/hand-over", id).then().statusCode(409);
    }

    /** The gateway forwards what the akimat sent about the request to the centre, its origin. */
    private static void back(String id, MessageType type) {
        Envelope e = Mio.gateway().await(m -> m.correlationId().equals(id) && m.sender().equals(AKIMAT)
                && m.type() == type, Duration.ofSeconds(20));
        Mio.gateway().forward(Topics.TO_PROVIDERS, CENTRE, e, Map.of("signaturesCheckedAt", Instant.now().toString()));
    }

    private static JsonPath forwarded(OfficerSeeds.Seed officer, String id) {
        return given().header("Authorization", "Bearer " + Mio.token(officer)).get("/api/walk-in/{id}", id).then()
                .statusCode(200).extract().jsonPath();
    }
}
