package kz.egov.gateway.participant;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import kz.egov.platform.persistence.NativeRows;

/**
 * The participant registry's read grants ({@link ReadGrant}): who may read what through the sealed read-only API.
 * Every method runs in the caller's transaction.
 */
@ApplicationScoped
public class ReadGrants {

    private final EntityManager em;

    ReadGrants(EntityManager em) {
        this.em = em;
    }

    public boolean allows(String participantId, ReadGrant grant) {
        return !em.createNativeQuery("SELECT 1 FROM participant_read_grant WHERE participant_id = ?1 AND resource = ?2")
                .setParameter(1, participantId).setParameter(2, grant.name()).getResultList().isEmpty();
    }

    public void grant(String participantId, ReadGrant grant) {
        em.createNativeQuery("INSERT INTO participant_read_grant (participant_id, resource) VALUES (?1, ?2) "
                + "ON CONFLICT DO NOTHING").setParameter(1, participantId).setParameter(2, grant.name())
                .executeUpdate();
    }

    public boolean none() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM participant_read_grant").getSingleResult())
                .longValue() == 0;
    }

    /** Every grant, {@code participant:RESOURCE}. */
    public List<String> list() {
        return NativeRows.map(em, "SELECT participant_id, resource FROM participant_read_grant ORDER BY 1, 2",
                r -> r.string("participant_id") + ":" + r.string("resource"));
    }
}
