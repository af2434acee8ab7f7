package kz.egov.mio.workflow;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import kz.egov.catalog.ServiceCatalog;
import kz.egov.contract.message.Channel;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.platform.persistence.AppendOnlyInserts;
import kz.egov.platform.persistence.DeferredEntities;

/** Cases, always scoped to a provider: another provider's case is simply not found. */
@ApplicationScoped
public class Cases {

    private final EntityManager em;
    private final ServiceCatalog catalog;
    private final AppendOnlyInserts inserts;
    private final DeferredEntities deferred;

    Cases(EntityManager em, ServiceCatalog catalog, AppendOnlyInserts inserts, DeferredEntities deferred) {
        this.em = em;
        this.catalog = catalog;
        this.inserts = inserts;
        this.deferred = deferred;
    }

    /** The case, including one registered earlier in the running inbound batch and not yet written. */
    public Optional<ServiceCase> find(String requestId) {
        ServiceCase held = deferred.held(ServiceCase.class, requestId);
        return Optional.ofNullable(held != null ? held : em.find(ServiceCase.class, requestId));
    }

    /**
     * The provider's case, locked for an action; NOT_FOUND for anyone else's. A case registered earlier in the running
     * inbound batch is not in the database yet: its transaction is this one, so it needs no lock.
     */
    public ServiceCase lock(String requestId, String providerId) {
        ServiceCase held = deferred.held(ServiceCase.class, requestId);
        ServiceCase c = held != null ? held : em.find(ServiceCase.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (c == null || !c.providerId.equals(providerId)) {
            throw new RejectedException(ReasonCode.NOT_FOUND, "no case " + requestId);
        }
        return c;
    }

    /** The provider's case for reading; NOT_FOUND for anyone else's. */
    public ServiceCase read(String requestId, String providerId) {
        return find(requestId).filter(c -> c.providerId.equals(providerId))
                .orElseThrow(() -> new RejectedException(ReasonCode.NOT_FOUND, "no case " + requestId));
    }

    /** A new case: written at once, or with the other cases of the running inbound batch at its end. */
    public void persist(ServiceCase c) {
        deferred.persist(c, c.requestId);
    }

    public List<ServiceCase> open(String providerId) {
        return em.createQuery("FROM ServiceCase WHERE providerId = ?1 AND finishedAt IS NULL", ServiceCase.class)
                .setParameter(1, providerId).getResultList();
    }

    public List<ServiceCase> byApplicant(String providerId, String iin) {
        return em.createQuery("FROM ServiceCase WHERE providerId = ?1 AND applicantIin = ?2 ORDER BY receivedAt DESC",
                ServiceCase.class).setParameter(1, providerId).setParameter(2, iin).getResultList();
    }

    public List<CaseAction> actions(String requestId) {
        return em.createQuery("FROM CaseAction WHERE requestId = ?1 ORDER BY id", CaseAction.class)
                .setParameter(1, requestId).getResultList();
    }

    public Plan plan(ServiceCase c) {
        return Plan.of(catalog.variant(c.variantCode), Channel.valueOf(c.channel));
    }

    /**
     * Appends an action to the case's history. Written as a plain row ({@link AppendOnlyInserts}: at once, or at the
     * end of an inbound batch as one multi-row INSERT with the batch's other notes), not persisted as an entity: an
     * entity with a database-made id is inserted alone the moment it is persisted (1.6 INSERTs per registered
     * request). The id, which orders the history, is still the database's.
     */
    public void record(CaseAction a) {
        inserts.insert("INSERT INTO case_action (request_id, step_index, step_number, step_role, action, officer_iin, "
                + "comment, late, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", a.requestId, a.stepIndex, a.stepNumber,
                a.stepRole, a.action, a.officerIin, a.comment, a.late, a.at);
    }
}
