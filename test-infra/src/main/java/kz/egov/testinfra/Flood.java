package kz.egov.testinfra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import org.eclipse.microprofile.config.ConfigProvider;

import io.restassured.response.Response;

/**
 * Spends a service's rate limit the way a flood would ([wave 2 · 6/16]): the tests' clients are named in
 * {@code X-Forwarded-For}, loopback being the tests' trusted proxy ({@code %test.egov.rate-limits.trusted-proxies}),
 * so each test spends buckets of its own and never those of the suite's other tests.
 */
public final class Flood {

    private static final AtomicInteger NEXT_CLIENT = new AtomicInteger((int) (System.nanoTime() & 0xffff));

    private Flood() {
    }

    /** A client address no other test uses (RFC 5737's TEST-NET-2 and -3). */
    public static String client() {
        int n = NEXT_CLIENT.incrementAndGet() & 0x1ffff;
        return (n < 0x10000 ? "198.51." : "203.0.") + ((n >> 8) & 0xff) + "." + (n & 0xff);
    }

    /** The configured capacity of {@code egov.rate-limits.limits.<limit>.<per>} ({@code per-client}, {@code per-iin}). */
    public static int capacity(String limit, String per) {
        return ConfigProvider.getConfig().getValue("egov.rate-limits.limits." + limit + "." + per + ".capacity",
                Integer.class);
    }

    /** Makes {@code times} calls ({@code call.apply(i)}), none of which may be refused by a rate limit. */
    public static void spend(int times, IntFunction<Response> call) {
        for (int i = 0; i < times; i++) {
            Response r = call.apply(i);
            assertThat(r.statusCode()).as("call %d of %d, within the limit: %s", i + 1, times, r.asString())
                    .isNotEqualTo(429);
        }
    }

    /** The answer of a spent limit: 429 problem+json RATE_LIMITED, with a Retry-After of at least a second. */
    public static void assertLimited(Response r) {
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(429);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.jsonPath().getString("code")).isEqualTo("RATE_LIMITED");
        assertThat(Long.parseLong(r.header("Retry-After"))).isGreaterThanOrEqualTo(1);
    }
}
