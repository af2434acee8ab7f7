package kz.egov.portal.request;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import kz.egov.platform.persistence.Rows;

/** The request_draft table; scoped to the citizen; every method runs in the caller's transaction. */
@ApplicationScoped
public class Drafts {

    private final EntityManager em;

    Drafts(EntityManager em) {
        this.em = em;
    }

    public void create(Draft d) {
        em.createNativeQuery("INSERT INTO request_draft (id, request_id, iin, service_code, document, expires_at) "
                + "VALUES (?1, ?2, ?3, ?4, ?5, CAST(?6 AS TIMESTAMPTZ))").setParameter(1, d.id())
                .setParameter(2, d.requestId()).setParameter(3, d.iin()).setParameter(4, d.serviceCode())
                .setParameter(5, d.document()).setParameter(6, Rows.ts(d.expiresAt())).executeUpdate();
    }

    /** The citizen's own draft (someone else's is as unknown as a missing one). */
    public Optional<Draft> find(String iin, String id) {
        List<Object[]> rows = Rows.list(em, "SELECT id, request_id, iin, service_code, document, expires_at "
                + "FROM request_draft WHERE id = ?1 AND iin = ?2", id, iin);
        return rows.stream().findFirst().map(r -> new Draft(Rows.string(r[0]), Rows.string(r[1]), Rows.string(r[2]),
                Rows.string(r[3]), (byte[]) r[4], Rows.instant(r[5])));
    }

    /** Counts a signature refused by condition 2 (process 5) on this draft. */
    public void refused(String id) {
        em.createNativeQuery("UPDATE request_draft SET refused_attempts = refused_attempts + 1 WHERE id = ?1")
                .setParameter(1, id).executeUpdate();
    }
}
