package kz.egov.testinfra;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Hands the shared real Kafka broker and PostgreSQL to every {@code @QuarkusTest}. Registered once per service with
 * {@code @QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)}; the
 * infrastructure itself starts once per JVM, whatever the number of test classes and profiles.
 */
public class EgovInfrastructureResource implements QuarkusTestResourceLifecycleManager {

    /** The platform operator's password in tests (user {@code admin}). */
    public static final String ADMIN_PASSWORD = "test-admin-password";

    @Override
    public Map<String, String> start() {
        SharedInfrastructure infra = SharedInfrastructure.get();
        Map<String, String> config = new HashMap<>(TestPki.get().serviceConfig());
        config.put("kafka.bootstrap.servers", infra.bootstrapServers());
        config.put("quarkus.datasource.jdbc.url", infra.jdbcUrl());
        config.put("quarkus.datasource.username", infra.username());
        config.put("quarkus.datasource.password", infra.password());
        config.put("egov.admin.bootstrap-password", ADMIN_PASSWORD);
        return config;
    }

    @Override
    public void stop() {
        // stopped by SharedInfrastructure's shutdown hook: one broker and one database per test JVM
    }
}
