package kz.egov.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import kz.egov.platform.messaging.InboundPoller;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the service's inbound consumers run and have joined their consumer group. */
@Readiness
@ApplicationScoped
public class InboundReadiness implements HealthCheck {

    @Inject
    InboundPoller poller;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("Inbound messages").status(poller.ready())
                .withData("topic", poller.topic()).build();
    }
}
