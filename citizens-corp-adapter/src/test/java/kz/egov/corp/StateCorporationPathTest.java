package kz.egov.corp;

import static kz.egov.corp.Desk.as;
import static kz.egov.corp.Desk.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.message.Channel;
import kz.egov.contract.message.PackageMovement;
import kz.egov.contract.message.PersonRecord;
import kz.egov.contract.message.ProviderAcknowledgement;
import kz.egov.contract.message.Rejection;
import kz.egov.contract.message.ResultDocument;
import kz.egov.contract.message.ResultKind;
import kz.egov.contract.message.ServiceRequest;
import kz.egov.contract.message.SignerRole;
import kz.egov.contract.message.StatusChange;
import kz.egov.contract.message.TechnicalReceipt;
import kz.egov.contract.status.BusinessStatus;
import kz.egov.contract.status.TechnicalStatus;
import kz.egov.contract.topic.Topics;
import kz.egov.eds.identity.IinGenerator;
import kz.egov.eds.identity.Sex;
import kz.egov.eds.verify.EdsVerifier;
import kz.egov.reference.Participants;
import kz.egov.testinfra.EgovInfrastructureResource;
import kz.egov.testinfra.TestParticipant;
import kz.egov.testinfra.TestPeople;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The regulations' State Corporation path through ИС ЦОН over real Kafka and PostgreSQL: the package check and
 * refusal to accept, the operator-signed request through РШЭП, back-traffic, hand-over, branch scoping and package
 * tracking. The test plays the gateway (and, through it, the provider ec-63).
 */
@QuarkusTest
@QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = GatewayStandInResource.class, restrictToAnnotatedClass = false)
class StateCorporationPathTest {

    static final String BRANCH = "con-63";
    static final String PROVIDER = "ec-63";
    static TestParticipant gateway;
    static TestPeople.PersonKey operatorKey;
    static TestPeople.PersonKey officer;
    static String officerIin;

    @Inject
    GatewayStandIn standIn;

    @Inject
    EdsVerifier verifier;

    @BeforeAll
    static void participants() {
        gateway = new TestParticipant("gateway", Topics.TO_GATEWAY);
        operatorKey = Desk.operatorKey(BRANCH, 0);
        Participants.Seed ec = Participants.byId(PROVIDER);
        officerIin = IinGenerator.nth(LocalDate.of(1979, 4, 12), Sex.FEMALE, 3);
        officer = TestPeople.officer(officerIin, "Жумабекова", "Гульнар", ec.name(), ec.bin());
    }

    @AfterAll
    static void close() {
        gateway.close();
    }

