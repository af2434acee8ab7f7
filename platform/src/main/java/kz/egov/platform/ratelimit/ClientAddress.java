package kz.egov.platform.ratelimit;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who the client of a request is, for its rate limits: the peer address of the connection, unless the peer is one of
 * the configured trusted reverse proxies ({@code egov.rate-limits.trusted-proxies}: addresses or CIDR ranges). Then it
 * is the right-most address of {@code X-Forwarded-For} that is not itself a trusted proxy: the address the outermost
 * trusted proxy saw. Entries left of it were written by the client and prove nothing, so a client cannot pick its own
 * bucket by sending the header; a peer that is not a trusted proxy is never believed.
 */
public final class ClientAddress {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final List<Range> trusted;

    public ClientAddress(List<String> trustedProxies) {
        this.trusted = trustedProxies.stream().map(String::trim).filter(s -> !s.isEmpty()).map(Range::parse).toList();
    }

    /** The client of a request from {@code peer} with these {@code X-Forwarded-For} header values (maybe none). */
    public String of(String peer, List<String> forwardedFor) {
        if (!isTrusted(peer) || forwardedFor.isEmpty()) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        forwardedFor.forEach(h -> Arrays.stream(h.split(",")).map(ClientAddress::host).filter(s -> !s.isEmpty())
                .forEach(hops::add));
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!isTrusted(hops.get(i))) {
                return hops.get(i);
            }
        }
        return hops.isEmpty() ? peer : hops.get(0);
    }

    private boolean isTrusted(String address) {
        Optional<byte[]> bytes = literal(address);
        return bytes.isPresent() && trusted.stream().anyMatch(r -> r.contains(bytes.get()));
    }

    /** An entry without its port ({@code 203.0.113.7:4711}, {@code [2001:db8::1]:4711}). */
    private static String host(String entry) {
        String e = entry.trim();
        if (e.startsWith("[")) {
            int end = e.indexOf(']');
            return end > 0 ? e.substring(1, end) : e;
        }
        int colon = e.indexOf(':');
        return colon > 0 && e.indexOf(':', colon + 1) < 0 ? e.substring(0, colon) : e;
    }

    /** The bytes of an IP literal; never a name looked up in DNS. */
    static Optional<byte[]> literal(String address) {
        if (address == null || !(IPV4.matcher(address).matches() || address.indexOf(':') >= 0)) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(address).getAddress());
        } catch (UnknownHostException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** A trusted proxy's address, or a CIDR range of them. */
    private record Range(byte[] network, int prefix) {

        static Range parse(String text) {
            int slash = text.indexOf('/');
            String address = slash < 0 ? text : text.substring(0, slash);
            byte[] bytes = literal(address).orElseThrow(() -> new IllegalArgumentException(
                    "egov.rate-limits.trusted-proxies: " + text + " is not an IP address or CIDR range"));
            int prefix = slash < 0 ? bytes.length * 8 : Integer.parseInt(text.substring(slash + 1));
            if (prefix < 0 || prefix > bytes.length * 8) {
                throw new IllegalArgumentException("egov.rate-limits.trusted-proxies: bad prefix in " + text);
            }
            return new Range(bytes, prefix);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
