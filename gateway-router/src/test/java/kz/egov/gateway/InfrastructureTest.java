package kz.egov.gateway;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import kz.egov.testinfra.EgovInfrastructureResource;
import kz.egov.testinfra.InfrastructureContract;

/** gateway-router runs on a real PostgreSQL (Flyway-migrated) and a real Kafka broker, and answers health and metrics. */
@QuarkusTest
@QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)
class InfrastructureTest extends InfrastructureContract {

    @Override
    protected String inboundTopic() {
        return "egov.to-gateway";
    }

    @Override
    protected Map<String, Integer> fillFactors() {
        return Map.of("routed_request", 80);
    }
}
