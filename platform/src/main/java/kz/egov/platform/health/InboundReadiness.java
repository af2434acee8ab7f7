package kz.egov.platform.health;

import jakarta.enterprise.context.ApplicationScoped;

import kz.egov.platform.messaging.InboundPoller;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the service's inbound consumers run and have joined their consumer group. */
@Readiness
@ApplicationScoped
public class InboundReadiness implements HealthCheck {

    private final InboundPoller poller;

    InboundReadiness(InboundPoller poller) {
        this.poller = poller;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("Inbound messages").status(poller.ready())
                .withData("topic", poller.topic()).build();
    }
}
