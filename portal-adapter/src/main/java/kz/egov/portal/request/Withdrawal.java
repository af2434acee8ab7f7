package kz.egov.portal.request;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.message.StatusChange;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.contract.status.BusinessStatus;
import kz.egov.contract.status.StatusMachine;
import kz.egov.contract.status.TechnicalStatus;
import kz.egov.contract.topic.Topics;
import kz.egov.platform.config.PlatformConfig;
import kz.egov.platform.messaging.EnvelopeSender;
import kz.egov.portal.account.Citizen;
import kz.egov.portal.cabinet.Notifications;
import kz.egov.portal.cabinet.Stream;
import kz.egov.portal.cabinet.Timeline;
import kz.egov.portal.config.PortalConfig;

/**
 * The citizen withdraws a request (отзыв) until the provider registers it: the status WITHDRAWN here, and a status
 * change to the gateway, which forwards it to the provider.
 */
@ApplicationScoped
public class Withdrawal {

    private final PortalRequests requests;
    private final EnvelopeSender sender;
    private final Timeline timeline;
    private final Notifications notifications;
    private final Clock clock;
    private final String portalId;
    private final String gatewayId;

    Withdrawal(PortalRequests requests, EnvelopeSender sender, Timeline timeline, Notifications notifications,
            Clock clock, PortalConfig config, PlatformConfig platform) {
        this.requests = requests;
        this.sender = sender;
        this.timeline = timeline;
        this.notifications = notifications;
        this.clock = clock;
        this.portalId = config.participantId();
        this.gatewayId = platform.gatewayId();
    }

    @Transactional
    public PortalRequest withdraw(Citizen citizen, String requestId, String comment) {
        requests.find(citizen.iin(), requestId).orElseThrow(() ->
                new RejectedException(ReasonCode.NOT_FOUND, "no request " + requestId));
        PortalRequest r = requests.lock(requestId).orElseThrow();
        if (!withdrawable(r)) {
            throw new RejectedException(ReasonCode.REQ_NOT_WITHDRAWABLE, "the request is " + RequestView.overall(r));
        }
        Instant now = clock.instant();
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
