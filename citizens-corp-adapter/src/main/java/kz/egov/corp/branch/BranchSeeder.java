package kz.egov.corp.branch;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import kz.egov.corp.operator.OperatorSeeds;
import kz.egov.corp.operator.Operators;
import kz.egov.reference.Participants;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * On first start, the branches of the reference participants and a few operators per branch (deterministic IINs,
 * the initial password from {@code egov.corp.seed-operator-password}; without it they can sign in by EDS only).
 */
@ApplicationScoped
public class BranchSeeder {

    private static final Logger LOG = Logger.getLogger(BranchSeeder.class);

    @Inject
    Branches branches;

    @Inject
    Operators operators;

    @ConfigProperty(name = "egov.corp.seed", defaultValue = "true")
    boolean seed;

    @ConfigProperty(name = "egov.corp.seed-operators-per-branch", defaultValue = "2")
    int perBranch;

    @ConfigProperty(name = "egov.corp.seed-operator-password")
    Optional<String> password;

    void onStart(@Observes StartupEvent event) {
        if (!seed) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            if (branches.count() > 0) {
                return;
            }
            List<Participants.Seed> seeds = Participants.ofKind("BRANCH");
            for (int i = 0; i < seeds.size(); i++) {
                Participants.Seed s = seeds.get(i);
                branches.save(new Branch(s.id(), s.name(), s.bin(), s.kato(), true));
                for (int k = 0; k < perBranch; k++) {
                    OperatorSeeds.Seed op = OperatorSeeds.seed(s.id(), i, k);
                    operators.create(s.id(), op.login(), op.iin(), op.surname(), op.givenName(),
                            password.filter(p -> !p.isBlank()).orElse(null));
                }
            }
            LOG.infof("ИС ЦОН seeded: %d branches, %d operators each%s", seeds.size(), perBranch,
                    password.isPresent() ? "" : " (no seed password: EDS sign-in only)");
        });
    }
}
