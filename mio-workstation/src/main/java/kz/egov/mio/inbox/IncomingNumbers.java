package kz.egov.mio.inbox;

import java.time.Instant;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** The provider's register of incoming documents: {@code <provider>/<year>/<number>}, numbered per provider and year. */
@ApplicationScoped
public class IncomingNumbers {

    @Inject
    EntityManager em;

    public String next(String providerId, Instant at) {
        int year = at.atZone(ZoneId.of("Asia/Almaty")).getYear();
        Number n = (Number) em.createNativeQuery("INSERT INTO incoming_counter (provider_id, year, last_number) "
                + "VALUES (?1, ?2, 1) ON CONFLICT (provider_id, year) DO UPDATE SET last_number = "
                + "incoming_counter.last_number + 1 RETURNING last_number").setParameter(1, providerId)
                .setParameter(2, year).getSingleResult();
        return String.format("%s/%d/%06d", providerId, year, n.intValue());
    }
}
