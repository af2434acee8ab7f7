package kz.egov.testinfra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FreePortsTest {

    @Test
    void portsLieBelowTheEphemeralRangeSoNoOutgoingConnectionCanTakeThem() {
        int ephemeralLow = FreePorts.ephemeralLow();
        for (int i = 0; i < 50; i++) {
            assertThat(FreePorts.next()).isBetween(FreePorts.LOWEST, ephemeralLow - 1);
        }
    }

    @Test
    void aPortIsNeverHandedOutTwice() {
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            assertThat(seen.add(FreePorts.next())).isTrue();
        }
    }
}
