package kz.egov.mio;

import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import kz.egov.testinfra.EgovInfrastructureResource;
import kz.egov.testinfra.InfrastructureContract;

/** mio-workstation runs on a real PostgreSQL (Flyway-migrated) and a real Kafka broker, and answers health and metrics. */
@QuarkusTest
@QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)
class InfrastructureTest extends InfrastructureContract {

    @Override
    protected String inboundTopic() {
        return "egov.to-providers";
    }

    @Override
    protected List<String> uncompressedColumns() {
        return List.of("outbox_message.payload", "service_case.original_envelope",
                "service_case.person_signature");
    }

    @Override
    protected Map<String, Integer> fillFactors() {
        return Map.of("service_case", 75);
    }
}
