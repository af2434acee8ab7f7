package kz.egov.platform.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import kz.egov.contract.topic.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue [wave 2 · 5/16]: "CA keys live only where the development НУЦ runs … A service refuses to start … with a CA
 * key in reach": a key anywhere under its trust directory stops it.
 */
class CaKeyInTheTrustDirectoryTest {

    @TempDir
    Path dir;

    @Test
    void aServiceGivenTheNucsKeysDoesNotStart() {
        Path trust = dir.resolve("trust");
        Keys.file(trust, "rsa-root.cer", "rw-r--r--");
        Keys.file(trust.resolve("crl"), "rsa.crl", "rw-r--r--");
        Path keys = dir.resolve("keys");
        Keys.file(keys, "labour-market-registry.p12", "rw-------");
        assertThat(KeyCustody.violations(Deployment.LABOUR_MARKET_REGISTRY, keys, trust)).as("certificates and CRLs only")
                .isEmpty();

        Keys.file(trust.resolve("old"), "rsa-ca.p12", "rw-------");

        KeyCustody custody = new KeyCustody(Keys.settings("labour-market-registry", keys, trust));
        assertThatThrownBy(() -> custody.onStart(null)).isInstanceOf(KeyCustody.KeyCustodyException.class)
                .hasMessageContaining("rsa-ca.p12: a key in the trust directory");
    }
}
