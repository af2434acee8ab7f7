package kz.egov.cli.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import kz.egov.cli.demo.Api;
import kz.egov.cli.demo.People;
import kz.egov.cli.demo.Target;
import kz.egov.contract.message.PersonRecord;
import kz.egov.reference.Population;

/**
 * The benchmark's citizens: living adults with a registered address in regions the routing table serves, taken from
 * the ГБД ФЛ dataset, each with a certificate from the stack's development CA (issued once and kept in the bench's
 * data directory), a portal account and a session.
 */
final class CitizenPool {

    /** A citizen ready to submit: who, the key that stays on the client, the signed-in portal API. */
    record Citizen(PersonRecord person, People.Key key, Api portal) {

        /** A detached CMS over the exact bytes, base64, as the citizen's NCALayer gives it. */
        String sign(byte[] content) {
            return key.sign(content);
        }
    }

    private CitizenPool() {
    }

    static List<Citizen> open(Target target, int size, Path keyCache, PrintStream out) {
        People people = target.people();
        LocalDate adult = LocalDate.now().minusYears(19);
        List<PersonRecord> candidates = Population.standard().people().stream()
                .filter(p -> !p.deceased() && p.addressKato() != null && p.birthDate().isBefore(adult)
                        && kz.egov.cli.chaos.CitizenPool.routed(p))
                .limit(size).toList();
        if (candidates.size() < size) {
            throw new IllegalStateException("only " + candidates.size() + " citizens fit the benchmark");
        }
        List<Citizen> pool = new ArrayList<>(size);
        int issued = 0;
        for (PersonRecord p : candidates) {
            Path file = keyCache.resolve(p.iin() + ".p12");
            People.Key key;
            if (Files.exists(file)) {
                key = new People.Key(p.iin(), read(file), null);
            } else {
                key = people.citizen(p);
                write(file, key.pkcs12());
                issued++;
            }
            pool.add(new Citizen(p, key, signIn(target, p, key)));
        }
        out.printf("citizens: %d from ГБД ФЛ (%d certificates issued now, the rest from %s)%n", pool.size(), issued,
                keyCache);
        return pool;
    }

    private static Api signIn(Target target, PersonRecord p, People.Key key) {
        Api portal = Api.anonymous(target.portal());
        String password = "Bench-" + p.iin().substring(6) + "-pass";
        Api.Answer session = portal.post("/api/sessions", Map.of("iin", p.iin(), "password", password));
        if (session.status() != 201) {
            String challenge = portal.post("/api/accounts/challenge", Map.of("iin", p.iin())).expect(200, 201).body()
                    .path("challenge").asText();
            portal.post("/api/accounts", Map.of("iin", p.iin(), "password", password, "language", "ru", "challenge",
                    challenge, "signature", key.sign(challenge.getBytes(StandardCharsets.UTF_8)))).expect(201);
            session = portal.post("/api/sessions", Map.of("iin", p.iin(), "password", password)).expect(201);
        }
        return portal.bearer(session.body().path("token").asText());
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
