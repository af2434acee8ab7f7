package kz.egov.mio.officer;

import jakarta.enterprise.context.RequestScoped;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;

/** The officer signed in for this API call (set by {@link OfficerAuthFilter}). */
@RequestScoped
public class CurrentOfficer {

    private Officer officer;
    private String token;

    void set(Officer officer, String token) {
        this.officer = officer;
        this.token = token;
    }

    public Officer get() {
        if (officer == null) {
            throw new RejectedException(ReasonCode.UNAUTHENTICATED, "sign in first");
        }
        return officer;
    }

    public String token() {
        return token;
    }
}