    /**
     * V09, 003_bbbd0f9291d09582.txt L242–245: «1 - шарт – көрсетілетін қызметті алушы стандарттың 9-тармағында
     * көзделген тізбеге сәйкес құжаттардың толық топтамасын ұсынбаған жағдайда, мемлекеттік корпорация қызметкері …
     * құжаттарды қабылдаудан бас тарту туралы қолхат береді»: an incomplete package is its one ground, not expiry.
     */
    @Test
    void refusalToAcceptAnIncompletePackageForOralmanStatusOnItsOneGround() {
        String token = Desk.signIn(BRANCH, 0);
        assertThat(as(token).get("/api/services").jsonPath().getList("serviceCode", String.class))
                .contains("ORALMAN_STATUS", "JOB_SEEKER_REGISTRATION").doesNotContain("UNEMPLOYED_CERTIFICATE");
        PersonRecord citizen = Desk.citizenOf("63");
        int stored = standIn.attachments().size();

        Response refused = Desk.postPackage(token, citizen.iin(), "ORALMAN_STATUS", List.of(
                item("APPLICATION", true, null, "application.pdf"),
                item("FOREIGN_IDENTITY_DOCUMENT", true, LocalDate.now().minusDays(1), "passport.pdf"),
                item("PHOTO", false, null, null)),
                Map.of("application.pdf", Desk.PDF, "passport.pdf", "passport".getBytes()));

        refused.then().statusCode(422).contentType("application/problem+json").body("code", equalTo("PKG_DOCUMENTS_MISSING"));
        Map<String, Object> receipt = refused.jsonPath().getMap("refusalReceipt");
        String number = (String) receipt.get("number");
        assertThat(number).startsWith("con-63-");
        assertThat(refused.jsonPath().getList("refusalReceipt.missing.code")).containsExactly("PHOTO");
        // the expired passport is no ground of V09's refusal: not on the receipt
        assertThat(refused.jsonPath().getList("refusalReceipt.expired")).isEmpty();
        assertThat(refused.jsonPath().getList("refusalReceipt.reasonCodes")).containsExactly("PKG_DOCUMENTS_MISSING");
        assertThat(refused.jsonPath().getString("refusalReceipt.variantCode")).isEqualTo("V09");
        assertThat(refused.jsonPath().getString("refusalReceipt.grounds")).contains("9-тармағында")
                .contains("V09").contains("L242–245").doesNotContain("№ 279");
        assertThat(refused.jsonPath().getString("refusalReceipt.operatorName")).isEqualTo("Ахметов Ерлан");

        // stored, and nothing forwarded: no scan uploaded, no request sent
        as(token).get("/api/receipts/" + number).then().statusCode(200).body("kind", equalTo("REFUSAL"))
                .body("content.missing[0].code", equalTo("PHOTO"));
        assertThat(standIn.attachments()).hasSize(stored);
        assertThat(gateway.received()).noneMatch(e -> e.type() == MessageType.SERVICE_REQUEST
                && EnvelopeCodec.decode(e.body(), ServiceRequest.class).applicant().iin().equals(citizen.iin()));
        // a walk-in read for the operator entering the citizen ([wave 2 · 6/16]: every read bound to its purpose)
        assertThat(standIn.reads()).anyMatch(r -> r.iin().equals(citizen.iin()) && r.participant().equals(BRANCH)
                && r.purpose().startsWith("WALK_IN&actor=") && r.purpose().length() == "WALK_IN&actor=".length() + 12);

        // only expired: no ground of V09's refusal to accept; the package is accepted, the provider decides
        Desk.postPackage(token, citizen.iin(), "ORALMAN_STATUS", List.of(
                item("APPLICATION", true, null, "a.pdf"), item("PHOTO", true, null, "p.pdf"),
                item("FOREIGN_IDENTITY_DOCUMENT", true, LocalDate.now().minusYears(1), "f.pdf")),
                Map.of("a.pdf", Desk.PDF, "p.pdf", Desk.PDF, "f.pdf", Desk.PDF))
                .then().statusCode(201).body("variantCode", equalTo("V09"));
    }

