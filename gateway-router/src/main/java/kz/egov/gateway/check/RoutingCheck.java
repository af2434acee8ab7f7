package kz.egov.gateway.check;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import kz.egov.contract.message.ServiceRequest;
import kz.egov.gateway.evidence.EvidenceLog;
import kz.egov.gateway.routing.Route;
import kz.egov.gateway.routing.RouteChooser;

/**
 * Step 6 of the regulations' order, the routing: the variant of the citizen's region, provided on the request's
 * channel, and its provider from the routing table, or the walk-in provider itself ({@link RouteChooser}). Records
 * {@code ROUTING}. The routing table is read once per inbound batch.
 *
 * <p>Refuses with {@code ROUTE_NOT_FOUND} (no variant for the citizen's region; no provider of its type for the
 * citizen's KATO), {@code SERVICE_NOT_ON_CHANNEL} (the region's variant is not provided on the channel).
 */
@ApplicationScoped
public class RoutingCheck implements ServiceRequestCheck {

    private final RouteChooser routes;
    private final EvidenceLog evidence;

    RoutingCheck(RouteChooser routes, EvidenceLog evidence) {
        this.routes = routes;
        this.evidence = evidence;
    }

    @Override
    public void begin() {
        routes.holdTable();
    }

    @Override
    public CheckContext check(CheckContext context) {
        ServiceRequest request = context.request();
        Route route = routes.choose(context.origin(), request, context.person());
        evidence.append(request.requestId(), null, EvidenceLog.CHECK, "ROUTING", EvidenceLog.OK,
                Map.of("variant", route.variant().code(), "providerType", route.variant().providerType().name(),
                        "katoPrefix", route.katoPrefix() == null ? "" : route.katoPrefix(),
                        "provider", route.provider().id()));
        return context.withRoute(route);
    }
}
