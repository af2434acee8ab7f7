package kz.egov.platform.admin;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import kz.egov.contract.envelope.SealInput;
import kz.egov.platform.config.PlatformConfig;

/**
 * Platform operators' accounts for the admin API. The first account is created at start-up from
 * {@code egov.admin.bootstrap-password} when there is none (the local stack generates that password on first run;
 * nothing is committed). Successful checks are remembered for a few minutes so bcrypt runs once, not per call.
 */
@ApplicationScoped
public class AdminAccounts {

    private static final Duration REMEMBER = Duration.ofMinutes(5);

    private final EntityManager em;
    private final Clock clock;
    private final String bootstrapUser;
    private final Optional<String> bootstrapPassword;
    private final Map<String, Instant> recentlyVerified = new ConcurrentHashMap<>();

    AdminAccounts(EntityManager em, Clock clock, PlatformConfig config) {
        this.em = em;
        this.clock = clock;
        this.bootstrapUser = config.admin().bootstrapUser();
        this.bootstrapPassword = config.admin().bootstrapPassword();
    }

    void bootstrap(@Observes StartupEvent event) {
        bootstrapPassword.filter(p -> !p.isBlank()).ifPresent(password -> QuarkusTransaction.requiringNew().run(() -> {
            if (((Number) em.createNativeQuery("SELECT count(*) FROM admin_account").getSingleResult()).longValue() == 0) {
                create(bootstrapUser, password);
            }
        }));
    }

    /** Creates an account; must run in a transaction. */
    public void create(String username, String password) {
        em.createNativeQuery("INSERT INTO admin_account (username, password_hash) VALUES (?1, ?2) "
                + "ON CONFLICT (username) DO UPDATE SET password_hash = EXCLUDED.password_hash")
                .setParameter(1, username).setParameter(2, PasswordHashing.hash(password)).executeUpdate();
    }

    public boolean verify(String username, String password) {
        String key = username + ":" + SealInput.sha256Hex(password.getBytes(StandardCharsets.UTF_8));
        Instant seen = recentlyVerified.get(key);
        if (seen != null && seen.plus(REMEMBER).isAfter(clock.instant())) {
            return true;
        }
        List<?> rows = QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("SELECT password_hash FROM admin_account WHERE username = ?1")
                .setParameter(1, username).getResultList());
        boolean ok = !rows.isEmpty() && PasswordHashing.matches(password, (String) rows.get(0));
        if (ok) {
            recentlyVerified.put(key, clock.instant());
        }
        return ok;
    }
}
