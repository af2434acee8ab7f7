package kz.egov.corp;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.envelope.Envelopes;
import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.message.PersonRecord;
import kz.egov.contract.seal.Sealer;
import kz.egov.corp.operator.OperatorSeeds;
import kz.egov.eds.cms.Pkcs12Sealer;
import kz.egov.reference.Participants;
import kz.egov.reference.Population;
import kz.egov.testinfra.TestParticipant;
import kz.egov.testinfra.TestPeople;
import kz.egov.testinfra.TestPki;

/** The tests' desk: seeded operators and their EDS keys, citizens, packages, and the provider's side of the gateway. */
final class Desk {

    static final String PASSWORD = "test-operator-password";
    static final String STATE_CORPORATION = "Государственная корпорация «Правительство для граждан»";
    static final Population POPULATION = Population.standard();
    static final byte[] PDF = "%PDF-1.4 scan of an original".getBytes(StandardCharsets.US_ASCII);
    private static int nextCitizen = 100;

    private Desk() {
    }

    static OperatorSeeds.Seed operator(String branchId, int k) {
        List<Participants.Seed> branches = Participants.ofKind("BRANCH");
        int index = branches.indexOf(Participants.byId(branchId));
        return OperatorSeeds.seed(branchId, index, k);
    }

    static TestPeople.PersonKey operatorKey(String branchId, int k) {
        OperatorSeeds.Seed op = operator(branchId, k);
        return TestPeople.operator(op.iin(), op.surname(), op.givenName(), STATE_CORPORATION,
                Participants.byId(branchId).bin());
    }

    static String signIn(String branchId, int k) {
        return given().contentType("application/json")
                .body(Map.of("login", operator(branchId, k).login(), "password", PASSWORD))
                .post("/api/auth/sign-in").then().statusCode(200).extract().path("token");
    }

    static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    static synchronized PersonRecord citizenOf(String katoPrefix) {
        return POPULATION.nth(Population.livingIn(katoPrefix), nextCitizen++);
    }

    static Map<String, Object> item(String code, boolean present, LocalDate expiresOn, String scan) {
        Map<String, Object> m = new java.util.HashMap<>();
        m.put("code", code);
        m.put("present", present);
        m.put("expiresOn", expiresOn == null ? null : expiresOn.toString());
        m.put("scan", scan);
        return m;
    }

    static Response postPackage(String token, String iin, String service, List<Map<String, Object>> items,
            Map<String, byte[]> scans) {
        Map<String, Object> form = Map.of("citizenIin", iin, "serviceCode", service, "items", items,
                "phone", "+77011234567", "language", "ru");
        RequestSpecification spec = as(token).multiPart("package", "package.json", EnvelopeCodec.encode(form),
                "application/json");
        for (Map.Entry<String, byte[]> s : scans.entrySet()) {
            spec = spec.multiPart("scan", s.getKey(), s.getValue(), "application/pdf");
        }
        return spec.post("/api/packages");
    }

    /** A complete job-seeker package (V11) for the citizen, drafted, signed by the operator and submitted. */
    static Map<String, Object> submitJobSeekerPackage(String token, TestPeople.PersonKey operatorKey, PersonRecord citizen) {
        Response draft = postPackage(token, citizen.iin(), "JOB_SEEKER_REGISTRATION", List.of(
                item("APPLICATION", true, null, "application.pdf"),
                item("IDENTITY_DOCUMENT", true, LocalDate.now().plusYears(3), "identity.pdf")),
                Map.of("application.pdf", PDF, "identity.pdf", (citizen.iin() + " identity").getBytes(StandardCharsets.UTF_8)));
        draft.then().statusCode(201);
        byte[] document = Base64.getDecoder().decode(draft.jsonPath().getString("document"));
        String signature = Base64.getEncoder().encodeToString(operatorKey.sign(document));
        Map<String, Object> receipt = as(token).contentType("application/json").body(Map.of("signature", signature))
                .post("/api/packages/" + draft.jsonPath().getString("packageId") + "/submit")
                .then().statusCode(201).extract().jsonPath().getMap("$");
        receipt.put("document", document);
        return receipt;
    }

    static Sealer providerSealer(String providerId) {
        return Pkcs12Sealer.systemSeal(TestPki.get().pki().keyFile(providerId),
                TestPki.KEY_PASSWORD.toCharArray());
    }

    /** The provider's own message (sealed by the provider), carried by the gateway to the branch. */
    static Envelope fromProvider(TestParticipant gateway, String providerId, String branchId, MessageType type,
            String service, String requestId, byte[] body, byte[] personSignature) {
        Envelope original = Envelopes.sealBytes(providerSealer(providerId), providerId, "gateway", type, service,
                requestId, null, body, personSignature, Instant.now());
        return gateway.forward(kz.egov.contract.topic.Topics.TO_BRANCHES, branchId, original,
                Map.of("signaturesCheckedAt", Instant.now().toString()));
    }

    static Duration patience() {
        return Duration.ofSeconds(30);
    }
}
