package kz.egov.testinfra.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import kz.egov.testinfra.PostgresRoles;
import kz.egov.testinfra.SharedInfrastructure;
import org.junit.jupiter.api.Test;

/**
 * Issue [wave 2 · 5/16]: "one login role per service with its own generated password (scram-sha-256), owning only its
 * database; CONNECT revoked from PUBLIC … A test: the portal's role cannot connect to the gateway's database".
 */
class AnotherServicesDatabaseTest {

    @Test
    void thePortalsRoleCannotConnectToTheGatewaysDatabase() throws SQLException {
        SharedInfrastructure infra = SharedInfrastructure.get();
        SharedInfrastructure.Database portal = infra.serviceDatabase("portal_adapter");
        SharedInfrastructure.Database gateway = infra.serviceDatabase("gateway_router");

        try (Connection own = DriverManager.getConnection(portal.url(), portal.user(), portal.password());
                Statement s = own.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS probe (id int)");
            try (ResultSet r = s.executeQuery("SELECT rolsuper, rolcreatedb, rolcreaterole FROM pg_roles "
                    + "WHERE rolname = current_user")) {
                r.next();
                assertThat(r.getBoolean(1) || r.getBoolean(2) || r.getBoolean(3)).as("no superuser, no creating")
                        .isFalse();
            }
        }
        assertThatThrownBy(() -> DriverManager.getConnection(gateway.url(), portal.user(), portal.password()).close())
                .isInstanceOf(SQLException.class).hasMessageContaining("permission denied for database");
        assertThatThrownBy(() -> DriverManager.getConnection(PostgresRoles.urlOf(gateway.url(), "postgres"),
                portal.user(), portal.password()).close()).as("nor the maintenance database")
                .isInstanceOf(SQLException.class).hasMessageContaining("permission denied for database");
    }
}
