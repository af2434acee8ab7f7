package kz.egov.platform.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import kz.egov.contract.topic.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue [wave 2 · 5/16]: "each deployment receives only the keys of the participants it hosts … A service refuses to
 * start with a key of a participant it does not host".
 */
class KeyOfAParticipantNotHostedTest {

    @TempDir
    Path dir;

    @Test
    void thePortalRefusesTheGatewaysKey() {
        Path keys = dir.resolve("keys");
        Keys.file(keys, "portal.p12", "rw-------");
        Keys.file(keys, "gateway.p12", "rw-------");
        KeyCustody custody = new KeyCustody(Keys.settings("portal-adapter", keys, dir.resolve("trust")));

        assertThatThrownBy(() -> custody.onStart(null)).isInstanceOf(KeyCustody.KeyCustodyException.class)
                .hasMessageContaining("portal-adapter refuses to start")
                .hasMessageContaining("gateway.p12: the key of gateway, which portal-adapter does not host");
    }

    @Test
    void mioHoldsEveryProviderButNoBranch() {
        Path keys = dir.resolve("keys");
        Keys.file(keys, "akimat-1010.p12", "rw-------");
        assertThat(KeyCustody.violations(Deployment.MIO_WORKSTATION, keys, dir.resolve("trust"))).isEmpty();

        Keys.file(keys, "labour-market-registry.p12", "rw-------");
        assertThat(KeyCustody.violations(Deployment.MIO_WORKSTATION, keys, dir.resolve("trust"))).singleElement()
                .asString().contains("labour-market-registry");
    }

    @Test
    void aKeyOfNoParticipantAtAllIsRefusedToo() {
        Path keys = dir.resolve("keys");
        Keys.file(keys, "rsa-ca.p12", "rw-------");
        assertThat(KeyCustody.violations(Deployment.GATEWAY_ROUTER, keys, dir.resolve("trust"))).singleElement()
                .asString().contains("rsa-ca");
    }
}
