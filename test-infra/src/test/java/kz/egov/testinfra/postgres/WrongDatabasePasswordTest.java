package kz.egov.testinfra.postgres;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.DriverManager;
import java.sql.SQLException;

import kz.egov.testinfra.SharedInfrastructure;
import org.junit.jupiter.api.Test;

/**
 * Issue [wave 2 · 5/16]: "pg_hba without trust for TCP (zonky initialises with trust: rewrite pg_hba and reload …)
 * … and a wrong password is refused".
 */
class WrongDatabasePasswordTest {

    @Test
    void aServiceRoleWithAWrongPasswordIsRefused() {
        SharedInfrastructure.Database portal = SharedInfrastructure.get().serviceDatabase("portal_adapter");
        assertThatThrownBy(() -> DriverManager.getConnection(portal.url(), portal.user(), "wrong").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
    }

    @Test
    void theSuperuserWithoutItsPasswordIsRefused() {
        String url = SharedInfrastructure.get().jdbcUrl();
        assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "postgres").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
        assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "").close())
                .as("no password at all: trust would have let it in").isInstanceOf(SQLException.class);
    }
}
