package kz.egov.registry;

import static kz.egov.contract.message.RegistryCommandType.QUERY_CARD;
import static kz.egov.contract.message.RegistryCommandType.REGISTER_JOB_SEEKER;
import static kz.egov.registry.Registry.command;
import static kz.egov.registry.Registry.data;
import static kz.egov.registry.Registry.identity;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.message.PersonRecord;
import kz.egov.contract.message.RegistryCommand;
import kz.egov.contract.message.RegistryCommandAttestation;
import kz.egov.contract.message.RegistryEvent;
import kz.egov.testinfra.EgovInfrastructureResource;
import org.junit.jupiter.api.Test;

/**
 * Issue [wave 2 · 6/16]: "Registry commands reach АИС «Рынок труда» only for a request routed to the sending provider
 * … (by a gateway check …, and again by the registry)": a command the gateway does not attest as routed to its sender
 * is refused and changes no card.
 */
@QuarkusTest
@QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)
class CommandForARequestNotRoutedToTheSenderTest extends WithRegistry {

    @Test
    void aRequestRoutedToAnotherProviderIsRefusedAndNothingIsWritten() {
        PersonRecord citizen = People.anyone();
        RegistryCommand cmd = command(REGISTER_JOB_SEEKER, citizen.iin(), identity(citizen).put("channel", "PORTAL"));
        Envelope original = registry.original(Registry.PROVIDER, cmd);
        registry.publish(registry.hop(original, new RegistryCommandAttestation(cmd.requestId(), "ec-4710",
                citizen.iin(), Registry.variantFor(cmd.command()), Instant.now())));

        RegistryEvent answer = registry.answerTo(original);
        assertThat(answer.accepted()).isFalse();
        assertThat(answer.reasonCode()).isEqualTo("MSG_NOT_ROUTED_TO_SENDER");
        assertThat(Registry.hasCard(answer)).as("no card of someone else's applicant").isFalse();
        assertThat(Registry.hasCard(registry.send(command(QUERY_CARD, citizen.iin(), data()))))
                .as("no registration written").isFalse();
    }

    @Test
    void aCommandWithoutTheGatewaysAttestationIsRefused() {
        PersonRecord citizen = People.anyone();
        RegistryCommand cmd = command(REGISTER_JOB_SEEKER, citizen.iin(), identity(citizen).put("channel", "PORTAL"));
        Envelope original = registry.original(Registry.PROVIDER, cmd);
        registry.publish(registry.hop(original, null));

        RegistryEvent answer = registry.answerTo(original);
        assertThat(answer.accepted()).isFalse();
        assertThat(answer.reasonCode()).isEqualTo("MSG_NOT_ROUTED_TO_SENDER");
    }
}
