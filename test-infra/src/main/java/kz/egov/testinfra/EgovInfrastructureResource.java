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
        String application = applicationName();
        Map<String, String> config = new HashMap<>(TestPki.get().serviceConfig(
                kz.egov.contract.topic.Deployment.byId(application)));
        config.put("kafka.bootstrap.servers", infra.bootstrapServers());
        // the service's own broker certificate (its deployment, named as the application), as egov up gives it
        KafkaTls kafka = TestPki.get().pki().kafka();
        config.put("kafka.ssl.keystore.location", kafka.keyStore(application).toString());
        config.put("kafka.ssl.truststore.location", kafka.trustStore().toString());
        // its own database and login role, as egov up gives them: no other service's, never the superuser
        SharedInfrastructure.Database db = infra.serviceDatabase(application.replace('-', '_'));
        config.put("quarkus.datasource.jdbc.url", db.url());
        config.put("quarkus.datasource.username", db.user());
        config.put("quarkus.datasource.password", db.password());
        config.put("egov.admin.bootstrap-password", ADMIN_PASSWORD);
        return config;
    }

    /** {@code quarkus.application.name} of the service under test, from its application.properties. */
    private static String applicationName() {
        java.util.Properties p = new java.util.Properties();
        try (var in = Thread.currentThread().getContextClassLoader().getResourceAsStream("application.properties")) {
            if (in == null) {
                throw new IllegalStateException("no application.properties on the class path");
            }
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String name = p.getProperty("quarkus.application.name");
        if (name == null) {
            throw new IllegalStateException("application.properties names no quarkus.application.name");
        }
        return name;
    }

    @Override
    public void stop() {
        // stopped by SharedInfrastructure's shutdown hook: one broker and one database per test JVM
    }
}
