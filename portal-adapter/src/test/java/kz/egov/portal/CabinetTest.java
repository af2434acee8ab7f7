package kz.egov.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.time.Instant;
import java.util.Base64;
import java.util.List;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.message.ProviderAcknowledgement;
import kz.egov.contract.message.Rejection;
import kz.egov.contract.message.ResultKind;
import kz.egov.contract.message.StatusChange;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.status.BusinessStatus;
import kz.egov.contract.status.TechnicalStatus;
import kz.egov.contract.topic.Topics;
import kz.egov.testinfra.EgovInfrastructureResource;
import org.junit.jupiter.api.Test;

/**
 * Back-traffic into the personal cabinet: the gateway's technical statuses and rejections, the provider's business
 * statuses and the result signed with the officer's EDS («исполненные»), the history, notifications, withdrawal.
 */
@QuarkusTest
@QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = GatewayStandIn.class, restrictToAnnotatedClass = false)
class CabinetTest {

    @Test
    void process6to7_theCabinetShowsEveryStatusWithTimeAndRoleAndTheSignedResult() {
        Portal.Citizen c = Portal.newCitizen();
        String id = Portal.submitted(c);
        Portal.receipt(id, TechnicalStatus.ACCEPTED_BY_GATEWAY);
        Portal.receipt(id, TechnicalStatus.DELIVERED_TO_PROVIDER);
        status(id, BusinessStatus.RECEIVED, "REGISTRAR");
        status(id, BusinessStatus.REGISTERED, "REGISTRAR");
        status(id, BusinessStatus.IN_PROGRESS, "EXECUTOR");
        Officers.Officer officer = Officers.of(Portal.PROVIDER);
        byte[] result = Officers.result(id, c.iin(), officer, ResultKind.NOTIFICATION);
        byte[] signature = officer.key().sign(result);
        Portal.fromProvider(Portal.PROVIDER, MessageType.RESULT_DOCUMENT, id, result, signature);

        JsonPath r = Portal.awaitRequest(c, id, j -> j.getString("resultDocumentId") != null);
        assertThat(r.getString("status")).isEqualTo("COMPLETED");
        assertThat(r.getString("statusText")).isEqualTo("исполненные");
        assertThat(r.getString("technicalStatus")).isEqualTo("DELIVERED_TO_PROVIDER");
        assertThat(r.getString("variantCode")).isEqualTo("V06");
        assertThat(r.getString("dueAt")).isNotNull();
        assertThat(r.getList("timeline.status")).containsExactly("SUBMITTED", "ACCEPTED_BY_GATEWAY",
                "DELIVERED_TO_PROVIDER", "RECEIVED", "REGISTERED", "IN_PROGRESS", "COMPLETED", "RESULT_DELIVERED");
        assertThat(r.getList("timeline.actingRole")).containsExactly("CITIZEN", "GATEWAY", "GATEWAY", "REGISTRAR",
                "REGISTRAR", "EXECUTOR", "EXECUTOR", "EXECUTOR");
        assertThat(r.getList("timeline.at")).doesNotContainNull();
        c.api().get("/api/notifications").then().statusCode(200).body("code", hasItems("SUBMITTED",
                "ACCEPTED_BY_GATEWAY", "DELIVERED_TO_PROVIDER", "RECEIVED", "REGISTERED", "IN_PROGRESS", "RESULT_DELIVERED"));

        JsonPath download = c.api().get("/api/requests/" + id + "/result").then().statusCode(200).extract().jsonPath();
        assertThat(Base64.getDecoder().decode(download.getString("document"))).isEqualTo(result);
        assertThat(Base64.getDecoder().decode(download.getString("signature"))).isEqualTo(signature);
        assertThat(download.getString("signerBin")).isEqualTo(kz.egov.reference.Participants.byId(Portal.PROVIDER).bin());
        assertThat(c.api().get("/api/requests/" + id + "/result/document").then().statusCode(200).extract().asByteArray())
                .isEqualTo(result);
        assertThat(c.api().get("/api/requests/" + id + "/result/signature").then().statusCode(200).extract()
                .asByteArray()).isEqualTo(signature);
    }

