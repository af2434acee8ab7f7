package kz.egov.registry.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Operators: counts to reconcile the registry with what providers sent — commands processed (accepted, refused,
 * answered again), effects by command type, and effects that happened more than once for a command (must be 0).
 */
@Path("/admin/registry/counts")
@Produces(MediaType.APPLICATION_JSON)
public class RegistryCountsResource {

    private final EntityManager em;

    RegistryCountsResource(EntityManager em) {
        this.em = em;
    }

    @GET
    @Transactional
    public Map<String, Object> counts() {
        Map<String, Object> counts = new LinkedHashMap<>();
        Object[] c = (Object[]) em.createNativeQuery("SELECT count(*), count(*) FILTER (WHERE accepted), "
                + "count(*) FILTER (WHERE NOT accepted), coalesce(sum(repeats), 0) FROM registry_command")
                .getSingleResult();
        counts.put("commandsProcessed", number(c[0]));
        counts.put("accepted", number(c[1]));
        counts.put("refused", number(c[2]));
        counts.put("repeatsAnswered", number(c[3]));
        counts.put("refusedByReason", grouped("SELECT reason_code, count(*) FROM registry_command WHERE NOT accepted "
                + "GROUP BY reason_code ORDER BY 1"));
        counts.put("effectsByType", grouped("SELECT command, count(*) FROM card_history GROUP BY command ORDER BY 1"));
        counts.put("commandsWithRepeatedEffect", number(em.createNativeQuery("SELECT count(*) FROM (SELECT command_id "
                + "FROM card_history GROUP BY command_id HAVING count(*) > 1) x").getSingleResult()));
        counts.put("cards", number(em.createNativeQuery("SELECT count(*) FROM record_card").getSingleResult()));
        counts.put("activeRegistrations", grouped("SELECT kind, count(*) FROM card_registration "
                + "WHERE deregistered_on IS NULL GROUP BY kind ORDER BY 1"));
        counts.put("referrals", grouped("SELECT measure_kind, count(*) FROM card_referral GROUP BY measure_kind ORDER BY 1"));
        counts.put("employmentRecords", number(em.createNativeQuery("SELECT count(*) FROM employment_record")
                .getSingleResult()));
        return counts;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Long> grouped(String sql) {
        Map<String, Long> out = new LinkedHashMap<>();
        ((List<Object[]>) em.createNativeQuery(sql).getResultList()).forEach(r -> out.put((String) r[0], number(r[1])));
        return out;
    }

    private static long number(Object o) {
        return ((Number) o).longValue();
    }
}
