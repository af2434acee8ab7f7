package kz.egov.mio.officer;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.eds.identity.Iin;

/** Officer accounts; every method runs in the caller's transaction. */
@ApplicationScoped
public class Officers {

    private final EntityManager em;

    Officers(EntityManager em) {
        this.em = em;
    }

    public Optional<Officer> find(long id) {
        return Optional.ofNullable(em.find(Officer.class, id));
    }

    public Optional<Officer> findByIin(String iin) {
        return em.createQuery("FROM Officer WHERE iin = ?1", Officer.class).setParameter(1, iin).getResultStream()
                .findFirst();
    }

    /** An active officer of the provider holding the role, else NOT_FOUND. */
    public Officer requireInProvider(String iin, String providerId, OfficerRole role) {
        return findByIin(iin).filter(o -> o.active && o.providerId.equals(providerId) && o.has(role))
                .orElseThrow(() -> new RejectedException(ReasonCode.NOT_FOUND,
                        "no active " + role + " of this provider with that IIN"));
    }

    public List<Officer> ofProvider(String providerId) {
        return em.createQuery("FROM Officer WHERE providerId = ?1 ORDER BY id", Officer.class)
                .setParameter(1, providerId).getResultList();
    }

    public long count() {
        return em.createQuery("SELECT count(o) FROM Officer o", Long.class).getSingleResult();
    }

    /** Creates an officer with an already hashed password (bcrypt). */
    public Officer create(String providerId, String iin, String surname, String givenName, Set<OfficerRole> roles,
            String passwordHash) {
        Iin.of(iin);
        if (roles.isEmpty()) {
            throw new RejectedException(ReasonCode.VALIDATION_FAILED, "an officer needs at least one role");
        }
        if (findByIin(iin).isPresent()) {
            throw new RejectedException(ReasonCode.CONFLICT, "an officer with this IIN exists");
        }
        Officer o = new Officer();
        o.providerId = providerId;
        o.iin = iin;
        o.surname = surname;
        o.givenName = givenName;
        o.roleSet(roles);
        o.passwordHash = passwordHash;
        em.persist(o);
        return o;
    }
}
