package kz.egov.corp.operator;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.platform.persistence.Rows;
import kz.egov.platform.admin.PasswordHashing;

/** Operator accounts; every method runs in the caller's transaction. Passwords are kept as bcrypt only. */
@ApplicationScoped
public class Operators {

    /** An operator's sign-in failures are counted under this key ({@code SignInGuard}), by login or by IIN alike. */
    public static String guardKey(long id) {
        return "operator-" + id;
    }

    private static final String COLUMNS = "id, branch_id, login, iin, surname, given_name, active, "
            + "password_hash IS NOT NULL, COALESCE(g.failures, 0), g.locked_until";
    private static final String FROM = " FROM operator_account o LEFT JOIN sign_in_guard g "
            + "ON g.guard_key = 'operator-' || o.id";

    private final EntityManager em;

    Operators(EntityManager em) {
        this.em = em;
    }

    public Optional<Operator> find(long id) {
        return one("o.id = ?1", id);
    }

    /** By login or by IIN (the operator may sign in with either). */
    public Optional<Operator> findByLoginOrIin(String loginOrIin) {
        return one("o.login = ?1 OR o.iin = ?1", loginOrIin);
    }

    public Optional<Operator> findByIin(String iin) {
        return one("o.iin = ?1", iin);
    }

    public List<Operator> ofBranch(String branchId) {
        return Rows.list(em.createNativeQuery("SELECT " + COLUMNS + FROM + " WHERE branch_id = ?1 "
                + "ORDER BY login").setParameter(1, branchId)).stream().map(Operators::toOperator).toList();
    }

    public Operator create(String branchId, String login, String iin, String surname, String givenName, String password) {
        if (findByLoginOrIin(login).isPresent() || findByIin(iin).isPresent()) {
            throw new RejectedException(ReasonCode.CONFLICT, "an operator with this login or IIN exists");
        }
        Number id = (Number) em.createNativeQuery("INSERT INTO operator_account (branch_id, login, iin, surname, "
                + "given_name, password_hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id").setParameter(1, branchId)
                .setParameter(2, login).setParameter(3, iin).setParameter(4, surname).setParameter(5, givenName)
                .setParameter(6, password == null ? null : PasswordHashing.hash(password)).getSingleResult();
        return find(id.longValue()).orElseThrow();
    }

    public String passwordHash(long id) {
        return (String) em.createNativeQuery("SELECT password_hash FROM operator_account WHERE id = ?1")
                .setParameter(1, id).getSingleResult();
    }

    /** A new password (the caller lifts the lock and ends the sessions). */
    public void setPassword(long id, String password) {
        em.createNativeQuery("UPDATE operator_account SET password_hash = ?2 WHERE id = ?1").setParameter(1, id)
                .setParameter(2, PasswordHashing.hash(password)).executeUpdate();
    }

    public void setActive(long id, boolean active) {
        em.createNativeQuery("UPDATE operator_account SET active = ?2 WHERE id = ?1").setParameter(1, id)
                .setParameter(2, active).executeUpdate();
    }

    private Optional<Operator> one(String where, Object param) {
        return Rows.list(em.createNativeQuery("SELECT " + COLUMNS + FROM + " WHERE " + where)
                .setParameter(1, param)).stream().map(Operators::toOperator).findFirst();
    }

    private static Operator toOperator(Object[] r) {
        return new Operator(Rows.number(r[0]), Rows.string(r[1]), (String) r[2], Rows.string(r[3]), (String) r[4],
                (String) r[5], (Boolean) r[6], (Boolean) r[7], ((Number) r[8]).intValue(), Rows.instant(r[9]));
    }
}
