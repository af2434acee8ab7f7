package kz.egov.mio.deadline;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * The quality indicator: the share of requests completed within the term (result or motivated refusal signed no later
 * than the due time), per provider and service over a period of signing dates.
 */
@ApplicationScoped
public class Quality {

    /** One provider's service over the period. */
    public record Line(String providerId, String serviceCode, long completed, long withinTerm, double share) {
    }

    /** Open cases of a provider and how many are overdue (a step or the term). */
    public record Open(String providerId, long open, long overdue) {
    }

    private final EntityManager em;
    private final Deadlines deadlines;

    Quality(EntityManager em, Deadlines deadlines) {
        this.em = em;
        this.deadlines = deadlines;
    }

    @SuppressWarnings("unchecked")
    public List<Line> lines(String providerId, String serviceCode, Instant from, Instant to) {
        String sql = "SELECT provider_id, service_code, count(*), "
                + "count(*) FILTER (WHERE due_at IS NULL OR signed_at <= due_at) FROM service_case "
                + "WHERE signed_at IS NOT NULL AND signed_at >= :from AND signed_at < :to"
                + (providerId == null ? "" : " AND provider_id = :provider") + (serviceCode == null ? "" : " AND service_code = :service")
                + " GROUP BY provider_id, service_code ORDER BY provider_id, service_code";
        var query = em.createNativeQuery(sql).setParameter("from", from).setParameter("to", to);
        if (providerId != null) {
            query.setParameter("provider", providerId);
        }
        if (serviceCode != null) {
            query.setParameter("service", serviceCode);
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> {
            long done = ((Number) r[2]).longValue();
            long within = ((Number) r[3]).longValue();
            return new Line((String) r[0], (String) r[1], done, within, done == 0 ? 1.0 : (double) within / done);
        }).toList();
    }

    @SuppressWarnings("unchecked")
    public List<Open> open() {
        Instant now = deadlines.now();
        List<Object[]> rows = em.createNativeQuery("SELECT provider_id, count(*), count(*) FILTER (WHERE due_at < ?1 "
                + "OR step_due_at < ?1) FROM service_case WHERE finished_at IS NULL GROUP BY provider_id")
                .setParameter(1, now).getResultList();
        return rows.stream().map(r -> new Open((String) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue()))
                .toList();
    }
}
