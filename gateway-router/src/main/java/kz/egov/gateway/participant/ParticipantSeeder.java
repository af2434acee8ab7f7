package kz.egov.gateway.participant;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.HashSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import kz.egov.contract.envelope.MessageType;
import kz.egov.gateway.config.GatewayConfig;
import kz.egov.gateway.routing.Router;
import kz.egov.platform.pki.PkiSettings;
import kz.egov.reference.Participants;
import org.jboss.logging.Logger;

/**
 * On first start, fills the participant registry and the routing table with the local stack's participants, each
 * pinned to its system certificate from the pins file {@code egov up} writes; on every start, pins a participant still
 * without one from that file. A participant without a pin is refused (SealCheck).
 */
@ApplicationScoped
public class ParticipantSeeder {

    private static final Logger LOG = Logger.getLogger(ParticipantSeeder.class);
    private static final String PINS_FILE = "participant-pins.properties";

    private final ParticipantRegistry registry;
    private final Router router;
    private final ReadGrants grants;
    private final boolean seed;
    private final Path pinsFile;

    ParticipantSeeder(ParticipantRegistry registry, Router router, ReadGrants grants, GatewayConfig config,
            PkiSettings pki) {
        this.registry = registry;
        this.router = router;
        this.grants = grants;
        this.seed = config.gateway().seedParticipants();
        this.pinsFile = config.gateway().participantPins().orElse(pki.trustDir().resolve(PINS_FILE));
    }

    void onStart(@Observes StartupEvent event) {
        Map<String, String> pins = pins();
        QuarkusTransaction.requiringNew().run(() -> {
            if (seed && registry.count() == 0) {
                seed(pins);
            }
            if (seed && grants.none()) {
                // a registry seeded before read grants existed gets them once; afterwards they are the operators'
                for (Participants.Seed s : Participants.all()) {
                    if (registry.find(s.id()).isPresent()) {
                        s.mayRead().forEach(r -> grants.grant(s.id(), ReadGrant.valueOf(r)));
                    }
                }
            }
            for (Participant p : registry.list()) {
                String pin = pins.get(p.id());
                if (p.certificateSha256() == null && pin != null) {
                    registry.save(p.withCertificateSha256(pin));
                    LOG.infof("participant %s pinned to its system certificate %s", p.id(), pin);
                } else if (p.certificateSha256() == null) {
                    LOG.warnf("participant %s has no pinned system certificate: its messages and calls are refused "
                            + "until an operator pins one (PUT /admin/participants/%s)", p.id(), p.id());
                }
            }
        });
    }

    /** The pins file: participant id = SHA-256 (hex) of its system certificate; none when there is no file. */
    private Map<String, String> pins() {
        if (!Files.isRegularFile(pinsFile)) {
            LOG.warnf("no participant pins at %s", pinsFile);
            return Map.of();
        }
        Properties props = new Properties();
        try (Reader in = Files.newBufferedReader(pinsFile, StandardCharsets.UTF_8)) {
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable participant pins " + pinsFile, e);
        }
        Map<String, String> pins = new HashMap<>();
        props.stringPropertyNames().forEach(id -> pins.put(id, props.getProperty(id).trim().toLowerCase()));
        return pins;
    }

    private void seed(Map<String, String> pins) {
        for (Participants.Seed s : Participants.all()) {
            EnumSet<MessageType> maySend = EnumSet.noneOf(MessageType.class);
            s.maySend().forEach(t -> maySend.add(MessageType.valueOf(t)));
            registry.save(new Participant(s.id(), ParticipantKind.valueOf(s.kind()), s.name(), s.bin(), s.kato(),
                    s.providerType(), pins.get(s.id()), true, maySend, new HashSet<>(s.services()),
                    new HashSet<>(s.channels())));
        }
        Participants.routing().forEach(r -> router.put(r.providerType(), r.katoPrefix(), r.participant()));
        LOG.infof("participant registry seeded: %d participants, %d routing rules", Participants.all().size(),
                Participants.routing().size());
    }
}
