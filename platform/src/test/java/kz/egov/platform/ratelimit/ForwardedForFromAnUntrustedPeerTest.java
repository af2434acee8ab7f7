package kz.egov.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Issue [wave 2 · 6/16]: "The client is the address from a trusted proxy's `X-Forwarded-For` (configured list) or the
 * peer address" — a header from anyone else, or written by the client before the proxy's entry, names nobody.
 */
class ForwardedForFromAnUntrustedPeerTest {

    private final ClientAddress behindProxies = new ClientAddress(List.of("10.0.0.5", "192.168.10.0/24", "::1"));

    @Test
    void aPeerThatIsNoTrustedProxyIsTheClientWhateverItsHeaderSays() {
        assertThat(behindProxies.of("203.0.113.9", List.of("198.51.100.1"))).isEqualTo("203.0.113.9");
        assertThat(new ClientAddress(List.of()).of("127.0.0.1", List.of("198.51.100.1"))).isEqualTo("127.0.0.1");
    }

    @Test
    void behindATrustedProxyTheClientIsTheRightMostAddressNotAProxy() {
        assertThat(behindProxies.of("10.0.0.5", List.of("198.51.100.1"))).isEqualTo("198.51.100.1");
        // the client wrote 1.2.3.4 itself; the outer proxy appended what it saw, the inner proxy (in the range) too
        assertThat(behindProxies.of("10.0.0.5", List.of("1.2.3.4, 198.51.100.1", "192.168.10.7")))
                .isEqualTo("198.51.100.1");
        assertThat(behindProxies.of("::1", List.of("[2001:db8::7]:4711"))).isEqualTo("2001:db8::7");
        assertThat(behindProxies.of("10.0.0.5", List.of("198.51.100.1:5555"))).isEqualTo("198.51.100.1");
    }

    @Test
    void aTrustedProxyWithoutTheHeaderIsItselfTheClient() {
        assertThat(behindProxies.of("192.168.10.3", List.of())).isEqualTo("192.168.10.3");
    }

    @Test
    void aProxyListThatIsNotAddressesDoesNotStart() {
        assertThatThrownBy(() -> new ClientAddress(List.of("proxy.example.kz"))).isInstanceOf(
                IllegalArgumentException.class).hasMessageContaining("proxy.example.kz");
        assertThatThrownBy(() -> new ClientAddress(List.of("10.0.0.0/33"))).isInstanceOf(IllegalArgumentException.class);
    }
}
