package kz.egov.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;

import kz.egov.cli.demo.Journeys;
import kz.egov.cli.demo.Target;
import kz.egov.cli.stack.RunningStack;

/**
 * The regulations' journeys as their users meet them — the same code {@code ./egov demo} narrates — against the
 * whole system started as {@code ./egov up} starts it; then what each journey left, seen through the public and admin
 * APIs: the citizen's and the branch's timelines, the registry card, the officer-signed result verifying, the
 * gateway's evidence chain intact.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JourneysTest {

    static Journeys journeys;

    @BeforeAll
    static void stack() {
        RunningStack stack = E2eStack.get();
        journeys = new Journeys(Target.of(stack.config(), stack.secrets()), line -> System.out.println("[demo] " + line),
                Duration.ofSeconds(90));
    }

    static List<String> texts(JsonNode array, String field) {
        List<String> all = new ArrayList<>();
        array.forEach(n -> all.add(n.path(field).asText()));
        return all;
    }

    @Test
    @Order(1)
    void portalCitizenToRegistrarHeadExecutorRegistryCardSignedResultAndPublicVerification() {
        Journeys.PortalJourney j = journeys.portal();

        // routed by the citizen's district to the Kyzylorda employment centre (V06)
        assertThat(j.providerId()).isEqualTo("ec-4310");
        assertThat(j.cabinet().path("variantCode").asText()).isEqualTo("V06");
        // the personal cabinet: the result, and the history of both streams in order
        assertThat(j.cabinet().path("status").asText()).isEqualTo("ISSUED");
        assertThat(j.cabinet().path("businessStatus").asText()).isEqualTo("ISSUED");
        assertThat(j.cabinet().path("resultDocumentId").asText()).isNotBlank();
        assertThat(j.cabinet().path("reasonCode").isNull() || j.cabinet().path("reasonCode").isMissingNode()).isTrue();
        assertThat(texts(j.cabinet().path("timeline"), "status")).containsSubsequence("ACCEPTED_BY_GATEWAY",
                "DELIVERED_TO_PROVIDER").containsSubsequence("RECEIVED", "REGISTERED", "IN_PROGRESS", "COMPLETED",
                "ISSUED");
        // the officers' case: registrar, head, executor, head's signature
        assertThat(j.caseView().path("outcome").asText()).isEqualTo("COMPLETED");
        assertThat(texts(j.caseView().path("actions"), "action")).containsSubsequence("COMPLETE_STEP",
                "ASSIGN_EXECUTOR", "PREPARE_RESULT", "COMPLETE_STEP", "SIGN");
        // the executor's step created the card in АИС «Рынок труда»
        assertThat(j.card().path("iin").asText()).isEqualTo(j.citizenIin());
        assertThat(j.card().path("status").asText()).isEqualTo("JOB_SEEKER");
        JsonNode registration = j.card().path("registrations").get(0);
        assertThat(registration.path("kind").asText()).isEqualTo("JOB_SEEKER");
        assertThat(registration.path("active").asBoolean()).isTrue();
        assertThat(registration.path("providerId").asText()).isEqualTo("ec-4310");
        assertThat(registration.path("channel").asText()).isEqualTo("PORTAL");
        assertThat(registration.path("requestId").asText()).isEqualTo(j.requestId());
        // the result verifies at the public endpoint, cross-checked with the gateway's evidence
        assertThat(j.verification().path("authentic").asBoolean()).as(j.verification().toString()).isTrue();
        assertThat(j.verification().path("requestId").asText()).isEqualTo(j.requestId());
        assertThat(j.verification().at("/signer/bin").asText()).isNotBlank();
        // the gateway's evidence of the request, and the whole chain intact
        assertThat(j.evidence().path("records").size()).isGreaterThanOrEqualTo(6);
        assertThat(j.evidence().at("/verify/intact").asBoolean()).isTrue();
    }

    @Test
    @Order(2)
    void stateCorporationRefusesAnIncompletePackageAcceptsACompleteOneAndHandsOverTheMotivatedRefusal() {
        Journeys.CorpJourney j = journeys.stateCorporation();

        // V09 incomplete: refused to accept at the desk, with a numbered receipt
        assertThat(j.refusal().path("code").asText()).isEqualTo("PKG_DOCUMENTS_MISSING");
        assertThat(j.refusal().at("/refusalReceipt/number").asText()).startsWith("con-63");
        // V11 complete: accepted with a receipt, routed to the East Kazakhstan employment centre
        assertThat(j.receipt().path("number").asText()).startsWith("con-63");
        assertThat(j.receipt().path("variantCode").asText()).isEqualTo("V11");
        assertThat(j.receipt().path("dueAt").asText()).isNotBlank();
        assertThat(j.providerId()).startsWith("ec-63");
        // the officer's motivated refusal, handed over at the branch
        assertThat(j.caseView().path("outcome").asText()).isEqualTo("MOTIVATED_REFUSAL");
        assertThat(j.handOver().path("businessStatus").asText()).isEqualTo("ISSUED");
        JsonNode v = j.branchView();
        assertThat(v.path("businessStatus").asText()).isEqualTo("ISSUED");
        assertThat(v.path("resultKind").asText()).isNotBlank();
        assertThat(v.path("issuedAt").asText()).isNotBlank();
        assertThat(v.path("readyForHandOver").asBoolean()).isFalse();
        String timeline = v.path("timeline").toString();
        assertThat(timeline).contains("ACCEPTED_BY_GATEWAY").contains("DELIVERED_TO_PROVIDER").contains("STATUS_RECEIVED")
                .contains("MOTIVATED_REFUSAL").contains("ISSUED");
        assertThat(journeys.evidence(j.requestId()).at("/verify/intact").asBoolean()).isTrue();
    }

    @Test
    @Order(3)
    void providerOfficeWalkInComesBackToItsOwnQueue() {
        Journeys.WalkInJourney j = journeys.walkIn();
        assertThat(j.caseView().at("/summary/channel").asText()).isEqualTo("PROVIDER_OFFICE");
        assertThat(j.caseView().at("/summary/incomingNumber").asText()).startsWith("ec-4310/");
        assertThat(j.caseView().at("/request/applicant/iin").asText()).isEqualTo(j.citizenIin());
    }

    @Test
    @Order(4)
    void everyRefusalReachesItsOriginWithItsReason() {
        Map<String, Journeys.Rejection> r = journeys.rejections().stream()
                .collect(Collectors.toMap(Journeys.Rejection::name, Function.identity()));
        assertThat(r.get("revoked certificate").reasonCode()).isEqualTo("EDS_REVOKED");
        assertThat(r.get("IIN mismatch").reasonCode()).isEqualTo("EDS_IIN_MISMATCH");
        assertThat(r.get("no route for the district").reasonCode()).isEqualTo("ROUTE_NOT_FOUND");
        assertThat(r.get("deceased citizen").reasonCode()).isEqualTo("PERSON_DECEASED");
        for (String gateway : List.of("no route for the district", "deceased citizen")) {
            JsonNode view = r.get(gateway).view();
            assertThat(view.path("technicalStatus").asText()).as(gateway).isEqualTo("REJECTED_BY_GATEWAY");
            assertThat(view.path("reasonText").asText()).as(gateway).isNotBlank();
            assertThat(view.path("timeline").toString()).as(gateway).contains(r.get(gateway).reasonCode());
        }
        // the portal's refusals are recorded for the citizen (process 5) before anything leaves
        for (String portal : List.of("revoked certificate", "IIN mismatch")) {
            assertThat(r.get(portal).view().toString()).as(portal).contains(r.get(portal).reasonCode());
        }
    }
}
