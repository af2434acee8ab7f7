package kz.egov.cli.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class ServiceEnvironmentTest {

    @Test
    void aServiceIsToldItsPortDatabaseAndBroker() {
        Properties p = new Properties();
        p.setProperty("postgres.port", "15432");
        p.setProperty("kafka.port", "19092");
        p.setProperty("labour-market-registry.port", "9084");
        StackConfig c = StackConfig.defaults(StackLayout.of(Path.of("/repo"))).with(p);
        Map<String, String> env = ServiceEnvironment.of(c, c.service("labour-market-registry"));
        assertThat(env).containsEntry("EGOV_HTTP_HOST", "127.0.0.1")
                .containsEntry("QUARKUS_HTTP_PORT", "9084")
                .containsEntry("EGOV_JDBC_URL", "jdbc:postgresql://127.0.0.1:15432/labour_market_registry")
                .containsEntry("EGOV_DB_USER", "postgres")
                .containsEntry("EGOV_DB_PASSWORD", "postgres")
                .containsEntry("EGOV_KAFKA", "127.0.0.1:19092")
                .containsEntry("EGOV_LOG_JSON", "false");
    }
}
