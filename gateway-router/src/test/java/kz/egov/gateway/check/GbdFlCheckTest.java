package kz.egov.gateway.check;

import static kz.egov.gateway.check.Requests.read;
import static kz.egov.gateway.check.Requests.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import kz.egov.contract.message.PersonRecord;
import kz.egov.contract.message.ServiceRequest;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.eds.identity.IinGenerator;
import kz.egov.eds.identity.Sex;
import kz.egov.gateway.Citizens;
import kz.egov.gateway.config.TestGatewayConfig;
import kz.egov.gateway.evidence.RecordingEvidenceLog;
import kz.egov.gateway.participant.FixedParticipantRegistry;
import kz.egov.gateway.participant.Participant;
import kz.egov.gateway.person.FixedPersonDirectory;
import org.junit.jupiter.api.Test;

/** Step 5, ГБД ФЛ: the applicant exists, is alive and has a registered address; the read is the gateway's. */
class GbdFlCheckTest {

    private final PersonRecord living = Citizens.livingIn("43101");
    private final PersonRecord deceased = Citizens.deceased();
    private final PersonRecord homeless = Citizens.withoutAddress();
    private final FixedPersonDirectory directory = new FixedPersonDirectory(living, deceased, homeless);
    private final RecordingEvidenceLog evidence = new RecordingEvidenceLog();
    private final GbdFlCheck check = new GbdFlCheck(directory, evidence, new TestGatewayConfig("gateway"));
    private final Participant portal = FixedParticipantRegistry.seeded("portal");

    @Test
    void aLivingApplicantWithAnAddressIsReadAndRecorded() {
        ServiceRequest request = Citizens.portalRequest(living, "JOB_SEEKER_REGISTRATION", List.of());
        assertThat(check.check(read(portal, request)).person()).isEqualTo(living);
        assertThat(directory.reads()).containsExactly(new FixedPersonDirectory.Read("gateway", living.iin(),
                "routing of a service request", request.requestId()));
        assertThat(evidence.rows()).singleElement().satisfies(r -> {
            assertThat(r.subject()).isEqualTo("GBD_FL");
            assertThat(r.detail()).isEqualTo(Map.of("kato", living.addressKato()));
        });
    }

    @Test
    void anApplicantUnknownToGbdFlIsRefused() {
        String unknownIin = IinGenerator.nth(LocalDate.of(1931, 2, 3), Sex.MALE, 5);
        PersonRecord ghost = new PersonRecord(unknownIin, "Неизвестный", "Иван", null, LocalDate.of(1931, 2, 3), "M",
                false, null, "431010000", null);
        ServiceRequest request = Citizens.portalRequest(ghost, "JOB_SEEKER_REGISTRATION", List.of());
        refusal(() -> check.check(read(portal, request)), ReasonCode.PERSON_NOT_FOUND);
        assertThat(directory.reads()).as("the read is logged all the same").hasSize(1);
        assertThat(evidence.rows()).isEmpty();
    }

    @Test
    void aDeceasedApplicantIsRefused() {
        ServiceRequest request = Citizens.portalRequest(deceased, "JOB_SEEKER_REGISTRATION", List.of());
        refusal(() -> check.check(read(portal, request)), ReasonCode.PERSON_DECEASED);
        assertThat(evidence.rows()).isEmpty();
    }

    @Test
    void anApplicantWithoutARegisteredAddressIsRefused() {
        ServiceRequest request = Citizens.portalRequest(homeless, "JOB_SEEKER_REGISTRATION", List.of());
        refusal(() -> check.check(read(portal, request)), ReasonCode.PERSON_NO_REGISTERED_ADDRESS);
        assertThat(evidence.rows()).isEmpty();
    }
}
