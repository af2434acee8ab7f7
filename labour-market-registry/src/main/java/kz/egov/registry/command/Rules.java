package kz.egov.registry.command;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;

/** A rule of the registry: when it does not hold, the command is refused with the reason. */
final class Rules {

    private Rules() {
    }

    static void require(boolean holds, ReasonCode reason, String detail) {
        if (!holds) {
            throw new RejectedException(reason, detail);
        }
    }
}
