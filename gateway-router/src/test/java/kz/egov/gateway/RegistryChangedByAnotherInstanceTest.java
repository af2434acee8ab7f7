package kz.egov.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;

import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import kz.egov.gateway.participant.Participant;
import kz.egov.gateway.participant.ParticipantRegistry;
import kz.egov.testinfra.EgovInfrastructureResource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Issue [wave 2 · 5/16]: "Registry changes reach every gateway instance within seconds (deactivation,
 * re-pinning)". Another instance is another connection to the gateway's database: what it commits must reach this
 * instance's cached registry without this instance writing anything.
 */
@QuarkusTest
@QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)
class RegistryChangedByAnotherInstanceTest {

    @Inject
    ParticipantRegistry registry;

    @Test
    void aDeactivationAndANewPinMadeElsewhereAreSeenWithinSeconds() throws Exception {
        Participant before = read("con-19");
        assertThat(before.active()).isTrue();
        // the cache is in use: a change that announces nothing (the trigger off) is not seen
        elsewhere("ALTER TABLE participant DISABLE TRIGGER participant_changed", null);
        try {
            elsewhere("UPDATE participant SET name = ? WHERE id = 'con-19'", "unannounced");
            Thread.sleep(1_500);
            assertThat(read("con-19").name()).as("served from the cache").isEqualTo(before.name());
        } finally {
            elsewhere("ALTER TABLE participant ENABLE TRIGGER participant_changed", null);
            elsewhere("UPDATE participant SET name = ? WHERE id = 'con-19'", before.name());
        }
        try {
            elsewhere("UPDATE participant SET active = false, certificate_sha256 = ? WHERE id = 'con-19'", "0".repeat(64));
            await().atMost(Duration.ofSeconds(5)).until(() -> !read("con-19").active());
            assertThat(read("con-19").certificateSha256()).isEqualTo("0".repeat(64));
        } finally {
            elsewhere("UPDATE participant SET active = true, certificate_sha256 = ? WHERE id = 'con-19'",
                    before.certificateSha256());
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> read("con-19").active());
    }

    private Participant read(String id) {
        return QuarkusTransaction.requiringNew().call(() -> registry.find(id).orElseThrow());
    }

    private static void elsewhere(String sql, String value) throws Exception {
        Config config = ConfigProvider.getConfig();
        try (Connection c = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
                PreparedStatement s = c.prepareStatement(sql)) {
            if (value != null) {
                s.setString(1, value);
            }
            s.executeUpdate();
        }
    }
}
