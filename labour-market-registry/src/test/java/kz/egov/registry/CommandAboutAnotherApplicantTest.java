package kz.egov.registry;

import static kz.egov.contract.message.RegistryCommandType.DEREGISTER;
import static kz.egov.contract.message.RegistryCommandType.QUERY_CARD;
import static kz.egov.registry.Registry.command;
import static kz.egov.registry.Registry.data;
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
 * Issue [wave 2 · 6/16]: "a provider can send QUERY_CARD or DEREGISTER for any citizen … Registry commands reach АИС
 * «Рынок труда» only … about that request's applicant": a command about another citizen than the request's applicant
 * is refused without the card.
 */
@QuarkusTest
@QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)
class CommandAboutAnotherApplicantTest extends WithRegistry {

    @Test
    void aCardOrADeregistrationOfSomeoneElseIsRefused() {
        PersonRecord applicant = People.anyone();
        PersonRecord someoneElse = People.anyone();
        for (RegistryCommand cmd : new RegistryCommand[] {command(QUERY_CARD, someoneElse.iin(), data()),
            command(DEREGISTER, someoneElse.iin(), data("reason", "DEATH"))}) {
            Envelope original = registry.original(Registry.PROVIDER, cmd);
            registry.publish(registry.hop(original, new RegistryCommandAttestation(cmd.requestId(), Registry.PROVIDER,
                    applicant.iin(), Registry.variantFor(cmd.command()), Instant.now())));

            RegistryEvent answer = registry.answerTo(original);
            assertThat(answer.accepted()).as(cmd.command().name()).isFalse();
            assertThat(answer.reasonCode()).isEqualTo("MSG_APPLICANT_MISMATCH");
            assertThat(Registry.hasCard(answer)).isFalse();
        }
    }
}