    @Test
    void acceptanceToResultAndHandOverForJobSeekerRegistration() {
        String token = signInByEds();
        PersonRecord citizen = Desk.citizenOf("63");
        Map<String, Object> receipt = Desk.submitJobSeekerPackage(token, operatorKey, citizen);
        String requestId = (String) receipt.get("requestId");
        String number = (String) receipt.get("number");
        assertThat(receipt.get("operatorName")).isEqualTo("Ахметов Ерлан");
        assertThat(receipt.get("variantCode")).isEqualTo("V11");
        assertThat(Instant.parse((String) receipt.get("dueAt"))).isAfter(Instant.now());
        assertThat((List<?>) receipt.get("documents")).hasSize(2);

        // the operator-signed request leaves for РШЭП with the exact bytes and the operator's CMS
        Envelope sent = gateway.await(requestId, MessageType.SERVICE_REQUEST);
        assertThat(sent.sender()).isEqualTo(BRANCH);
        assertThat(sent.body()).isEqualTo((byte[]) receipt.get("document"));
        ServiceRequest request = EnvelopeCodec.decode(sent.body(), ServiceRequest.class);
        assertThat(request.channel()).isEqualTo(Channel.STATE_CORPORATION);
        assertThat(request.submitter().role()).isEqualTo(SignerRole.OPERATOR);
        assertThat(request.submitter().iin()).isEqualTo(Desk.operator(BRANCH, 0).iin());
        assertThat(request.submitter().bin()).isEqualTo(Participants.byId(BRANCH).bin());
        assertThat(request.receiptNumber()).isEqualTo(number);
        assertThat(request.attachments()).extracting(a -> a.documentCode()).containsExactly("APPLICATION", "IDENTITY_DOCUMENT");
        assertThat(standIn.attachments()).containsKeys(request.attachments().get(0).sha256());
        assertThat(verifier.verify(sent.body(), sent.personSignature(), Instant.now(),
                kz.egov.contract.message.SignerRole.OPERATOR).signer().iin()).isEqualTo(request.submitter().iin());

        // back-traffic: technical receipt, the provider's status, the officer-signed result
        gateway.sendTo(Topics.TO_BRANCHES, BRANCH, MessageType.TECHNICAL_RECEIPT, request.serviceCode(), requestId,
                sent.messageId(), new TechnicalReceipt(requestId, TechnicalStatus.ACCEPTED_BY_GATEWAY, Instant.now(), PROVIDER, "V11"));
        Desk.fromProvider(gateway, PROVIDER, BRANCH, MessageType.STATUS_CHANGE, request.serviceCode(), requestId,
                EnvelopeCodec.encode(new StatusChange(requestId, BusinessStatus.REGISTERED, Instant.now(), "REGISTRAR",
                        null, null, "ВХ-11")), null);
        sendResult(request, ResultKind.NOTIFICATION, null);
        awaitStatus(token, requestId, "COMPLETED");

        Map<String, Object> view = as(token).queryParam("receiptNumber", number).get("/api/requests")
                .then().statusCode(200).extract().jsonPath().getMap("[0]");
        assertThat(view).containsEntry("technicalStatus", "ACCEPTED_BY_GATEWAY").containsEntry("providerId", PROVIDER)
                .containsEntry("readyForHandOver", true).containsEntry("resultKind", "NOTIFICATION");
        assertThat(as(token).queryParam("iin", citizen.iin()).get("/api/requests").jsonPath().getList("requestId"))
                .containsExactly(requestId);
        as(token).get("/api/requests/" + requestId + "/result").then().statusCode(200).body("kind", equalTo("NOTIFICATION"));
        assertThat(as(token).get("/api/results/unclaimed").jsonPath().getList("requestId")).contains(requestId);

        // hand-over: the identity checked, then who, when, how
        String stranger = Desk.citizenOf("63").iin();
        as(token).contentType("application/json").body(Map.of("presentedIin", stranger, "method", "IN_PERSON"))
                .post("/api/requests/" + requestId + "/hand-over").then().statusCode(409)
                .body("code", equalTo("REGISTRY_IDENTITY_MISMATCH"));
        as(token).contentType("application/json").body(Map.of("presentedIin", citizen.iin(), "method", "IN_PERSON"))
                .post("/api/requests/" + requestId + "/hand-over").then().statusCode(200)
                .body("businessStatus", equalTo("ISSUED")).body("issuedBy", equalTo("Ахметов Ерлан"))
                .body("method", equalTo("IN_PERSON"));
        as(token).get("/api/requests/" + requestId).then().body("businessStatus", equalTo("ISSUED"))
                .body("readyForHandOver", equalTo(false));
        // the provider is told, through the gateway, that its result reached the citizen
        Envelope issued = gateway.await(e -> e.correlationId().equals(requestId) && e.type() == MessageType.STATUS_CHANGE,
                java.time.Duration.ofSeconds(30));
        assertThat(issued.sender()).isEqualTo(BRANCH);
        assertThat(EnvelopeCodec.decode(issued.body(), StatusChange.class).status()).isEqualTo(BusinessStatus.ISSUED);
        assertThat(as(token).get("/api/results/unclaimed").jsonPath().getList("requestId")).doesNotContain(requestId);
        as(token).contentType("application/json").body(Map.of("presentedIin", citizen.iin()))
                .post("/api/requests/" + requestId + "/hand-over").then().statusCode(409)
                .body("code", equalTo("REQ_ILLEGAL_TRANSITION"));
    }

