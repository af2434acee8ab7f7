package kz.egov.gateway.check;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import kz.egov.catalog.ServiceCatalog;
import kz.egov.contract.message.Channel;
import kz.egov.contract.message.ServiceRequest;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.gateway.evidence.EvidenceLog;
import kz.egov.gateway.participant.Participant;

/**
 * Step 2 of the regulations' order, the channel: it is the channel of the sender's kind (portal → PORTAL, branch →
 * STATE_CORPORATION, provider → PROVIDER_OFFICE or VIA_OTHER_BODY, the registry none), the base service exists in
 * the catalog, and some region's variant of it is provided on the channel (the citizen's own region is checked with
 * the routing). Records {@code SENDER_MAY_SUBMIT}, step 2's evidence (with {@link SenderPermissionCheck}).
 *
 * <p>Refuses with {@code MSG_NOT_PERMITTED} (another kind's channel), {@code SERVICE_UNKNOWN},
 * {@code SERVICE_NOT_ON_CHANNEL}.
 */
@ApplicationScoped
public class ChannelCheck implements ServiceRequestCheck {

    private final ServiceCatalog catalog;
    private final EvidenceLog evidence;

    ChannelCheck(ServiceCatalog catalog, EvidenceLog evidence) {
        this.catalog = catalog;
        this.evidence = evidence;
    }

    @Override
    public CheckContext check(CheckContext context) {
        Participant origin = context.origin();
        ServiceRequest request = context.request();
        Channel channel = request.channel();
        boolean channelOfKind = switch (origin.kind()) {
            case PORTAL -> channel == Channel.PORTAL;
            case BRANCH -> channel == Channel.STATE_CORPORATION;
            case PROVIDER -> channel == Channel.PROVIDER_OFFICE || channel == Channel.VIA_OTHER_BODY;
            case REGISTRY -> false;
        };
        if (!channelOfKind) {
            throw SenderPermissionCheck.notPermitted(origin, request);
        }
        if (catalog.findBaseService(request.serviceCode()).isEmpty()) {
            throw new RejectedException(ReasonCode.SERVICE_UNKNOWN, "no base service " + request.serviceCode());
        }
        if (catalog.variantsFor(request.serviceCode()).stream().noneMatch(v -> v.hasChannel(channel))) {
            throw new RejectedException(ReasonCode.SERVICE_NOT_ON_CHANNEL,
                    request.serviceCode() + " has no " + channel + " channel in any region");
        }
        evidence.append(request.requestId(), null, EvidenceLog.CHECK, "SENDER_MAY_SUBMIT", EvidenceLog.OK,
                Map.of("service", request.serviceCode(), "channel", channel.name()));
        return context;
    }
}
