package kz.egov.platform.pki;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import kz.egov.contract.topic.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue [wave 2 · 5/16]: "Key files mode 600": a system key others may read is refused at start. */
class KeyReadableByOthersTest {

    @TempDir
    Path dir;

    @Test
    void aKeyTheGroupOrOthersMayReadIsRefused() {
        Path keys = dir.resolve("keys");
        Keys.file(keys, "portal.p12", "rw-r--r--");
        assertThat(KeyCustody.violations(Deployment.PORTAL_ADAPTER, keys, dir.resolve("trust"))).singleElement()
                .asString().contains("portal.p12: readable by others than its owner");
    }
}
