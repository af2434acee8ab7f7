package kz.egov.gateway.routing;

import jakarta.enterprise.context.ApplicationScoped;

import kz.egov.catalog.ServiceCatalog;
import kz.egov.catalog.model.Variant;
import kz.egov.contract.message.Channel;
import kz.egov.contract.message.PersonRecord;
import kz.egov.contract.message.ServiceRequest;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.gateway.participant.Participant;
import kz.egov.gateway.participant.ParticipantRegistry;

/**
 * The choice of a request's variant and provider: the variant of the base service whose region covers the citizen's
 * registered address (ГБД ФЛ), which must be provided on the request's channel, and the provider of the variant's
 * provider type from the routing table ({@link Router}); a walk-in (PROVIDER_OFFICE) stays with its own provider.
 */
@ApplicationScoped
public class RouteChooser {

    private final ServiceCatalog catalog;
    private final Router router;
    private final ParticipantRegistry participants;

    RouteChooser(ServiceCatalog catalog, Router router, ParticipantRegistry participants) {
        this.catalog = catalog;
        this.router = router;
        this.participants = participants;
    }

    /** Reads the routing table once for the rest of the current transaction ({@link Router#holdTable()}). */
    public void holdTable() {
        router.holdTable();
    }

    /**
     * Where the request goes.
     *
     * @throws RejectedException {@code ROUTE_NOT_FOUND} when no variant serves the citizen's region or no provider of
     *         its type serves the citizen's KATO, {@code SERVICE_NOT_ON_CHANNEL} when the region's variant is not
     *         provided on the request's channel, {@code SERVICE_TEXT_INCOMPLETE} when its text is a fragment
     */
    public Route choose(Participant origin, ServiceRequest request, PersonRecord person) {
        Variant variant = catalog.variantFor(request.serviceCode(), person.addressKato())
                .orElseThrow(() -> new RejectedException(ReasonCode.ROUTE_NOT_FOUND,
                        "no variant of " + request.serviceCode() + " for the citizen's region")).requireComplete();
        if (!variant.hasChannel(request.channel())) {
            throw new RejectedException(ReasonCode.SERVICE_NOT_ON_CHANNEL,
                    variant.code() + " is not provided on " + request.channel());
        }
        if (request.channel() == Channel.PROVIDER_OFFICE) {
            return new Route(variant, origin, origin.kato());
        }
        Router.Rule rule = router.route(variant.providerType().name(), person.addressKato())
                .orElseThrow(() -> new RejectedException(ReasonCode.ROUTE_NOT_FOUND,
                        "no " + variant.providerType() + " serves KATO " + person.addressKato()));
        return new Route(variant, participants.find(rule.participantId()).orElseThrow(), rule.katoPrefix());
    }
}