    @Test
    void process6_aRejectionByTheGatewayReachesTheCabinetWithItsReason() {
        Portal.Citizen c = Portal.newCitizen("kk");
        String id = Portal.submitted(c);
        Envelope request = Portal.gateway().await(id, MessageType.SERVICE_REQUEST);
        Portal.gateway().sendTo(Topics.TO_PORTAL, "portal", MessageType.REJECTION, Portal.SERVICE, id,
                request.messageId(), new Rejection(id, request.messageId(), ReasonCode.PERSON_DECEASED.code(),
                        "ГБД ФЛ", "gateway", Instant.now()));
        JsonPath r = Portal.awaitRequest(c, id, j -> "REJECTED_BY_GATEWAY".equals(j.getString("status")));
        assertThat(r.getString("reasonCode")).isEqualTo(ReasonCode.PERSON_DECEASED.code());
        assertThat(r.getString("reasonText")).isEqualTo(ReasonCode.PERSON_DECEASED.kazakh());
        assertThat(r.getBoolean("withdrawable")).isFalse();
    }

    @Test
    void statuses_anIllegalTransitionIsKeptAsEvidenceButDoesNotChangeTheStatus() {
        Portal.Citizen c = Portal.newCitizen();
        String id = Portal.submitted(c);
        Portal.receipt(id, TechnicalStatus.ACCEPTED_BY_GATEWAY);
        status(id, BusinessStatus.RECEIVED, "REGISTRAR");
        status(id, BusinessStatus.COMPLETED, "EXECUTOR"); // RECEIVED -> COMPLETED skips registration
        JsonPath r = Portal.awaitRequest(c, id, j -> j.getList("timeline.status").contains("COMPLETED"));
        assertThat(r.getString("status")).isEqualTo("RECEIVED");
        assertThat(r.getList("timeline.applied", Boolean.class)).endsWith(false);
    }

    @Test
    void withdrawal_allowedUntilTheProviderRegistersTheRequest() {
        Portal.Citizen c = Portal.newCitizen();
        String id = Portal.submitted(c);
        Portal.receipt(id, TechnicalStatus.ACCEPTED_BY_GATEWAY);
        status(id, BusinessStatus.RECEIVED, "REGISTRAR");
        Portal.awaitRequest(c, id, j -> "RECEIVED".equals(j.getString("status")));
        c.api().post("/api/requests/" + id + "/withdrawal").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("withdrawable", equalTo(false));
        Envelope withdrawal = Portal.gateway().await(id, MessageType.STATUS_CHANGE);
        assertThat(withdrawal.recipient()).isEqualTo("gateway");
        assertThat(EnvelopeCodec.decode(withdrawal.body(), StatusChange.class).status()).isEqualTo(BusinessStatus.WITHDRAWN);
        // the provider's registration crossing the withdrawal changes nothing
        status(id, BusinessStatus.REGISTERED, "REGISTRAR");
        JsonPath r = Portal.awaitRequest(c, id, j -> j.getList("timeline.status").contains("REGISTERED"));
        assertThat(r.getString("status")).isEqualTo("WITHDRAWN");
    }

    @Test
    void withdrawal_refusedOnceTheProviderRegisteredTheRequest() {
        Portal.Citizen c = Portal.newCitizen();
        String id = Portal.submitted(c);
        Portal.receipt(id, TechnicalStatus.ACCEPTED_BY_GATEWAY);
        status(id, BusinessStatus.RECEIVED, "REGISTRAR");
        status(id, BusinessStatus.REGISTERED, "REGISTRAR");
        Portal.awaitRequest(c, id, j -> "REGISTERED".equals(j.getString("status")));
        c.api().post("/api/requests/" + id + "/withdrawal").then().statusCode(409)
                .body("code", equalTo(ReasonCode.REQ_NOT_WITHDRAWABLE.code()));
    }

    @Test
    void process7_aResultSignedByAnOfficerOfAnotherOrganisationIsNotDelivered() {
        Portal.Citizen c = Portal.newCitizen();
        String id = Portal.submitted(c);
        Portal.receipt(id, TechnicalStatus.ACCEPTED_BY_GATEWAY);
        Officers.Officer stranger = Officers.of("akimat-4310");
        byte[] result = Officers.result(id, c.iin(), stranger, ResultKind.NOTIFICATION);
        Portal.fromProvider(Portal.PROVIDER, MessageType.RESULT_DOCUMENT, id, result, stranger.key().sign(result));
        status(id, BusinessStatus.RECEIVED, "REGISTRAR"); // a later message still gets through
        JsonPath r = Portal.awaitRequest(c, id, j -> "RECEIVED".equals(j.getString("status")));
        assertThat(r.getString("resultDocumentId")).isNull();
        c.api().get("/api/requests/" + id + "/result").then().statusCode(404);
        List<String> reasons = given().auth().preemptive().basic("admin", EgovInfrastructureResource.ADMIN_PASSWORD)
                .get("/admin/messaging/dead-letters").then().statusCode(200).extract().jsonPath().getList("reason");
        assertThat(reasons).contains(ReasonCode.EDS_BIN_MISMATCH.code());
    }