    @Test
    void theProvidersAcknowledgementMarksTheRequestDeliveredAndReceivedAtTheBranch() {
        String token = Desk.signIn(BRANCH, 0);
        PersonRecord citizen = Desk.citizenOf("63");
        String requestId = (String) Desk.submitJobSeekerPackage(token, operatorKey, citizen).get("requestId");
        Envelope sent = gateway.await(requestId, MessageType.SERVICE_REQUEST);
        gateway.sendTo(Topics.TO_BRANCHES, BRANCH, MessageType.TECHNICAL_RECEIPT, sent.serviceCode(), requestId,
                sent.messageId(), new TechnicalReceipt(requestId, TechnicalStatus.ACCEPTED_BY_GATEWAY, Instant.now(), PROVIDER, "V11"));
        // first an acknowledgement that speaks of another request: refused, nothing changes
        String other = java.util.UUID.randomUUID().toString();
        Desk.fromProvider(gateway, PROVIDER, BRANCH, MessageType.PROVIDER_ACKNOWLEDGEMENT, sent.serviceCode(), requestId,
                EnvelopeCodec.encode(new ProviderAcknowledgement(other, PROVIDER, "ВХ-99", Instant.now(), null)), null);
        // then the provider's own: «поступившие» with the incoming number
        Desk.fromProvider(gateway, PROVIDER, BRANCH, MessageType.PROVIDER_ACKNOWLEDGEMENT, sent.serviceCode(), requestId,
                EnvelopeCodec.encode(new ProviderAcknowledgement(requestId, PROVIDER, "ВХ-13", Instant.now(),
                        new StatusChange(requestId, BusinessStatus.RECEIVED, Instant.now(), "REGISTRAR", null, null,
                                "ВХ-13"))), null);

        awaitStatus(token, requestId, "RECEIVED");
        Response view = as(token).get("/api/requests/" + requestId);
        view.then().statusCode(200).body("technicalStatus", equalTo("DELIVERED_TO_PROVIDER"))
                .body("providerId", equalTo(PROVIDER));
        List<String> kinds = view.jsonPath().getList("timeline.kind", String.class);
        assertThat(kinds).contains("ACCEPTED_BY_GATEWAY", "STATUS_RECEIVED");
        assertThat(kinds).as("only the acknowledgement about this request counted").containsOnlyOnce("DELIVERED_TO_PROVIDER");
        assertThat(view.jsonPath().getString("timeline.find { it.kind == 'DELIVERED_TO_PROVIDER' }.detail"))
                .contains("ВХ-13");
    }

    @Test
    void motivatedRefusalByTheOfficerReachesTheBranchAndIsHandedOverByEmail() {
        String token = Desk.signIn(BRANCH, 0);
        PersonRecord citizen = Desk.citizenOf("63");
        Map<String, Object> receipt = Desk.submitJobSeekerPackage(token, operatorKey, citizen);
        String requestId = (String) receipt.get("requestId");
        Envelope sent = gateway.await(requestId, MessageType.SERVICE_REQUEST);
        ServiceRequest request = EnvelopeCodec.decode(sent.body(), ServiceRequest.class);
        gateway.sendTo(Topics.TO_BRANCHES, BRANCH, MessageType.TECHNICAL_RECEIPT, request.serviceCode(), requestId,
                sent.messageId(), new TechnicalReceipt(requestId, TechnicalStatus.ACCEPTED_BY_GATEWAY, Instant.now(), PROVIDER, "V11"));
        Desk.fromProvider(gateway, PROVIDER, BRANCH, MessageType.STATUS_CHANGE, request.serviceCode(), requestId,
                EnvelopeCodec.encode(new StatusChange(requestId, BusinessStatus.REGISTERED, Instant.now(), "REGISTRAR",
                        null, null, "ВХ-12")), null);
        sendResult(request, ResultKind.MOTIVATED_REFUSAL, "STD_P10_OTHER");
        awaitStatus(token, requestId, "MOTIVATED_REFUSAL");
        assertThat(as(token).get("/api/requests/" + requestId).jsonPath().getList("timeline.kind", String.class))
                .contains("SUBMITTED", "ACCEPTED_BY_GATEWAY", "STATUS_REGISTERED", "RESULT_MOTIVATED_REFUSAL");
        as(token).contentType("application/json")
                .body(Map.of("presentedIin", citizen.iin(), "method", "EMAIL", "email", "citizen@example.kz"))
                .post("/api/requests/" + requestId + "/hand-over").then().statusCode(200)
                .body("method", equalTo("EMAIL")).body("email", equalTo("citizen@example.kz"));
    }

