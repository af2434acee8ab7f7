package kz.egov.gateway.person;

import java.util.Arrays;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import kz.egov.contract.message.PersonLookupPurpose;
import kz.egov.contract.message.PersonRecord;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.eds.identity.Iin;
import kz.egov.gateway.participant.Participant;
import kz.egov.gateway.traffic.RoutedRequests;

/**
 * Who may read whom from ГБД ФЛ, by the call's purpose ([wave 2 · 6/16]), for the REST call and the message alike: the
 * portal only the signed-in citizen, a provider only the applicant of a request routed to it or a walk-in its officer
 * is entering, a State Corporation branch only a walk-in its operator is entering; the registry nothing. Every read and
 * every refusal is logged (the caller's transaction must commit a refusal too).
 */
@ApplicationScoped
public class PersonLookupRules {

    private final PersonDirectory directory;
    private final RoutedRequests routed;

    PersonLookupRules(PersonDirectory directory, RoutedRequests routed) {
        this.directory = directory;
        this.routed = routed;
    }

    /** The person, read and logged; a read the rules refuse is logged with its reason and thrown. */
    public Optional<PersonRecord> read(Participant caller, PersonLookupPurpose why, String iin, String requestId,
            String actor) {
        try {
            allow(caller, why, iin, requestId, actor);
        } catch (RejectedException refused) {
            directory.refused(iin, caller.id(), why.name(), requestId, validActor(actor), refused.reason().code());
            throw refused;
        }
        return directory.read(iin, caller.id(), why.name(), requestId, validActor(actor));
    }

    /** The purpose named, else VALIDATION_FAILED: every read says why. */
    public static PersonLookupPurpose purpose(String purpose) {
        try {
            return PersonLookupPurpose.valueOf(purpose);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new RejectedException(ReasonCode.VALIDATION_FAILED, "purpose is one of "
                    + Arrays.toString(PersonLookupPurpose.values()) + ": every read says why");
        }
    }

    private void allow(Participant caller, PersonLookupPurpose why, String iin, String requestId, String actor) {
        switch (caller.kind()) {
            case PORTAL -> {
                if (why != PersonLookupPurpose.CITIZEN_SESSION || !iin.equals(actor)) {
                    throw new RejectedException(ReasonCode.FORBIDDEN,
                            "the portal reads the signed-in citizen only (purpose CITIZEN_SESSION, actor = the IIN)");
                }
            }
            case PROVIDER -> {
                if (why == PersonLookupPurpose.ROUTED_REQUEST) {
                    RoutedRequests.RoutedRequest r = routed.find(requestId == null ? "" : requestId)
                            .filter(x -> x.routedTo(caller.id())).orElseThrow(() -> new RejectedException(
                                    ReasonCode.MSG_NOT_ROUTED_TO_SENDER, "request " + requestId + " was not routed to "
                                    + caller.id()));
                    if (!iin.equals(r.applicantIin())) {
                        throw new RejectedException(ReasonCode.MSG_APPLICANT_MISMATCH,
                                "not the applicant of request " + requestId);
                    }
                } else {
                    requireWalkIn(why, actor, "a provider reads the applicant of a request routed to it, or a walk-in "
                            + "its officer enters (actor = the officer's IIN)");
                }
            }
            case BRANCH -> requireWalkIn(why, actor,
                    "a branch reads a walk-in its operator enters (purpose WALK_IN, actor = the operator's IIN)");
            default -> throw new RejectedException(ReasonCode.FORBIDDEN, caller.kind() + " does not read ГБД ФЛ");
        }
    }

    private static void requireWalkIn(PersonLookupPurpose why, String actor, String rule) {
        if (why != PersonLookupPurpose.WALK_IN || validActor(actor) == null) {
            throw new RejectedException(ReasonCode.FORBIDDEN, rule);
        }
    }

    private static String validActor(String actor) {
        return actor != null && Iin.isValid(actor) ? actor : null;
    }
}