    @Test
    void security_aCitizenCannotSeeOrTouchAnotherCitizensRequest() {
        Portal.Citizen owner = Portal.newCitizen();
        Portal.Citizen other = Portal.newCitizen();
        String id = Portal.submitted(owner);
        Portal.receipt(id, TechnicalStatus.ACCEPTED_BY_GATEWAY);
        Officers.Officer officer = Officers.of(Portal.PROVIDER);
        byte[] result = Officers.result(id, owner.iin(), officer, ResultKind.NOTIFICATION);
        Portal.fromProvider(Portal.PROVIDER, MessageType.RESULT_DOCUMENT, id, result, officer.key().sign(result));
        Portal.awaitRequest(owner, id, j -> j.getString("resultDocumentId") != null);

        for (String path : List.of("/api/requests/" + id, "/api/requests/" + id + "/result",
                "/api/requests/" + id + "/result/document", "/api/requests/" + id + "/result/signature")) {
            other.api().get(path).then().statusCode(404).body("code", equalTo(ReasonCode.NOT_FOUND.code()));
        }
        other.api().post("/api/requests/" + id + "/withdrawal").then().statusCode(404);
        other.api().get("/api/requests").then().statusCode(200).body("size()", equalTo(0));
        other.api().get("/api/notifications").then().statusCode(200)
                .body("findAll { it.requestId == '" + id + "' }.size()", equalTo(0));
        // someone else's draft cannot be submitted either
        JsonPath draft = Portal.draft(owner);
        Portal.submit(other, draft, other.key().sign(Portal.document(draft)), null).then().statusCode(404);
        given().get("/api/requests/" + id).then().statusCode(401);
    }

    @Test
    void process6_theProvidersAcknowledgementShowsDeliveredAndReceivedFromOneMessage() {
        Portal.Citizen c = Portal.newCitizen();
        String id = Portal.submitted(c);
        Portal.receipt(id, TechnicalStatus.ACCEPTED_BY_GATEWAY);
        String incoming = Portal.PROVIDER + "/" + id.substring(0, 8);
        StatusChange received = new StatusChange(id, BusinessStatus.RECEIVED, Instant.now(), "SYSTEM",
                "incoming number " + incoming, null, incoming);
        Portal.fromProvider(Portal.PROVIDER, MessageType.PROVIDER_ACKNOWLEDGEMENT, id, EnvelopeCodec.encode(
                new ProviderAcknowledgement(id, Portal.PROVIDER, incoming, Instant.now(), received)), null);

        JsonPath r = Portal.awaitRequest(c, id, j -> "RECEIVED".equals(j.getString("status")));
        assertThat(r.getString("technicalStatus")).isEqualTo("DELIVERED_TO_PROVIDER");
        assertThat(r.getString("statusText")).isEqualTo("поступившие");
        assertThat(r.getList("timeline.status")).containsExactly("SUBMITTED", "ACCEPTED_BY_GATEWAY",
                "DELIVERED_TO_PROVIDER", "RECEIVED");
        assertThat(r.getList("timeline.detail", String.class)).last().asString().contains("№ " + incoming);
        c.api().get("/api/notifications").then().statusCode(200).body("code", hasItems("DELIVERED_TO_PROVIDER",
                "RECEIVED"));
    }

    private static void status(String id, BusinessStatus status, String role) {
        StatusChange change = new StatusChange(id, status, Instant.now(), role, null, null,
                status == BusinessStatus.REGISTERED ? "ВХ-" + id.substring(0, 8) : null);
        Portal.fromProvider(Portal.PROVIDER, MessageType.STATUS_CHANGE, id, EnvelopeCodec.encode(change), null);
    }
}