    @Test
    void aRequestRejectedByTheGatewayIsShownWithItsReason() {
        String token = Desk.signIn(BRANCH, 0);
        Map<String, Object> receipt = Desk.submitJobSeekerPackage(token, operatorKey, Desk.citizenOf("63"));
        String requestId = (String) receipt.get("requestId");
        Envelope sent = gateway.await(requestId, MessageType.SERVICE_REQUEST);
        gateway.sendTo(Topics.TO_BRANCHES, BRANCH, MessageType.REJECTION, sent.serviceCode(), requestId, sent.messageId(),
                new Rejection(requestId, sent.messageId(), "ROUTE_NOT_FOUND", "no EMPLOYMENT_CENTRE serves KATO", "gateway",
                        Instant.now()));
        await().atMost(Desk.patience()).until(() -> "REJECTED_BY_GATEWAY".equals(
                as(token).get("/api/requests/" + requestId).jsonPath().getString("technicalStatus")));
        as(token).get("/api/requests/" + requestId).then().body("reasonCode", equalTo("ROUTE_NOT_FOUND"))
                .body("readyForHandOver", equalTo(false));
    }

    @Test
    void oneBranchCannotSeeAnotherBranchsPackages() {
        String token63 = Desk.signIn(BRANCH, 1);
        Map<String, Object> receipt = Desk.submitJobSeekerPackage(token63, Desk.operatorKey(BRANCH, 1), Desk.citizenOf("63"));
        String requestId = (String) receipt.get("requestId");
        String packageId = (String) receipt.get("packageId");
        String number = (String) receipt.get("number");
        as(token63).get("/api/packages/" + packageId).then().statusCode(200);

        String token47 = Desk.signIn("con-47", 0);
        as(token47).get("/api/packages/" + packageId).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        as(token47).get("/api/requests/" + requestId).then().statusCode(404);
        as(token47).get("/api/requests/" + requestId + "/result").then().statusCode(404);
        as(token47).get("/api/receipts/" + number).then().statusCode(404);
        assertThat(as(token47).queryParam("receiptNumber", number).get("/api/requests").jsonPath().getList("$")).isEmpty();
        as(token47).contentType("application/json").body(Map.of("signature", "AAAA"))
                .post("/api/packages/" + packageId + "/submit").then().statusCode(404);
        // and con-47 does not offer East Kazakhstan's services
        Desk.postPackage(token47, Desk.citizenOf("47").iin(), "ORALMAN_STATUS", List.of(), Map.of())
                .then().statusCode(409).body("code", equalTo("SERVICE_NOT_ON_CHANNEL"));
    }

    @Test
    void aPackageIsLocatedAfterEachMovement() {
        String token = Desk.signIn(BRANCH, 0);
        Map<String, Object> receipt = Desk.submitJobSeekerPackage(token, operatorKey, Desk.citizenOf("63"));
        String requestId = (String) receipt.get("requestId");
        String packageId = (String) receipt.get("packageId");
        Envelope sent = gateway.await(requestId, MessageType.SERVICE_REQUEST);

        // packed and sent: announced to the gateway as signed movements, in transit
        await().atMost(Desk.patience()).until(() -> gateway.received().stream()
                .filter(e -> e.correlationId().equals(requestId) && e.type() == MessageType.PACKAGE_MOVEMENT).count() == 2);
        assertThat(gateway.received().stream().filter(e -> e.correlationId().equals(requestId)
                && e.type() == MessageType.PACKAGE_MOVEMENT).map(e -> EnvelopeCodec.decode(e.body(), PackageMovement.class))
                .toList()).allMatch(m -> m.packageId().equals(packageId))
                .extracting(PackageMovement::movement).containsExactly(PackageMovement.Movement.PACKED,
                        PackageMovement.Movement.SENT_TO_PROVIDER);
        as(token).get("/api/packages/" + packageId).then().statusCode(200).body("holder", equalTo("IN_TRANSIT"))
                .body("lastMovement", equalTo("SENT_TO_PROVIDER")).body("receiptNumber", equalTo(receipt.get("number")));

        gateway.sendTo(Topics.TO_BRANCHES, BRANCH, MessageType.TECHNICAL_RECEIPT, sent.serviceCode(), requestId,
                sent.messageId(), new TechnicalReceipt(requestId, TechnicalStatus.ACCEPTED_BY_GATEWAY, Instant.now(), PROVIDER, "V11"));
        moveAtProvider(sent, packageId, PackageMovement.Movement.RECEIVED_BY_PROVIDER);
        awaitHolder(token, packageId, PROVIDER);
        moveAtProvider(sent, packageId, PackageMovement.Movement.RETURNED_TO_BRANCH);
        awaitHolder(token, packageId, BRANCH);
        assertThat(as(token).get("/api/packages/" + packageId).jsonPath().getList("movements.movement"))
                .containsExactly("PACKED", "SENT_TO_PROVIDER", "RECEIVED_BY_PROVIDER", "RETURNED_TO_BRANCH");
    }

