package kz.egov.gateway.check;

import static kz.egov.gateway.check.Requests.on;
import static kz.egov.gateway.check.Requests.read;
import static kz.egov.gateway.check.Requests.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import kz.egov.catalog.ServiceCatalog;
import kz.egov.contract.message.Channel;
import kz.egov.contract.message.PersonRecord;
import kz.egov.contract.message.ServiceRequest;
import kz.egov.contract.message.SignerRole;
import kz.egov.contract.message.Submitter;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.gateway.Citizens;
import kz.egov.gateway.evidence.RecordingEvidenceLog;
import kz.egov.gateway.participant.FixedParticipantRegistry;
import kz.egov.gateway.participant.Participant;
import kz.egov.gateway.routing.FixedRoutingTable;
import kz.egov.gateway.routing.Route;
import org.junit.jupiter.api.Test;

/**
 * Step 6, the routing: the variant of the citizen's region on the request's channel, and the provider of its type for
 * the citizen's KATO (the most specific prefix), or the walk-in provider itself; {@code ROUTING} recorded.
 */
class RoutingCheckTest {

    private static final ServiceCatalog CATALOG = ServiceCatalog.loadDefault();

    private final FixedParticipantRegistry participants = FixedParticipantRegistry.seeded();
    private final RecordingEvidenceLog evidence = new RecordingEvidenceLog();
    private final RoutingCheck check = new RoutingCheck(FixedRoutingTable.seeded().chooser(CATALOG, participants),
            evidence);
    private final Participant portal = FixedParticipantRegistry.seeded("portal");

    @Test
    void theVariantOfTheCitizensRegionGoesToTheProviderOfTheMostSpecificPrefix() {
        assertThat(routeOf(Citizens.livingIn("43101"))).isEqualTo(Map.of("variant", "V06",
                "providerType", "EMPLOYMENT_CENTRE", "katoPrefix", "4310", "provider", "ec-4310"));
        assertThat(routeOf(Citizens.livingIn("4332"))).isEqualTo(Map.of("variant", "V06",
                "providerType", "EMPLOYMENT_CENTRE", "katoPrefix", "43", "provider", "ec-43"));
    }

    private Map<String, ?> routeOf(PersonRecord citizen) {
        ServiceRequest request = Citizens.portalRequest(citizen, "JOB_SEEKER_REGISTRATION", List.of());
        CheckContext routed = check.check(read(portal, request).withPerson(citizen));
        assertThat(routed.route().provider().id()).isEqualTo(evidence.rows().get(evidence.rows().size() - 1)
                .detail().get("provider"));
        return evidence.rows().get(evidence.rows().size() - 1).detail();
    }

    @Test
    void aWalkInStaysWithItsOwnProvider() {
        PersonRecord citizen = Citizens.livingIn("4332");
        Participant office = participants.find("ec-4310").orElseThrow();
        ServiceRequest request = Citizens.portalRequest(citizen, "JOB_SEEKER_REGISTRATION", List.of());
        ServiceRequest walkIn = on(request, Channel.PROVIDER_OFFICE,
                new Submitter(SignerRole.OFFICER, citizen.iin(), office.bin()));
        Route route = check.check(read(office, walkIn).withPerson(citizen)).route();
        assertThat(route.provider()).isEqualTo(office);
        assertThat(route.katoPrefix()).isEqualTo(office.kato());
        assertThat(evidence.subjects()).containsExactly("ROUTING");
    }

    @Test
    void aCitizenOfARegionWithoutAVariantIsRefused() {
        // no region's regulation of JOB_SEEKER_REGISTRATION covers KATO 55
        PersonRecord citizen = Citizens.livingIn("55");
        ServiceRequest request = Citizens.portalRequest(citizen, "JOB_SEEKER_REGISTRATION", List.of());
        refusal(() -> check.check(read(portal, request).withPerson(citizen)), ReasonCode.ROUTE_NOT_FOUND);
        assertThat(evidence.rows()).isEmpty();
    }

    @Test
    void aVariantNotProvidedOnTheRequestsChannelIsRefused() {
        // V06 (Kyzylorda) has no STATE_CORPORATION channel, V11 (East Kazakhstan) has
        PersonRecord citizen = Citizens.livingIn("43101");
        Participant branch = participants.find("con-43").orElseThrow();
        ServiceRequest request = Citizens.portalRequest(citizen, "JOB_SEEKER_REGISTRATION", List.of());
        ServiceRequest atBranch = on(request, Channel.STATE_CORPORATION,
                new Submitter(SignerRole.OPERATOR, citizen.iin(), branch.bin()));
        refusal(() -> check.check(read(branch, atBranch).withPerson(citizen)), ReasonCode.SERVICE_NOT_ON_CHANNEL);
        assertThat(evidence.rows()).isEmpty();
    }

    @Test
    void aCitizenWhoseKatoNoProviderServesIsRefused() {
        RoutingCheck withoutRules = new RoutingCheck(new FixedRoutingTable(List.of()).chooser(CATALOG, participants),
                evidence);
        PersonRecord citizen = Citizens.livingIn("43101");
        ServiceRequest request = Citizens.portalRequest(citizen, "JOB_SEEKER_REGISTRATION", List.of());
        refusal(() -> withoutRules.check(read(portal, request).withPerson(citizen)), ReasonCode.ROUTE_NOT_FOUND);
        assertThat(evidence.rows()).isEmpty();
    }
}
