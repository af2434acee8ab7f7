package kz.egov.portal;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.envelope.Envelopes;
import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.message.PersonRecord;
import kz.egov.contract.message.TechnicalReceipt;
import kz.egov.contract.seal.Sealer;
import kz.egov.contract.status.TechnicalStatus;
import kz.egov.contract.topic.Topics;
import kz.egov.eds.cms.Pkcs12Sealer;
import kz.egov.reference.Population;
import kz.egov.testinfra.TestParticipant;
import kz.egov.testinfra.TestPeople;
import kz.egov.testinfra.TestPki;

/** The citizen's side of the portal's API and the gateway's and provider's side over the broker, for the tests. */
final class Portal {

    static final String SERVICE = "JOB_SEEKER_REGISTRATION";
    static final String PASSWORD = "Kyzylorda-2026";
    static final String PROVIDER = "ec-4310";
    static final Population POPULATION = Population.standard();
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static TestParticipant gateway;

    private Portal() {
    }

    /** A registered, signed-in citizen with their EDS key. */
    record Citizen(PersonRecord person, TestPeople.PersonKey key, String token) {

        String iin() {
            return person.iin();
        }

        RequestSpecification api() {
            return given().header("Authorization", "Bearer " + token);
        }
    }

    /** The test's gateway: sees what the portal sends over the real broker, and answers as the gateway would. */
    static synchronized TestParticipant gateway() {
        if (gateway == null) {
            gateway = new TestParticipant("gateway", Topics.TO_GATEWAY);
        }
        return gateway;
    }

    /** A living person of Kyzylorda (KATO 4310…), a different one each call. */
    static PersonRecord nextPerson() {
        return POPULATION.nth(Population.livingIn("4310"), NEXT.getAndIncrement());
    }

    static Citizen newCitizen() {
        return newCitizen("ru");
    }

    static Citizen newCitizen(String language) {
        gateway(); // listening before anything is sent
        PersonRecord p = nextPerson();
        TestPeople.PersonKey key = TestPeople.citizen(p);
        register(p, key, PASSWORD, language).then().statusCode(201);
        return new Citizen(p, key, signIn(p.iin(), PASSWORD).then().statusCode(201).extract().path("token"));
    }

    static Response register(PersonRecord p, TestPeople.PersonKey key, String password, String language) {
        String challenge = given().contentType(ContentType.JSON).body(Map.of("iin", p.iin()))
                .post("/api/accounts/challenge").then().statusCode(200).extract().path("challenge");
        String signature = b64(key.sign(challenge.getBytes(StandardCharsets.UTF_8)));
        return given().contentType(ContentType.JSON).body(Map.of("iin", p.iin(), "password", password, "language",
                language, "challenge", challenge, "signature", signature)).post("/api/accounts");
    }

    static Response signIn(String iin, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("iin", iin, "password", password)).post("/api/sessions");
    }

    /** The form of job-seeker registration, filled in for the person. */
    static Map<String, Object> form(PersonRecord p) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("iin", p.iin());
        f.put("lastName", p.surname());
        f.put("firstName", p.givenName());
        f.put("birthDate", p.birthDate().toString());
        f.put("addressKato", p.addressKato());
        f.put("phone", "+7 701 123 45 67");
        f.put("educationLevel", "HIGHER");
        return f;
    }

    static JsonPath draft(Citizen c) {
        return c.api().contentType(ContentType.JSON).body(Map.of("serviceCode", SERVICE, "form", form(c.person())))
                .post("/api/requests/drafts").then().statusCode(201).extract().jsonPath();
    }

    static byte[] document(JsonPath draft) {
        return Base64.getDecoder().decode(draft.getString("document"));
    }

    static Response submit(Citizen c, JsonPath draft, byte[] signature, String idempotencyKey) {
        RequestSpecification s = c.api().contentType(ContentType.JSON)
                .body(Map.of("draftId", draft.getString("draftId"), "signature", b64(signature)));
        if (idempotencyKey != null) {
            s = s.header("Idempotency-Key", idempotencyKey);
        }
        return s.post("/api/requests");
    }

    /** Process 3, 4 and 6 in one: a draft, signed by the citizen, submitted; returns the request id. */
    static String submitted(Citizen c) {
        JsonPath d = draft(c);
        submit(c, d, c.key().sign(document(d)), null).then().statusCode(201);
        gateway().await(d.getString("requestId"), MessageType.SERVICE_REQUEST);
        return d.getString("requestId");
    }

    /** The gateway's technical receipt, as it sends it to the portal. */
    static void receipt(String requestId, TechnicalStatus status) {
        gateway().sendTo(Topics.TO_PORTAL, "portal", MessageType.TECHNICAL_RECEIPT, SERVICE, requestId, null,
                new TechnicalReceipt(requestId, status, Instant.now(), PROVIDER, "V06"));
    }

    /** A provider's message to the gateway, forwarded by the (test) gateway to the portal. */
    static Envelope fromProvider(String provider, MessageType type, String requestId, byte[] body, byte[] personSignature) {
        Envelope original = Envelopes.sealBytes(provider(provider), provider, "gateway", type, SERVICE, requestId, null,
                body, personSignature, Instant.now());
        return gateway().forward(Topics.TO_PORTAL, "portal", original, Map.of("signaturesCheckedAt",
                Instant.now().toString()));
    }

    static Sealer provider(String id) {
        return Pkcs12Sealer.systemSeal(TestPki.get().pki().keyFile(id),
                TestPki.KEY_PASSWORD.toCharArray());
    }

    /** Waits until the cabinet shows a condition (back-traffic is asynchronous). */
    static JsonPath awaitRequest(Citizen c, String requestId, java.util.function.Predicate<JsonPath> condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonPath last = null;
        while (System.nanoTime() < deadline) {
            last = c.api().get("/api/requests/" + requestId).then().statusCode(200).extract().jsonPath();
            if (condition.test(last)) {
                return last;
            }
            sleep(100);
        }
        throw new AssertionError("the cabinet never showed the expected state: " + (last == null ? null : last.prettify()));
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