    @Test
    void theDeskRefusesWithReasonCodes() {
        String token = Desk.signIn(BRANCH, 0);
        String unknown = IinGenerator.nth(LocalDate.of(1903, 2, 2), Sex.MALE, 7);
        Desk.postPackage(token, unknown, "JOB_SEEKER_REGISTRATION", List.of(), Map.of()).then().statusCode(404)
                .body("code", equalTo("PERSON_NOT_FOUND"));
        PersonRecord dead = Desk.POPULATION.find(PersonRecord::deceased).orElseThrow();
        Desk.postPackage(token, dead.iin(), "JOB_SEEKER_REGISTRATION", List.of(), Map.of()).then().statusCode(409)
                .body("code", equalTo("PERSON_DECEASED"));
        PersonRecord citizen = Desk.citizenOf("63");
        Desk.postPackage(token, citizen.iin(), "UNEMPLOYED_CERTIFICATE", List.of(), Map.of()).then().statusCode(409)
                .body("code", equalTo("SERVICE_NOT_ON_CHANNEL"));
        Desk.postPackage(token, citizen.iin(), "JOB_SEEKER_REGISTRATION", List.of(
                item("APPLICATION", true, null, "big.pdf"), item("IDENTITY_DOCUMENT", true, LocalDate.now().plusYears(1), "id.pdf")),
                Map.of("big.pdf", new byte[5 * 1024 * 1024 + 1], "id.pdf", Desk.PDF)).then().statusCode(413)
                .body("code", equalTo("PAYLOAD_TOO_LARGE"));
        as(token).header("Accept-Language", "kk").get("/api/requests/nope").then().statusCode(404)
                .body("title", equalTo("Нысан табылмады"));
        given401();

        // a duplicate submission: the receipt was already given
        Response draft = Desk.postPackage(token, citizen.iin(), "JOB_SEEKER_REGISTRATION", List.of(
                item("APPLICATION", true, null, "a.pdf"), item("IDENTITY_DOCUMENT", true, LocalDate.now().plusYears(1), "i.pdf")),
                Map.of("a.pdf", Desk.PDF, "i.pdf", Desk.PDF));
        byte[] document = java.util.Base64.getDecoder().decode(draft.jsonPath().getString("document"));
        String packageId = draft.jsonPath().getString("packageId");
        // another operator's EDS over the draft is refused: the signed-in operator must sign
        as(token).contentType("application/json").body(Map.of("signature",
                java.util.Base64.getEncoder().encodeToString(Desk.operatorKey(BRANCH, 1).sign(document))))
                .post("/api/packages/" + packageId + "/submit").then().statusCode(400).body("code", equalTo("EDS_IIN_MISMATCH"));
        String signature = java.util.Base64.getEncoder().encodeToString(operatorKey.sign(document));
        as(token).contentType("application/json").body(Map.of("signature", signature))
                .post("/api/packages/" + packageId + "/submit").then().statusCode(201);
        as(token).contentType("application/json").body(Map.of("signature", signature))
                .post("/api/packages/" + packageId + "/submit").then().statusCode(409)
                .body("code", equalTo("PKG_DUPLICATE_RECEIPT"));
    }

    @Test
    void repeatedWrongPasswordsLockTheOperatorAccount() {
        String login = Desk.operator("con-19", 1).login();
        for (int i = 0; i < 4; i++) {
            io.restassured.RestAssured.given().contentType("application/json")
                    .body(Map.of("login", login, "password", "wrong-" + i)).post("/api/auth/sign-in")
                    .then().statusCode(401).body("code", equalTo("AUTH_BAD_CREDENTIALS"));
        }
        io.restassured.RestAssured.given().contentType("application/json").body(Map.of("login", login, "password", "wrong"))
                .post("/api/auth/sign-in").then().statusCode(423).body("code", equalTo("AUTH_ACCOUNT_LOCKED"));
        io.restassured.RestAssured.given().contentType("application/json")
                .body(Map.of("login", login, "password", Desk.PASSWORD)).post("/api/auth/sign-in")
                .then().statusCode(423);
    }

