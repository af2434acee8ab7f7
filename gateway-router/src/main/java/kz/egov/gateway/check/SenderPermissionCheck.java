package kz.egov.gateway.check;

import jakarta.enterprise.context.ApplicationScoped;

import kz.egov.contract.message.ServiceRequest;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.gateway.participant.Participant;

/**
 * Step 2 of the regulations' order, the sender's permission: the participant registry lets the sender submit this
 * base service ({@code services}, or {@code *}) on this channel ({@code channels}). Records nothing: step 2's
 * {@code SENDER_MAY_SUBMIT} is recorded by {@link ChannelCheck}, which completes the step.
 *
 * <p>Refuses with {@code MSG_NOT_PERMITTED} (a service or a channel the sender is not registered for).
 */
@ApplicationScoped
public class SenderPermissionCheck implements ServiceRequestCheck {

    @Override
    public CheckContext check(CheckContext context) {
        Participant origin = context.origin();
        ServiceRequest request = context.request();
        if (!origin.maySubmit(request.serviceCode(), request.channel().name())) {
            throw notPermitted(origin, request);
        }
        return context;
    }

    /** Step 2's refusal of a sender: the same for a service, a channel or a kind it may not submit on. */
    static RejectedException notPermitted(Participant origin, ServiceRequest request) {
        return new RejectedException(ReasonCode.MSG_NOT_PERMITTED,
                origin.id() + " may not submit " + request.serviceCode() + " on " + request.channel());
    }
}
