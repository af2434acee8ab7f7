package kz.egov.portal.account;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import kz.egov.platform.persistence.NativeRows;

/** The citizen_account table; every method runs in the caller's transaction. */
@ApplicationScoped
public class Accounts {

    private final EntityManager em;

    Accounts(EntityManager em) {
        this.em = em;
    }

    public Optional<Account> find(String iin) {
        return NativeRows.map(em, "SELECT iin, password_hash, language, surname, given_name, patronymic, "
                + "certificate_sha256 FROM citizen_account WHERE iin = ?1", r -> new Account(r.string("iin"),
                        r.string("password_hash"), r.string("language"), r.string("surname"), r.string("given_name"),
                        r.string("patronymic"), r.string("certificate_sha256")), iin).stream().findFirst();
    }

    /** Inserts the account; false when the IIN is already registered. */
    public boolean create(Account a) {
        return em.createNativeQuery("INSERT INTO citizen_account (iin, password_hash, language, surname, given_name, "
                + "patronymic, certificate_sha256) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (iin) DO NOTHING")
                .setParameter(1, a.iin()).setParameter(2, a.passwordHash()).setParameter(3, a.language())
                .setParameter(4, a.surname()).setParameter(5, a.givenName()).setParameter(6, a.patronymic())
                .setParameter(7, a.certificateSha256()).executeUpdate() == 1;
    }

    public void changePassword(String iin, String hash) {
        em.createNativeQuery("UPDATE citizen_account SET password_hash = ?2, password_changed_at = now() WHERE iin = ?1")
                .setParameter(1, iin).setParameter(2, hash).executeUpdate();
    }

    public void changeLanguage(String iin, String language) {
        em.createNativeQuery("UPDATE citizen_account SET language = ?2 WHERE iin = ?1").setParameter(1, iin)
                .setParameter(2, language).executeUpdate();
    }
}
