package kz.egov.portal.request;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.message.StatusChange;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.contract.status.BusinessStatus;
import kz.egov.contract.status.StatusMachine;
import kz.egov.contract.status.TechnicalStatus;
import kz.egov.contract.topic.Topics;
import kz.egov.platform.messaging.EnvelopeSender;
import kz.egov.portal.account.Citizen;
import kz.egov.portal.cabinet.Notifications;
import kz.egov.portal.cabinet.Stream;
import kz.egov.portal.cabinet.Timeline;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The citizen withdraws a request (отзыв) until the provider registers it: the status WITHDRAWN here, and a status
 * change to the gateway, which forwards it to the provider.
 */
@ApplicationScoped
public class Withdrawal {

    @Inject
    PortalRequests requests;

    @Inject
    EnvelopeSender sender;

    @Inject
    Timeline timeline;

    @Inject
    Notifications notifications;

    @ConfigProperty(name = "egov.participant-id", defaultValue = "portal")
    String portalId;

    @ConfigProperty(name = "egov.gateway-id", defaultValue = "gateway")
    String gatewayId;

    @Transactional
    public PortalRequest withdraw(Citizen citizen, String requestId, String comment) {
        requests.find(citizen.iin(), requestId).orElseThrow(() ->
                new RejectedException(ReasonCode.NOT_FOUND, "no request " + requestId));
        PortalRequest r = requests.lock(requestId).orElseThrow();
        if (!withdrawable(r)) {
            throw new RejectedException(ReasonCode.REQ_NOT_WITHDRAWABLE, "the request is " + RequestView.overall(r));
        }
        Instant now = Instant.now();
        requests.business(requestId, BusinessStatus.WITHDRAWN.name());
        sender.send(Topics.TO_GATEWAY, portalId, gatewayId, MessageType.STATUS_CHANGE, r.serviceCode(), requestId,
                r.messageId(), new StatusChange(requestId, BusinessStatus.WITHDRAWN, now, "CITIZEN",
                        comment == null || comment.isBlank() ? null : comment, null, null));
        timeline.append(requestId, Stream.BUSINESS, BusinessStatus.WITHDRAWN.name(), "CITIZEN", now, comment, null, true);
        notifications.add(citizen.iin(), requestId, Stream.BUSINESS, BusinessStatus.WITHDRAWN.name());
        return requests.find(citizen.iin(), requestId).orElseThrow();
    }

    /** Until the provider registers it, and not once the gateway rejected it. */
    static boolean withdrawable(PortalRequest r) {
        if (TechnicalStatus.REJECTED_BY_GATEWAY.name().equals(r.technicalStatus())) {
            return false;
        }
        BusinessStatus current = r.businessStatus() == null ? null : BusinessStatus.valueOf(r.businessStatus());
        return StatusMachine.allowed(current, BusinessStatus.WITHDRAWN);
    }
}
