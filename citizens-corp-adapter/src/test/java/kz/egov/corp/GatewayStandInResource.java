package kz.egov.corp;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import kz.egov.testinfra.FreePorts;

/** Chooses the port of the gateway stand-in ({@link GatewayStandIn}) and points ИС ЦОН's gateway client at it. */
public class GatewayStandInResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        int port = FreePorts.next();
        return Map.of("egov.gateway.url", "http://127.0.0.1:" + port, "egov.test.gateway-port", String.valueOf(port));
    }

    @Override
    public void stop() {
        // the stand-in stops with the application
    }
}
