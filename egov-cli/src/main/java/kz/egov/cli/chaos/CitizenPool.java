package kz.egov.cli.chaos;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

import kz.egov.cli.demo.Api;
import kz.egov.cli.demo.DemoException;
import kz.egov.cli.demo.People;
import kz.egov.cli.demo.Target;
import kz.egov.contract.message.PersonRecord;
import kz.egov.reference.Participants;
import kz.egov.reference.Population;

/**
 * Adult living citizens of the ГБД ФЛ population ({@link Population#standard()}) who have no portal account yet, of
 * the districts {@code where} says: each gets a key
 * from the stack's development CA, registers on the portal with it (a signed challenge) and signs in; their requests
 * are drafted and signed before the stream starts. Runs before any fault, so it calls the services directly.
 */
public final class CitizenPool {

    static final String SERVICE = "JOB_SEEKER_REGISTRATION";
    /** Pavlodar: no provider in the routing table (its requests are refused by the gateway: ROUTE_NOT_FOUND). */
    static final String NO_ROUTE = "55";
    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    private final Target target;
    private final People people;
    private final Iterator<PersonRecord> candidates;
    private JsonNode service;

    CitizenPool(Target target, Predicate<PersonRecord> where) {
        this.target = target;
        this.people = target.people();
        LocalDate adult = LocalDate.now(ALMATY).minusYears(18);
        this.candidates = Population.standard().people().stream()
                .filter(p -> p.addressKato() != null && !p.deceased() && p.birthDate().isBefore(adult))
                .filter(where).iterator();
    }

    /**
     * The districts the job-seeker registration has a variant for (service-catalog
     * {@code catalog/job-seeker-registration.yaml}: Mangystau, Kyzylorda, East Kazakhstan, Abai); elsewhere the gateway
     * refuses it.
     */
    private static final List<String> SERVED = List.of("47", "43", "63", "10");

    /** Whether the request reaches a provider: a variant for the district and an employment centre routed there. */
    public static boolean routed(PersonRecord p) {
        return SERVED.stream().anyMatch(p.addressKato()::startsWith) && Participants.routing().stream()
                .anyMatch(r -> "EMPLOYMENT_CENTRE".equals(r.providerType()) && p.addressKato().startsWith(r.katoPrefix()));
    }

    /** The next citizen without a portal account (and, for registrations, without a registry card). */
    Citizen next(boolean withoutCard) {
        Api portal = Api.anonymous(target.portal());
        for (PersonRecord p = candidate(); p != null; p = candidate()) {
            if (withoutCard && admin(target.registry()).get("/admin/cards/" + p.iin()).status() != 404) {
                continue;
            }
            Api.Answer challenge = portal.post("/api/accounts/challenge", Map.of("iin", p.iin()));
            if (challenge.status() != 200 && challenge.status() != 201) {
                continue;
            }
            People.Key key;
            synchronized (people) {
                key = people.citizen(p);
            }
            String text = challenge.body().path("challenge").asText();
            String password = "Chaos-" + p.iin().substring(6) + "-pass";
            Api.Answer registered = portal.post("/api/accounts", Map.of("iin", p.iin(), "password", password,
                    "language", "ru", "challenge", text, "signature", key.sign(text.getBytes(StandardCharsets.UTF_8))));
            if (registered.status() == 409) {
                continue;
            }
            registered.expect(201);
            String token = portal.post("/api/sessions", Map.of("iin", p.iin(), "password", password)).expect(201)
                    .body().path("token").asText();
            return new Citizen(p, key, portal.bearer(token));
        }
        throw new DemoException("no citizen left without a portal account (use a fresh data directory)");
    }

    private synchronized PersonRecord candidate() {
        return candidates.hasNext() ? candidates.next() : null;
    }

    /** A draft of the job-seeker registration with its required attachments, signed by the citizen. */
    Presigned presign(Citizen c) {
        JsonNode svc = service();
        List<Api.Part> parts = kz.egov.cli.demo.PortalForm.draftParts(SERVICE, svc, c.person());
        JsonNode draft = c.portal().multipart("/api/requests/drafts", parts).expect(201).body();
        byte[] document = Base64.getDecoder().decode(draft.path("document").asText());
        return new Presigned(c, draft.path("draftId").asText(), c.key().sign(document), "chaos-" + UUID.randomUUID());
    }

    private synchronized JsonNode service() {
        if (service == null) {
            service = Api.anonymous(target.portal()).get("/api/services/" + SERVICE).expect(200).body();
        }
        return service;
    }

    private Api admin(String base) {
        return Api.anonymous(base).basic("admin", target.adminPassword(base));
    }
}
