package kz.egov.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.message.RegistryCommand;
import kz.egov.contract.message.RegistryCommandAttestation;
import kz.egov.contract.message.RegistryCommandType;
import kz.egov.contract.topic.Topics;
import kz.egov.testinfra.EgovInfrastructureResource;
import kz.egov.testinfra.TestParticipant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue [wave 2 · 6/16]: "a provider can send QUERY_CARD or DEREGISTER for any citizen: the gateway and the registry
 * check only that providerId is the sender … Registry commands reach АИС «Рынок труда» only for a request routed to
 * the sending provider, about that request's applicant; anything else refused with a reason code".
 */
@QuarkusTest
@QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)
class RegistryCommandForAnotherProvidersRequestTest {

    private static final String PROVIDER = "ec-4310";
    private static final String APPLICANT = iin(1);
    private static final String SOMEONE_ELSE = iin(2);
    private static final String OFFICER = iin(3);

    static TestParticipant provider;
    static TestParticipant registry;

    @Inject
    EntityManager em;

    @BeforeAll
    static void start() {
        provider = new TestParticipant(PROVIDER, Topics.TO_PROVIDERS);
        registry = new TestParticipant("labour-market-registry", Topics.TO_REGISTRY);
    }

    @AfterAll
    static void stop() {
        provider.close();
        registry.close();
    }

    @Test
    void aCommandForARequestRoutedToAnotherProviderIsRefusedAndGoesNowhere() throws InterruptedException {
        String requestId = SealedCalls.routedTo(em, "ec-4710", APPLICANT);
        assertThat(refusal(command(requestId, APPLICANT))).isEqualTo("MSG_NOT_ROUTED_TO_SENDER");
        assertThat(refusal(command("req-never-routed-" + UUID.randomUUID(), APPLICANT)))
                .isEqualTo("MSG_NOT_ROUTED_TO_SENDER");
        Thread.sleep(500);
        assertThat(registry.received()).noneMatch(e -> e.correlationId().equals(requestId));
    }

    @Test
    void aCommandAboutAnotherCitizenThanTheApplicantIsRefused() {
        String requestId = SealedCalls.routedTo(em, PROVIDER, APPLICANT);
        assertThat(refusal(command(requestId, SOMEONE_ELSE))).isEqualTo("MSG_APPLICANT_MISMATCH");
    }

    @Test
    void itsOwnApplicantsCommandGoesOnWithTheGatewaysAttestation() throws java.io.IOException {
        String requestId = SealedCalls.routedTo(em, PROVIDER, APPLICANT);
        RegistryCommand cmd = command(requestId, APPLICANT);
        provider.send(MessageType.REGISTRY_COMMAND, "JOB_SEEKER_REGISTRATION", requestId, null, cmd, null);
        Envelope hop = registry.await(e -> e.correlationId().equals(requestId), Duration.ofSeconds(30));
        RegistryCommandAttestation attestation = EnvelopeCodec.json().readValue(hop.enrichment(),
                RegistryCommandAttestation.class);
        assertThat(attestation.requestId()).isEqualTo(requestId);
        assertThat(attestation.routedTo()).isEqualTo(PROVIDER);
        assertThat(attestation.applicantIin()).isEqualTo(APPLICANT);
        assertThat(attestation.variantCode()).as("[wave 2 · 7/16]: the registry applies the routed variant's rules")
                .isEqualTo("V06");
    }

    private static RegistryCommand command(String requestId, String iin) {
        return new RegistryCommand("cmd-" + UUID.randomUUID(), requestId, RegistryCommandType.QUERY_CARD, iin,
                OFFICER, PROVIDER, EnvelopeCodec.json().createObjectNode());
    }

    private static String iin(int n) {
        return kz.egov.eds.identity.IinGenerator.nth(java.time.LocalDate.of(1988, 8, 8), kz.egov.eds.identity.Sex.MALE,
                n);
    }

    private static String refusal(RegistryCommand cmd) {
        provider.send(MessageType.REGISTRY_COMMAND, "JOB_SEEKER_REGISTRATION", cmd.requestId(), null, cmd, null);
        return GatewayRejectionTest.rejectionOf(provider, cmd.requestId());
    }
}
