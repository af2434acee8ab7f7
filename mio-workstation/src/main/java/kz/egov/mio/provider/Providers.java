package kz.egov.mio.provider;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;

/** The hosted providers; every method runs in the caller's transaction. */
@ApplicationScoped
public class Providers {

    private final EntityManager em;

    Providers(EntityManager em) {
        this.em = em;
    }

    public Optional<Provider> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Provider.class, id));
    }

    /** A hosted, active provider, else NOT_FOUND. */
    public Provider require(String id) {
        return find(id).filter(p -> p.active)
                .orElseThrow(() -> new RejectedException(ReasonCode.NOT_FOUND, "no hosted provider " + id));
    }

    public List<Provider> list() {
        return em.createQuery("FROM Provider ORDER BY id", Provider.class).getResultList();
    }

    public long count() {
        return em.createQuery("SELECT count(p) FROM Provider p", Long.class).getSingleResult();
    }

    public Provider create(String id, String name, String bin, String kato, String providerType) {
        if (find(id).isPresent()) {
            throw new RejectedException(ReasonCode.CONFLICT, "provider " + id + " exists");
        }
        Provider p = new Provider();
        p.id = id;
        p.name = name;
        p.bin = bin;
        p.kato = kato;
        p.providerType = providerType;
        em.persist(p);
        return p;
    }
}
