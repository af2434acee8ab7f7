package kz.egov.cli.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class ServiceEnvironmentTest {

    static final StackSecrets SECRETS = new StackSecrets("key-pw", "admin-pw");

    @Test
    void aServiceIsToldItsPortDatabaseAndBroker() {
        Properties p = new Properties();
        p.setProperty("postgres.port", "15432");
        p.setProperty("kafka.port", "19092");
        p.setProperty("labour-market-registry.port", "9084");
        StackConfig c = StackConfig.defaults(StackLayout.of(Path.of("/repo"))).with(p);
        Map<String, String> env = ServiceEnvironment.of(c, SECRETS, c.service("labour-market-registry"));
        assertThat(env).containsEntry("EGOV_HTTP_HOST", "127.0.0.1")
                .containsEntry("QUARKUS_HTTP_PORT", "9084")
                .containsEntry("EGOV_JDBC_URL", "jdbc:postgresql://127.0.0.1:15432/labour_market_registry")
                .containsEntry("EGOV_DB_USER", "postgres")
                .containsEntry("EGOV_DB_PASSWORD", "postgres")
                .containsEntry("EGOV_KAFKA", "127.0.0.1:19092")
                .containsEntry("EGOV_LOG_JSON", "false");
    }

    @Test
    void everyServiceGetsThePkiTheSecretsTheNucAndTheGateway() {
        Properties p = new Properties();
        p.setProperty("nuc.port", "18090");
        p.setProperty("gateway-router.port", "9082");
        StackConfig c = StackConfig.defaults(StackLayout.of(Path.of("/repo")).withDataDir(Path.of("/data"))).with(p);
        for (ServiceDefinition s : c.services()) {
            Map<String, String> env = ServiceEnvironment.of(c, SECRETS, s);
            java.util.List<String> keys = new java.util.ArrayList<>(java.util.List.of("EGOV_HTTP_HOST",
                    "QUARKUS_HTTP_PORT", "EGOV_JDBC_URL", "EGOV_DB_USER", "EGOV_DB_PASSWORD", "EGOV_KAFKA",
                    "EGOV_LOG_JSON", "EGOV_PKI_TRUST_DIR", "EGOV_PKI_KEYS_DIR", "EGOV_KEY_PASSWORD", "EGOV_OCSP_URL",
                    "EGOV_ADMIN_PASSWORD", "EGOV_GATEWAY_URL", "EGOV_KAFKA_KEYSTORE", "EGOV_KAFKA_TRUSTSTORE"));
            switch (s.name()) {
                case "mio-workstation" -> keys.add("EGOV_MIO_SEED_OFFICER_PASSWORD");
                case "citizens-corp-adapter" -> keys.add("EGOV_CORP_SEED_OPERATOR_PASSWORD");
                case "portal-adapter" -> keys.add("EGOV_GATEWAY_OPERATOR_PASSWORD");
                default -> {
                }
            }
            assertThat(env).as(s.name()).containsOnlyKeys(keys);
            if ("mio-workstation".equals(s.name())) {
                assertThat(env).containsEntry("EGOV_MIO_SEED_OFFICER_PASSWORD", SECRETS.officerPassword());
            }
            if ("portal-adapter".equals(s.name())) {
                assertThat(env).containsEntry("EGOV_GATEWAY_OPERATOR_PASSWORD", "admin-pw");
            }
            assertThat(env).as(s.name())
                    .containsEntry("EGOV_PKI_TRUST_DIR", "/data/pki/ca")
                    .containsEntry("EGOV_PKI_KEYS_DIR", "/data/pki/keys")
                    .containsEntry("EGOV_KEY_PASSWORD", "key-pw")
                    .containsEntry("EGOV_OCSP_URL", "http://127.0.0.1:18090/ocsp")
                    .containsEntry("EGOV_ADMIN_PASSWORD", "admin-pw")
                    .containsEntry("EGOV_GATEWAY_URL", "http://127.0.0.1:9082")
                    // its own broker certificate, no other deployment's
                    .containsEntry("EGOV_KAFKA_KEYSTORE", "/data/pki/kafka/" + s.name() + ".p12")
                    .containsEntry("EGOV_KAFKA_TRUSTSTORE", "/data/pki/kafka/ca.pem");
        }
    }

    @Test
    void theSecretsAreNotWrittenToTheRunConfiguration() {
        StackConfig c = StackConfig.defaults(StackLayout.of(Path.of("/repo")));
        assertThat(c.toProperties().values()).doesNotContain("key-pw", "admin-pw");
        assertThat(c.toProperties()).containsEntry("nuc.port", "8090");
        assertThat(c.with(c.toProperties())).isEqualTo(c);
    }
}
