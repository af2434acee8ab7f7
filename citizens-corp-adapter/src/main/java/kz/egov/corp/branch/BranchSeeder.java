package kz.egov.corp.branch;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import kz.egov.corp.config.CorpConfig;
import kz.egov.corp.operator.OperatorSeeds;
import kz.egov.corp.operator.Operators;
import kz.egov.reference.Participants;
import org.jboss.logging.Logger;

/**
 * On first start, the branches of the reference participants and a few operators per branch (deterministic IINs,
 * the initial password from {@code egov.corp.seed-operator-password}; without it they can sign in by EDS only).
 */
@ApplicationScoped
public class BranchSeeder {

    private static final Logger LOG = Logger.getLogger(BranchSeeder.class);

    private final Branches branches;
    private final Operators operators;
    private final boolean seed;
    private final int perBranch;
    private final Optional<String> password;

    BranchSeeder(Branches branches, Operators operators, CorpConfig config) {
        this.branches = branches;
        this.operators = operators;
        this.seed = config.corp().seed();
        this.perBranch = config.corp().seedOperatorsPerBranch();
        this.password = config.corp().seedOperatorPassword();
    }

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
