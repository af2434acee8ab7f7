package kz.egov.testinfra;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Hands the shared real Kafka broker and PostgreSQL to every {@code @QuarkusTest}. Registered once per service with
 * {@code @QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)}; the
 * infrastructure itself starts once per JVM, whatever the number of test classes and profiles.
 */
public class EgovInfrastructureResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        SharedInfrastructure infra = SharedInfrastructure.get();
        return Map.of(
                "kafka.bootstrap.servers", infra.bootstrapServers(),
                "quarkus.datasource.jdbc.url", infra.jdbcUrl(),
                "quarkus.datasource.username", infra.username(),
                "quarkus.datasource.password", infra.password());
    }

    @Override
    public void stop() {
        // stopped by SharedInfrastructure's shutdown hook: one broker and one database per test JVM
    }
}
