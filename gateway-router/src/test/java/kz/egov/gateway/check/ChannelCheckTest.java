package kz.egov.gateway.check;

import static kz.egov.gateway.check.Requests.on;
import static kz.egov.gateway.check.Requests.read;
import static kz.egov.gateway.check.Requests.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import kz.egov.catalog.ServiceCatalog;
import kz.egov.contract.message.Channel;
import kz.egov.contract.message.PersonRecord;
import kz.egov.contract.message.ServiceRequest;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.gateway.Citizens;
import kz.egov.gateway.evidence.RecordingEvidenceLog;
import kz.egov.gateway.participant.FixedParticipantRegistry;
import kz.egov.gateway.participant.Participant;
import org.junit.jupiter.api.Test;

/**
 * Step 2, the channel: the channel of the sender's kind, a base service of the catalog, offered on the channel in
 * some region; {@code SENDER_MAY_SUBMIT} recorded only when all of it holds.
 */
class ChannelCheckTest {

    private static final ServiceCatalog CATALOG = ServiceCatalog.loadDefault();

    private final RecordingEvidenceLog evidence = new RecordingEvidenceLog();
    private final ChannelCheck check = new ChannelCheck(CATALOG, evidence);
    private final PersonRecord citizen = Citizens.livingIn("43101");
    private final Participant portal = FixedParticipantRegistry.seeded("portal");

    @Test
    void aServiceOfferedOnTheSendersChannelPassesAndIsRecorded() {
        ServiceRequest request = Citizens.portalRequest(citizen, "JOB_SEEKER_REGISTRATION", List.of());
        CheckContext context = read(portal, request);
        assertThat(check.check(context)).isEqualTo(context);
        assertThat(evidence.rows()).singleElement().satisfies(r -> {
            assertThat(r.subject()).isEqualTo("SENDER_MAY_SUBMIT");
            assertThat(r.requestId()).isEqualTo(request.requestId());
            assertThat(r.detail()).isEqualTo(Map.of("service", "JOB_SEEKER_REGISTRATION",
                    "channel", "PORTAL"));
        });
    }

    @Test
    void aChannelOfAnotherKindOfSenderIsRefused() {
        // registered for every channel, the portal still submits on the portal's channel only
        Participant anyChannel = new Participant(portal.id(), portal.kind(), portal.name(), portal.bin(),
                portal.kato(), null, null, true, portal.maySend(), portal.services(),
                Set.of("PORTAL", "STATE_CORPORATION", "PROVIDER_OFFICE", "VIA_OTHER_BODY"));
        ServiceRequest request = Citizens.portalRequest(citizen, "UNEMPLOYED_CERTIFICATE", List.of());
        ServiceRequest viaBranch = on(request, Channel.STATE_CORPORATION, request.submitter());
        refusal(() -> check.check(read(anyChannel, viaBranch)), ReasonCode.MSG_NOT_PERMITTED);
        assertThat(evidence.rows()).isEmpty();
    }

    @Test
    void theRegistrySubmitsOnNoChannel() {
        ServiceRequest request = Citizens.portalRequest(citizen, "JOB_SEEKER_REGISTRATION", List.of());
        refusal(() -> check.check(read(FixedParticipantRegistry.seeded("labour-market-registry"), request)),
                ReasonCode.MSG_NOT_PERMITTED);
        assertThat(evidence.rows()).isEmpty();
    }

    @Test
    void aServiceNotInTheCatalogIsRefused() {
        ServiceRequest request = Citizens.portalRequest(citizen, "NO_SUCH_SERVICE", List.of());
        refusal(() -> check.check(read(portal, request)), ReasonCode.SERVICE_UNKNOWN);
        assertThat(evidence.rows()).isEmpty();
    }

    @Test
    void aServiceWithoutTheChannelInAnyRegionIsRefused() {
        // UNEMPLOYED_REGISTRATION has no PORTAL channel in any region's regulation
        ServiceRequest request = Citizens.portalRequest(citizen, "UNEMPLOYED_REGISTRATION", List.of());
        refusal(() -> check.check(read(portal, request)), ReasonCode.SERVICE_NOT_ON_CHANNEL);
        assertThat(evidence.rows()).isEmpty();
    }
}
