package kz.egov.corp.branch;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.platform.persistence.Rows;

/** The branches this deployment hosts; every method runs in the caller's transaction. */
@ApplicationScoped
public class Branches {

    private final EntityManager em;

    Branches(EntityManager em) {
        this.em = em;
    }

    public List<Branch> all() {
        return Rows.list(em.createNativeQuery("SELECT id, name, bin, kato, active FROM branch ORDER BY id")).stream()
                .map(Branches::toBranch).toList();
    }

    public Optional<Branch> find(String id) {
        return Rows.list(em.createNativeQuery("SELECT id, name, bin, kato, active FROM branch WHERE id = ?1")
                .setParameter(1, id)).stream().map(Branches::toBranch).findFirst();
    }

    public Branch require(String id) {
        return find(id).orElseThrow(() -> new RejectedException(ReasonCode.NOT_FOUND, "no branch " + id));
    }

    /** Whether a message addressed to this participant is ours: an active hosted branch. */
    public boolean hosts(String id) {
        return find(id).map(Branch::active).orElse(false);
    }

    public long count() {
        return Rows.number(em.createNativeQuery("SELECT count(*) FROM branch").getSingleResult());
    }

    public void save(Branch b) {
        em.createNativeQuery("INSERT INTO branch (id, name, bin, kato, active) VALUES (?1, ?2, ?3, ?4, ?5) "
                + "ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, bin = EXCLUDED.bin, kato = EXCLUDED.kato, "
                + "active = EXCLUDED.active").setParameter(1, b.id()).setParameter(2, b.name())
                .setParameter(3, b.bin()).setParameter(4, b.kato()).setParameter(5, b.active()).executeUpdate();
    }

    private static Branch toBranch(Object[] r) {
        return new Branch(Rows.string(r[0]), (String) r[1], Rows.string(r[2]), Rows.string(r[3]), (Boolean) r[4]);
    }
}
