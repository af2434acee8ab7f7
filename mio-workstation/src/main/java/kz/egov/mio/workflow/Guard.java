package kz.egov.mio.workflow;

import kz.egov.catalog.model.RefusalToAccept;
import kz.egov.contract.message.Channel;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.mio.officer.Officer;
import kz.egov.mio.officer.OfficerRole;

/** Who may act on a case now: the officer holding the current step's role; for the executor's step, the assigned one. */
public final class Guard {

    private Guard() {
    }

    /** The current step's role, checked against the officer; an unassigned executor's step goes to whoever takes it. */
    public static OfficerRole stepRole(ServiceCase c, Plan plan, Officer officer) {
        open(c);
        OfficerRole role = plan.role(c.stepIndex).orElseThrow(() ->
                new RejectedException(ReasonCode.REQ_ILLEGAL_TRANSITION, "no step of an officer is open"));
        if (!officer.has(role)) {
            throw new RejectedException(ReasonCode.REQ_WRONG_ROLE, "step " + c.stepIndex + " is for " + role);
        }
        if (role == OfficerRole.EXECUTOR) {
            if (c.assignedExecutor == null) {
                c.assignedExecutor = officer.iin;
            } else if (!c.assignedExecutor.equals(officer.iin)) {
                throw new RejectedException(ReasonCode.REQ_WRONG_ROLE, "the case is assigned to another executor");
            }
        }
        return role;
    }

    public static void require(Officer officer, OfficerRole role) {
        if (!officer.has(role)) {
            throw new RejectedException(ReasonCode.REQ_WRONG_ROLE, "only a " + role + " may do this");
        }
    }

    public static void open(ServiceCase c) {
        if (c.finished()) {
            throw new RejectedException(ReasonCode.REQ_ILLEGAL_TRANSITION, "the case is closed: " + c.outcome);
        }
    }

    public static void notAwaitingRegistry(ServiceCase c) {
        if (c.awaitingRegistry) {
            throw new RejectedException(ReasonCode.CONFLICT, "waiting for АИС «Рынок труда» to answer");
        }
    }

    public static void conflict(boolean condition, String detail) {
        if (condition) {
            throw new RejectedException(ReasonCode.CONFLICT, detail);
        }
    }

    public static String requireComment(String comment, String what) {
        if (comment == null || comment.isBlank()) {
            throw new RejectedException(ReasonCode.VALIDATION_FAILED, what + " needs a comment");
        }
        return comment.trim();
    }

    /**
     * A refusal to accept only where the catalog's variant has one for the channel the request came by (e.g. V04, V05,
     * V07, V08 and V13 have none): the regulations, not the desk, say which refusals exist.
     */
    public static RefusalToAccept refusalToAcceptProvided(Plan plan) {
        Channel channel = plan.channel();
        if (!plan.variant().refusesToAcceptOn(channel)) {
            throw new RejectedException(ReasonCode.REQ_REFUSAL_NOT_PROVIDED, plan.variant().code()
                    + " has no refusal to accept of a request by " + channel + " (the catalog's refusalToAccept)");
        }
        return plan.variant().refusalToAccept();
    }

    /** A motivated refusal only where the catalog's variant has one (V09 and V10 have none). */
    public static void motivatedRefusalProvided(Plan plan) {
        if (!plan.variant().refusesWithMotivation()) {
            throw new RejectedException(ReasonCode.REQ_REFUSAL_NOT_PROVIDED, plan.variant().code()
                    + " has no motivated refusal (the catalog's motivatedRefusal)");
        }
    }
}
