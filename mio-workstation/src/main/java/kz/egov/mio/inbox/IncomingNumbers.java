package kz.egov.mio.inbox;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import kz.egov.mio.config.MioConfig;
import kz.egov.platform.persistence.NativeRows;

/** The provider's register of incoming documents: {@code <provider>/<year>/<number>}, numbered per provider and year. */
@ApplicationScoped
public class IncomingNumbers {

    private final EntityManager em;

    IncomingNumbers(EntityManager em) {
        this.em = em;
    }

    public String next(String providerId, Instant at) {
        int year = at.atZone(MioConfig.ZONE).getYear();
        // plain JDBC (NativeRows): a Hibernate native query resolves its result's types on every execution and
        // flushes the session first
        Number n = (Number) NativeRows.list(em, "INSERT INTO incoming_counter (provider_id, year, last_number) "
                + "VALUES (?1, ?2, 1) ON CONFLICT (provider_id, year) DO UPDATE SET last_number = "
                + "incoming_counter.last_number + 1 RETURNING last_number", providerId, year).get(0)[0];
        return String.format("%s/%d/%06d", providerId, year, n.intValue());
    }
}
