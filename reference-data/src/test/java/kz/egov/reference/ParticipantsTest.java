package kz.egov.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import kz.egov.eds.identity.Bin;
import org.junit.jupiter.api.Test;

/** The seeded participants: one of each kind at least, valid BINs, and a routing table pointing at real providers. */
class ParticipantsTest {

    @Test
    void everyKindIsPresentAndBinsAreValid() {
        assertThat(Participants.ofKind("PORTAL")).hasSize(1);
        assertThat(Participants.ofKind("REGISTRY")).hasSize(1);
        assertThat(Participants.ofKind("BRANCH")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(Participants.ofKind("PROVIDER")).hasSizeGreaterThanOrEqualTo(20);
        assertThat(Participants.all()).allSatisfy(p -> assertThat(Bin.isValid(p.bin())).as(p.id()).isTrue());
        assertThat(Participants.ofKind("BRANCH").stream().map(Participants.Seed::bin).distinct())
                .as("one State Corporation BIN for every branch").hasSize(1);
    }

    @Test
    void routingPointsAtProvidersOfTheRightType() {
        Set<String> seen = new HashSet<>();
        for (Participants.Route r : Participants.routing()) {
            Participants.Seed p = Participants.byId(r.participant());
            assertThat(p.kind()).isEqualTo("PROVIDER");
            assertThat(p.providerType()).isEqualTo(r.providerType());
            assertThat(seen.add(r.providerType() + "/" + r.katoPrefix())).as("unique rule").isTrue();
        }
    }

    @Test
    void everyDistrictButPavlodarHasADistrictDepartment() {
        for (District d : Districts.all()) {
            boolean routed = Participants.routing().stream().anyMatch(r -> r.providerType()
                    .equals("DISTRICT_EMPLOYMENT_DEPARTMENT") && d.kato().startsWith(r.katoPrefix()));
            assertThat(routed).as(d.name()).isEqualTo(!d.region().equals("PAVLODAR"));
        }
    }
}
