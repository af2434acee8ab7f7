package kz.egov.contract.status;

import static kz.egov.contract.status.BusinessStatus.COMPLETED;
import static kz.egov.contract.status.BusinessStatus.IN_PROGRESS;
import static kz.egov.contract.status.BusinessStatus.ISSUED;
import static kz.egov.contract.status.BusinessStatus.MOTIVATED_REFUSAL;
import static kz.egov.contract.status.BusinessStatus.RECEIVED;
import static kz.egov.contract.status.BusinessStatus.REFUSAL_TO_ACCEPT;
import static kz.egov.contract.status.BusinessStatus.REGISTERED;
import static kz.egov.contract.status.BusinessStatus.RETURNED_FOR_REWORK;
import static kz.egov.contract.status.BusinessStatus.TERM_EXTENDED;
import static kz.egov.contract.status.BusinessStatus.WITHDRAWN;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;

/**
 * The allowed transitions of both status streams. A request starts with no status; {@code null} stands for that.
 * Everything not listed is refused with {@link ReasonCode#REQ_ILLEGAL_TRANSITION}.
 */
public final class StatusMachine {

    private static final Map<BusinessStatus, Set<BusinessStatus>> BUSINESS = new EnumMap<>(BusinessStatus.class);
    private static final Set<BusinessStatus> BUSINESS_START = EnumSet.of(RECEIVED, REFUSAL_TO_ACCEPT, WITHDRAWN);
    private static final Map<TechnicalStatus, Set<TechnicalStatus>> TECHNICAL = new EnumMap<>(TechnicalStatus.class);
    private static final Set<TechnicalStatus> TECHNICAL_START = EnumSet.of(TechnicalStatus.ACCEPTED_BY_GATEWAY,
            TechnicalStatus.REJECTED_BY_GATEWAY);

    static {
        BUSINESS.put(RECEIVED, EnumSet.of(REGISTERED, REFUSAL_TO_ACCEPT, WITHDRAWN));
        BUSINESS.put(REGISTERED, EnumSet.of(IN_PROGRESS, TERM_EXTENDED, REFUSAL_TO_ACCEPT, MOTIVATED_REFUSAL, COMPLETED));
        BUSINESS.put(IN_PROGRESS, EnumSet.of(IN_PROGRESS, RETURNED_FOR_REWORK, TERM_EXTENDED, COMPLETED, MOTIVATED_REFUSAL));
        BUSINESS.put(RETURNED_FOR_REWORK, EnumSet.of(IN_PROGRESS, TERM_EXTENDED, COMPLETED, MOTIVATED_REFUSAL));
        BUSINESS.put(TERM_EXTENDED, EnumSet.of(IN_PROGRESS, RETURNED_FOR_REWORK, TERM_EXTENDED, COMPLETED, MOTIVATED_REFUSAL));
        BUSINESS.put(COMPLETED, EnumSet.of(ISSUED));
        BUSINESS.put(MOTIVATED_REFUSAL, EnumSet.of(ISSUED));
        BUSINESS.put(REFUSAL_TO_ACCEPT, EnumSet.noneOf(BusinessStatus.class));
        BUSINESS.put(WITHDRAWN, EnumSet.noneOf(BusinessStatus.class));
        BUSINESS.put(ISSUED, EnumSet.noneOf(BusinessStatus.class));

        TECHNICAL.put(TechnicalStatus.ACCEPTED_BY_GATEWAY, EnumSet.of(TechnicalStatus.DELIVERED_TO_PROVIDER));
        TECHNICAL.put(TechnicalStatus.REJECTED_BY_GATEWAY, EnumSet.noneOf(TechnicalStatus.class));
        TECHNICAL.put(TechnicalStatus.DELIVERED_TO_PROVIDER, EnumSet.noneOf(TechnicalStatus.class));
    }

    private StatusMachine() {
    }

    public static boolean allowed(BusinessStatus from, BusinessStatus to) {
        return from == null ? BUSINESS_START.contains(to) : BUSINESS.get(from).contains(to);
    }

    public static boolean allowed(TechnicalStatus from, TechnicalStatus to) {
        return from == null ? TECHNICAL_START.contains(to) : TECHNICAL.get(from).contains(to);
    }

    /** Returns {@code to} when the transition is allowed, else refuses it. */
    public static BusinessStatus transition(BusinessStatus from, BusinessStatus to) {
        if (!allowed(from, to)) {
            throw new RejectedException(ReasonCode.REQ_ILLEGAL_TRANSITION, "business status " + from + " -> " + to);
        }
        return to;
    }

    public static TechnicalStatus transition(TechnicalStatus from, TechnicalStatus to) {
        if (!allowed(from, to)) {
            throw new RejectedException(ReasonCode.REQ_ILLEGAL_TRANSITION, "technical status " + from + " -> " + to);
        }
        return to;
    }

    /** The statuses reachable from {@code from} in one step. */
    public static Set<BusinessStatus> next(BusinessStatus from) {
        return from == null ? EnumSet.copyOf(BUSINESS_START) : EnumSet.copyOf(BUSINESS.get(from));
    }
}
