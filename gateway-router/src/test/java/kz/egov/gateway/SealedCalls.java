package kz.egov.gateway;

import static io.restassured.RestAssured.given;

import java.time.Instant;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.specification.RequestSpecification;
import jakarta.persistence.EntityManager;
import kz.egov.platform.http.SealedCall;
import kz.egov.testinfra.TestPki;

/** A participant's sealed REST call to the gateway under test, and a request routed for a participant. */
final class SealedCalls {

    private SealedCalls() {
    }

    static RequestSpecification sealed(String participant, String method, String path, byte[] body) {
        RequestSpecification spec = given();
        SealedCall.headers(TestPki.get().pki().sealer(participant), participant, method, path, Instant.now(), body)
                .forEach(spec::header);
        return spec;
    }

    /** A request the gateway routed from the portal to {@code provider}, about {@code applicantIin}. */
    static String routedTo(EntityManager em, String provider, String applicantIin) {
        String requestId = "req-" + java.util.UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("INSERT INTO routed_request (request_id, "
                + "origin_participant, origin_message_id, provider_id, service_code, variant_code, channel, "
                + "technical_status, applicant_iin) VALUES (?1, 'portal', ?2, ?3, 'JOB_SEEKER_REGISTRATION', 'V06', "
                + "'PORTAL', 'DELIVERED_TO_PROVIDER', ?4)").setParameter(1, requestId)
                .setParameter(2, "msg-" + requestId).setParameter(3, provider).setParameter(4, applicantIin)
                .executeUpdate());
        return requestId;
    }

    /** A request the gateway routed for {@code origin} (its routing record only). */
    static String routedFor(EntityManager em, String origin) {
        String requestId = "req-" + java.util.UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("INSERT INTO routed_request (request_id, "
                + "origin_participant, origin_message_id, service_code, channel, technical_status) "
                + "VALUES (?1, ?2, ?3, 'JOB_SEEKER_REGISTRATION', 'PORTAL', 'ACCEPTED_BY_GATEWAY')").setParameter(1, requestId)
                .setParameter(2, origin).setParameter(3, "msg-" + requestId).executeUpdate());
        return requestId;
    }
}
