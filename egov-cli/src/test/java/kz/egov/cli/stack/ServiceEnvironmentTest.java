package kz.egov.cli.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class ServiceEnvironmentTest {

    static final StackSecrets SECRETS = StackSecrets.derived("t");

    @Test
    void aServiceIsToldItsPortDatabaseAndBroker() {
        Properties p = new Properties();
        p.setProperty("postgres.port", "15432");
        p.setProperty("kafka.port", "19092");
        p.setProperty("labour-market-registry.port", "9084");
        p.setProperty("labour-market-registry.management-port", "19084");
        StackConfig c = StackConfig.defaults(StackLayout.of(Path.of("/repo"))).with(p);
        Map<String, String> env = ServiceEnvironment.of(c, SECRETS, c.service("labour-market-registry"));
        assertThat(env).containsEntry("EGOV_HTTP_HOST", "127.0.0.1")
                .containsEntry("QUARKUS_HTTP_PORT", "9084")
                // health, metrics, OpenAPI, Swagger UI: a port of their own, on loopback
                .containsEntry("EGOV_MANAGEMENT_HOST", "127.0.0.1")
                .containsEntry("QUARKUS_MANAGEMENT_PORT", "19084")
                .containsEntry("EGOV_JDBC_URL", "jdbc:postgresql://127.0.0.1:15432/labour_market_registry")
                // its own role and password, not the superuser's
                .containsEntry("EGOV_DB_USER", "labour_market_registry")
                .containsEntry("EGOV_DB_PASSWORD", SECRETS.dbPassword("labour-market-registry"))
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
                    "QUARKUS_HTTP_PORT", "EGOV_MANAGEMENT_HOST", "QUARKUS_MANAGEMENT_PORT", "EGOV_JDBC_URL", "EGOV_DB_USER", "EGOV_DB_PASSWORD", "EGOV_KAFKA",
                    "EGOV_LOG_JSON", "EGOV_PKI_TRUST_DIR", "EGOV_PKI_KEYS_DIR", "EGOV_KEY_PASSWORD", "EGOV_OCSP_URL",
                    "EGOV_ADMIN_PASSWORD", "EGOV_GATEWAY_URL", "EGOV_KAFKA_KEYSTORE", "EGOV_KAFKA_TRUSTSTORE"));
            switch (s.name()) {
                case "mio-workstation" -> keys.add("EGOV_MIO_SEED_OFFICER_PASSWORD");
                case "citizens-corp-adapter" -> keys.add("EGOV_CORP_SEED_OPERATOR_PASSWORD");
                default -> {
                }
            }
            assertThat(env).as(s.name()).containsOnlyKeys(keys);
            if ("mio-workstation".equals(s.name())) {
                assertThat(env).containsEntry("EGOV_MIO_SEED_OFFICER_PASSWORD", SECRETS.officerPassword());
            }
            assertThat(env).as(s.name())
                    .containsEntry("EGOV_PKI_TRUST_DIR", "/data/pki/ca/trust")
                    // its own keys, its own passwords: no other deployment's
                    .containsEntry("EGOV_PKI_KEYS_DIR", "/data/pki/deployments/" + s.name() + "/keys")
                    .containsEntry("EGOV_KEY_PASSWORD", SECRETS.keyPassword(s.name()))
                    .containsEntry("EGOV_OCSP_URL", "http://127.0.0.1:18090/ocsp")
                    .containsEntry("EGOV_ADMIN_PASSWORD", SECRETS.adminPassword(s.name()))
                    .containsEntry("EGOV_GATEWAY_URL", "http://127.0.0.1:9082")
                    .containsEntry("EGOV_KAFKA_KEYSTORE", "/data/pki/deployments/" + s.name() + "/kafka.p12")
                    .containsEntry("EGOV_KAFKA_TRUSTSTORE", "/data/pki/ca/trust/kafka-ca.pem");
            for (ServiceDefinition other : c.services()) {
                if (!other.equals(s)) {
                    assertThat(env.values()).as(s.name() + " is given nothing of " + other.name())
                            .doesNotContain(SECRETS.keyPassword(other.name()), SECRETS.adminPassword(other.name()),
                                    SECRETS.dbPassword(other.name()));
                }
            }
            assertThat(env.values()).as(s.name() + " is given neither the НУЦ's nor the superuser's password")
                    .doesNotContain(new String(SECRETS.ca()), SECRETS.dbSuperuserPassword());
        }
    }

    @Test
    void theSecretsAreNotWrittenToTheRunConfiguration() {
        StackConfig c = StackConfig.defaults(StackLayout.of(Path.of("/repo")));
        assertThat(c.toProperties().values()).doesNotContainAnyElementsOf(
                StackSecrets.KEYS.stream().map(SECRETS::get).toList());
        assertThat(c.toProperties()).containsEntry("nuc.port", "8090");
        assertThat(c.with(c.toProperties())).isEqualTo(c);
    }
}
