package kz.egov.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The participants of the local stack and the tests ({@code reference/participants.yaml}): the portal, the registry,
 * State Corporation branches and МИО providers of the regulations' regions, with the routing table. The gateway seeds
 * its registry from it, mio-workstation its tenants, citizens-corp-adapter its branches, and the local PKI issues each
 * a system certificate.
 */
public final class Participants {

    /** One participant. {@code kato} is the territory served, {@code providerType} set for providers only. */
    /** @param mayRead what it may read through the gateway's sealed read-only API (e.g. EVIDENCE), often nothing */
    public record Seed(String id, String kind, String name, String bin, String kato, String providerType,
            List<String> maySend, List<String> services, List<String> channels, List<String> mayRead) {

        public Seed {
            mayRead = mayRead == null ? List.of() : List.copyOf(mayRead);
        }
    }

    /** A routing rule: for this provider type and KATO prefix, this participant. */
    public record Route(String providerType, String katoPrefix, String participant) {
    }

    private record File(String note, List<Seed> participants, List<Route> routing) {
    }

    private static final File FILE = load();

    private Participants() {
    }

    public static List<Seed> all() {
        return FILE.participants();
    }

    public static List<Seed> ofKind(String kind) {
        return FILE.participants().stream().filter(p -> p.kind().equals(kind)).toList();
    }

    public static Seed byId(String id) {
        return FILE.participants().stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no participant " + id));
    }

    public static List<Route> routing() {
        return FILE.routing();
    }

    private static File load() {
        try (InputStream in = Participants.class.getResourceAsStream("/reference/participants.yaml")) {
            return new ObjectMapper(new YAMLFactory()).disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(in, File.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
