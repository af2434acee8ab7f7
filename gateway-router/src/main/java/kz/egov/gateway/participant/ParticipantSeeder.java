package kz.egov.gateway.participant;

import java.util.EnumSet;
import java.util.HashSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import kz.egov.contract.envelope.MessageType;
import kz.egov.gateway.config.GatewayConfig;
import kz.egov.gateway.routing.Router;
import kz.egov.reference.Participants;
import org.jboss.logging.Logger;

/** On first start, fills the participant registry and the routing table with the local stack's participants. */
@ApplicationScoped
public class ParticipantSeeder {

    private static final Logger LOG = Logger.getLogger(ParticipantSeeder.class);

    private final ParticipantRegistry registry;
    private final Router router;
    private final boolean seed;

    ParticipantSeeder(ParticipantRegistry registry, Router router, GatewayConfig config) {
        this.registry = registry;
        this.router = router;
        this.seed = config.gateway().seedParticipants();
    }

    void onStart(@Observes StartupEvent event) {
        if (!seed) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            if (registry.count() > 0) {
                return;
            }
            for (Participants.Seed s : Participants.all()) {
                EnumSet<MessageType> maySend = EnumSet.noneOf(MessageType.class);
                s.maySend().forEach(t -> maySend.add(MessageType.valueOf(t)));
                registry.save(new Participant(s.id(), ParticipantKind.valueOf(s.kind()), s.name(), s.bin(), s.kato(),
                        s.providerType(), null, true, maySend, new HashSet<>(s.services()),
                        new HashSet<>(s.channels())));
            }
            Participants.routing().forEach(r -> router.put(r.providerType(), r.katoPrefix(), r.participant()));
            LOG.infof("participant registry seeded: %d participants, %d routing rules", Participants.all().size(),
                    Participants.routing().size());
        });
    }
}