    @Test
    void platformAdminManagesBranchesAndOperators() {
        io.restassured.RestAssured.given().get("/admin/branches").then().statusCode(401);
        assertThat(admin().get("/admin/branches").jsonPath().getList("id"))
                .containsExactlyInAnyOrder("con-19", "con-43", "con-47", "con-63", "con-75");
        assertThat(admin().queryParam("branchId", BRANCH).get("/admin/operators").jsonPath().getList("login"))
                .contains("con-63-op1", "con-63-op2");
        String iin = IinGenerator.nth(LocalDate.of(1995, 6, 6), Sex.FEMALE, 9);
        int id = admin().contentType("application/json").body(Map.of("branchId", "con-75", "login", "almaty-desk-9",
                "iin", iin, "surname", "Омарова", "givenName", "Асель", "password", "a-long-password-1"))
                .post("/admin/operators").then().statusCode(201).body("branchId", equalTo("con-75")).extract().path("id");
        String token = io.restassured.RestAssured.given().contentType("application/json")
                .body(Map.of("login", iin, "password", "a-long-password-1")).post("/api/auth/sign-in")
                .then().statusCode(200).extract().path("token");
        as(token).get("/api/services").then().statusCode(200).body("serviceCode", org.hamcrest.Matchers.hasItem("UNEMPLOYED_CERTIFICATE"));
        admin().contentType("application/json").body(Map.of("active", false)).patch("/admin/operators/" + id)
                .then().statusCode(200).body("active", equalTo(false));
        as(token).get("/api/services").then().statusCode(401);
    }

    private static io.restassured.specification.RequestSpecification admin() {
        return io.restassured.RestAssured.given().auth().preemptive().basic("admin", EgovInfrastructureResource.ADMIN_PASSWORD);
    }

    private static void given401() {
        io.restassured.RestAssured.given().get("/api/services").then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
        as("forged").get("/api/services").then().statusCode(401).body("code", equalTo("AUTH_TOKEN_INVALID"));
    }

    private String signInByEds() {
        Map<String, Object> challenge = io.restassured.RestAssured.given().post("/api/auth/eds/challenge")
                .then().statusCode(200).extract().jsonPath().getMap("$");
        byte[] text = ((String) challenge.get("challenge")).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String token = io.restassured.RestAssured.given().contentType("application/json")
                .body(Map.of("challengeId", challenge.get("challengeId"),
                        "signature", java.util.Base64.getEncoder().encodeToString(operatorKey.sign(text))))
                .post("/api/auth/eds/sign-in").then().statusCode(200).body("method", equalTo("EDS"))
                .extract().path("token");
        as(token).get("/api/auth/me").then().body("branchId", equalTo(BRANCH));
        return token;
    }

    private void sendResult(ServiceRequest request, ResultKind kind, String refusalCode) {
        ResultDocument result = new ResultDocument(request.requestId(), "doc-" + request.requestId(), kind, "V11", PROVIDER,
                request.applicant().iin(), kind == ResultKind.MOTIVATED_REFUSAL ? "Мотивированный отказ" : "Уведомление",
                EnvelopeCodec.json().createObjectNode(), refusalCode, null, officerIin, "SPECIALIST", Instant.now());
        byte[] bytes = EnvelopeCodec.encode(result);
        Desk.fromProvider(gateway, PROVIDER, BRANCH, MessageType.RESULT_DOCUMENT, request.serviceCode(),
                request.requestId(), bytes, officer.sign(bytes));
    }

    private void moveAtProvider(Envelope sent, String packageId, PackageMovement.Movement movement) {
        Desk.fromProvider(gateway, PROVIDER, BRANCH, MessageType.PACKAGE_MOVEMENT, sent.serviceCode(), sent.correlationId(),
                EnvelopeCodec.encode(new PackageMovement(packageId, sent.correlationId(), movement, Instant.now(),
                        "ec-63 registrar", null)), null);
    }

    private static void awaitStatus(String token, String requestId, String status) {
        await().atMost(Desk.patience()).until(() -> status.equals(
                as(token).get("/api/requests/" + requestId).jsonPath().getString("businessStatus")));
    }

    private static void awaitHolder(String token, String packageId, String holder) {
        await().atMost(Desk.patience()).until(() -> holder.equals(
                as(token).get("/api/packages/" + packageId).jsonPath().getString("holder")));
    }

}
