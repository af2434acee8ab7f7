package kz.egov.mio.rest;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.eds.identity.Iin;
import kz.egov.eds.identity.IinMask;
import kz.egov.mio.audit.AuditLog;
import kz.egov.mio.officer.Officer;
import kz.egov.mio.officer.OfficerRole;
import kz.egov.mio.workflow.Cases;
import kz.egov.mio.workflow.Plan;
import kz.egov.mio.workflow.ServiceCase;

/** Reads, scoped to the officer's provider: the queue of their roles, one case, the search by IIN. */
@ApplicationScoped
public class CaseQueries {

    private static final Comparator<CaseViews.QueueItem> OVERDUE_FIRST = Comparator
            .comparing((CaseViews.QueueItem q) -> !q.anyOverdue())
            .thenComparing(CaseViews.QueueItem::stepDueAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(CaseViews.QueueItem::receivedAt);

    private final Cases cases;
    private final CaseViews views;
    private final AuditLog audit;

    CaseQueries(Cases cases, CaseViews views, AuditLog audit) {
        this.cases = cases;
        this.views = views;
        this.audit = audit;
    }

    /** Open cases at a step of the officer's roles (an executor sees only cases assigned to them or to no one). */
    @Transactional
    public List<CaseViews.QueueItem> queue(Officer o, OfficerRole role, String status, Boolean overdue) {
        if (role != null && !o.has(role)) {
            throw new RejectedException(ReasonCode.REQ_WRONG_ROLE, "you do not hold the role " + role);
        }
        Set<OfficerRole> roles = role == null ? o.roleSet() : Set.of(role);
        List<CaseViews.QueueItem> items = cases.open(o.providerId).stream().filter(c -> {
            Plan plan = cases.plan(c);
            OfficerRole stepRole = plan.role(c.stepIndex).orElse(null);
            return stepRole != null && roles.contains(stepRole) && (stepRole != OfficerRole.EXECUTOR
                    || c.assignedExecutor == null || c.assignedExecutor.equals(o.iin));
        }).map(c -> views.item(c, cases.plan(c), o.iin))
                .filter(q -> status == null || status.equals(q.status()))
                .filter(q -> overdue == null || overdue == q.anyOverdue())
                .sorted(OVERDUE_FIRST).toList();
        audit.record(o, null, "READ_QUEUE", AuditLog.OK, "role " + role + ", " + items.size() + " cases");
        return items;
    }

    @Transactional
    public CaseViews.CaseView read(Officer o, String requestId) {
        try {
            ServiceCase c = cases.read(requestId, o.providerId);
            audit.record(o, requestId, "READ_CASE", AuditLog.OK, null);
            return views.view(c, cases.plan(c));
        } catch (RejectedException refused) {
            audit.refused(o, requestId, "READ_CASE", refused.reason().code(), refused.detail());
            throw refused;
        }
    }

    @Transactional
    public List<CaseViews.QueueItem> byApplicant(Officer o, String iin) {
        if (iin == null) {
            throw new RejectedException(ReasonCode.VALIDATION_FAILED, "iin is required");
        }
        Iin.of(iin);
        List<CaseViews.QueueItem> found = cases.byApplicant(o.providerId, iin).stream()
                .map(c -> views.item(c, cases.plan(c), o.iin)).toList();
        audit.record(o, null, "SEARCH_BY_IIN", AuditLog.OK, IinMask.mask(iin) + ": " + found.size() + " cases");
        return found;
    }
}
