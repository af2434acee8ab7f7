package kz.egov.gateway.check;

import static kz.egov.gateway.check.Requests.read;
import static kz.egov.gateway.check.Requests.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import kz.egov.contract.message.PersonRecord;
import kz.egov.contract.message.ServiceRequest;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.gateway.Citizens;
import kz.egov.gateway.participant.FixedParticipantRegistry;
import kz.egov.gateway.participant.Participant;
import org.junit.jupiter.api.Test;

/** Step 2, the sender's permission: the services and channels the participant registry lets the sender submit. */
class SenderPermissionCheckTest {

    private final SenderPermissionCheck check = new SenderPermissionCheck();
    private final PersonRecord citizen = Citizens.livingIn("43101");

    @Test
    void aSenderRegisteredForTheServiceOnTheChannelPasses() {
        CheckContext context = read(FixedParticipantRegistry.seeded("portal"),
                Citizens.portalRequest(citizen, "JOB_SEEKER_REGISTRATION", List.of()));
        assertThat(check.check(context)).isEqualTo(context);
    }

    @Test
    void aServiceTheSenderIsNotRegisteredForIsRefused() {
        Participant portal = FixedParticipantRegistry.seeded("portal");
        Participant onlyCertificates = new Participant(portal.id(), portal.kind(), portal.name(), portal.bin(),
                portal.kato(), portal.providerType(), null, true, portal.maySend(), Set.of("UNEMPLOYED_CERTIFICATE"),
                portal.channels());
        ServiceRequest request = Citizens.portalRequest(citizen, "JOB_SEEKER_REGISTRATION", List.of());
        refusal(() -> check.check(read(onlyCertificates, request)), ReasonCode.MSG_NOT_PERMITTED);
    }

    @Test
    void aChannelTheSenderIsNotRegisteredForIsRefused() {
        // a branch is registered for STATE_CORPORATION only
        ServiceRequest request = Citizens.portalRequest(citizen, "JOB_SEEKER_REGISTRATION", List.of());
        refusal(() -> check.check(read(FixedParticipantRegistry.seeded("con-43"), request)),
                ReasonCode.MSG_NOT_PERMITTED);
    }
}
