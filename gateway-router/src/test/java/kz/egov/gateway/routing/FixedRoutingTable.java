package kz.egov.gateway.routing;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.inject.Vetoed;

import kz.egov.catalog.ServiceCatalog;
import kz.egov.gateway.participant.ParticipantRegistry;
import kz.egov.reference.Participants;

/** The routing table of a unit test: the rules it is given, or the local stack's as seeded; the most specific wins. */
@Vetoed
public class FixedRoutingTable extends Router {

    private final List<Rule> rules;

    public FixedRoutingTable(List<Rule> rules) {
        super(null, null);
        this.rules = List.copyOf(rules);
    }

    /** The table the gateway seeds on its first start ({@code ParticipantSeeder}). */
    public static FixedRoutingTable seeded() {
        List<Participants.Route> seeds = Participants.routing();
        return new FixedRoutingTable(seeds.stream().map(r -> new Rule(seeds.indexOf(r), r.providerType(),
                r.katoPrefix(), r.participant())).toList());
    }

    /** The choice of variant and provider over this table. */
    public RouteChooser chooser(ServiceCatalog catalog, ParticipantRegistry participants) {
        return new RouteChooser(catalog, this, participants);
    }

    @Override
    public void holdTable() {
    }

    @Override
    public Optional<Rule> route(String providerType, String kato) {
        if (kato == null) {
            return Optional.empty();
        }
        return rules.stream().filter(r -> r.providerType().equals(providerType) && kato.startsWith(r.katoPrefix()))
                .max(Comparator.comparingInt(r -> r.katoPrefix().length()));
    }

    @Override
    public List<Rule> list() {
        return rules;
    }
}
