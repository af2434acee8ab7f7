package kz.egov.mio.officer;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import kz.egov.mio.config.MioConfig;
import kz.egov.mio.provider.Providers;
import kz.egov.platform.admin.PasswordHashing;
import kz.egov.reference.Participants;
import org.jboss.logging.Logger;

/**
 * First start: the reference list's providers become tenants, each with its seeded officers (when
 * {@code egov.mio.seed-officer-password} is set; the local stack sets it). Later starts change nothing.
 */
@ApplicationScoped
public class Tenants {

    private static final Logger LOG = Logger.getLogger(Tenants.class);

    private final Providers providers;
    private final Officers officers;
    private final Optional<String> seedPassword;

    Tenants(Providers providers, Officers officers, MioConfig config) {
        this.providers = providers;
        this.officers = officers;
        this.seedPassword = config.mio().seedOfficerPassword();
    }

    void seed(@Observes StartupEvent event) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (providers.count() > 0) {
                return;
            }
            String hash = seedPassword.filter(p -> !p.isBlank()).map(PasswordHashing::hash).orElse(null);
            for (Participants.Seed p : Participants.ofKind("PROVIDER")) {
                providers.create(p.id(), p.name(), p.bin(), p.kato(), p.providerType());
                if (hash != null) {
                    for (OfficerSeeds.Seed o : OfficerSeeds.of(p.id())) {
                        officers.create(p.id(), o.iin(), o.surname(), o.givenName(), o.roles(), hash);
                    }
                }
            }
            LOG.infof("seeded %d providers and %d officers", providers.count(), officers.count());
        });
    }
}
