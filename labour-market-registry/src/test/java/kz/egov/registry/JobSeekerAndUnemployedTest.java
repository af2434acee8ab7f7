package kz.egov.registry;

import static kz.egov.contract.message.RegistryCommandType.CHECK_UNEMPLOYED_REGISTRATION;
import static kz.egov.contract.message.RegistryCommandType.DEREGISTER;
import static kz.egov.contract.message.RegistryCommandType.QUERY_CARD;
import static kz.egov.contract.message.RegistryCommandType.REGISTER_JOB_SEEKER;
import static kz.egov.contract.message.RegistryCommandType.REGISTER_UNEMPLOYED;
import static kz.egov.registry.Registry.command;
import static kz.egov.registry.Registry.data;
import static kz.egov.registry.Registry.identity;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.envelope.Envelopes;
import kz.egov.contract.message.PersonRecord;
import kz.egov.contract.message.RegistryEvent;
import kz.egov.contract.message.SignerRole;
import kz.egov.eds.verify.EdsVerifier;
import kz.egov.testinfra.EgovInfrastructureResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The executor «enters the citizen's data into АИС «Рынок труда»» (job seeker), registers the unemployed by the local
 * executive body's decision, deregisters, and before a certificate checks the registration and identification data.
 */
@QuarkusTest
@QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)
class JobSeekerAndUnemployedTest {

    static Registry registry;

    @Inject
    EdsVerifier verifier;

    @BeforeAll
    static void start() {
        registry = new Registry();
    }

    @AfterAll
    static void stop() {
        registry.close();
    }

    static ObjectNode jobSeekerData(PersonRecord p) {
        return identity(p).put("channel", "PORTAL");
    }

    static ObjectNode decision(String number) {
        return data("decisionNumber", number, "decisionDate", People.today().toString());
    }

    @Test
    void registeringAJobSeekerEntersTheCitizensDataIntoANewCardAndAnswersWithASealedEvent() {
        PersonRecord citizen = People.anyone();
        var cmd = command(REGISTER_JOB_SEEKER, citizen.iin(), jobSeekerData(citizen));
        Envelope original = registry.forward(Registry.PROVIDER, cmd);
        Envelope answer = registry.answerEnvelope(original);

        assertThat(answer.sender()).isEqualTo("labour-market-registry");
        assertThat(answer.recipient()).isEqualTo("gateway");
        assertThat(answer.correlationId()).isEqualTo(cmd.requestId());
        assertThat(Envelopes.verifySeal(answer, verifier.forRole(SignerRole.SYSTEM), Instant.now()).commonName())
                .isEqualTo("labour-market-registry");
        RegistryEvent event = Registry.event(answer);
        assertThat(event.accepted()).isTrue();
        assertThat(event.reasonCode()).isNull();
        assertThat(event.commandId()).isEqualTo(cmd.commandId());
        JsonNode card = event.card();
        assertThat(card.get("iin").asText()).isEqualTo(citizen.iin());
        assertThat(card.get("status").asText()).isEqualTo("JOB_SEEKER");
        assertThat(card.at("/identification/surname").asText()).isEqualTo(citizen.surname());
        assertThat(card.at("/identification/birthDate").asText()).isEqualTo(citizen.birthDate().toString());
        JsonNode registration = card.at("/registrations/0");
        assertThat(registration.get("kind").asText()).isEqualTo("JOB_SEEKER");
        assertThat(registration.get("active").asBoolean()).isTrue();
        assertThat(registration.get("registeredOn").asText()).isEqualTo(People.today().toString());
        assertThat(registration.get("providerId").asText()).isEqualTo("ec-4310");
        assertThat(registration.get("channel").asText()).isEqualTo("PORTAL");
        assertThat(registration.get("requestId").asText()).isEqualTo(cmd.requestId());
    }

    @Test
    void aSecondActiveJobSeekerRegistrationIsRefusedAndChangesNothing() {
        PersonRecord citizen = People.anyone();
        assertThat(registry.send(command(REGISTER_JOB_SEEKER, citizen.iin(), jobSeekerData(citizen))).accepted()).isTrue();

        RegistryEvent second = registry.send(command(REGISTER_JOB_SEEKER, citizen.iin(), jobSeekerData(citizen)));

        assertThat(second.accepted()).isFalse();
        assertThat(second.reasonCode()).isEqualTo("REGISTRY_ALREADY_JOB_SEEKER");
        assertThat(second.card().get("registrations")).hasSize(1);
        assertThat(second.card().get("history")).hasSize(1);
    }

    @Test
    void identificationDataThatContradictTheIinAreRefused() {
        PersonRecord citizen = People.anyone();
        ObjectNode wrong = jobSeekerData(citizen).put("birthDate", citizen.birthDate().plusDays(1).toString());

        RegistryEvent event = registry.send(command(REGISTER_JOB_SEEKER, citizen.iin(), wrong));

        assertThat(event.reasonCode()).isEqualTo("REGISTRY_IDENTITY_MISMATCH");
        assertThat(Registry.hasCard(event)).isFalse();
    }

    @Test
    void aCommandWithoutItsRequiredDataIsRefusedAsInvalid() {
        PersonRecord citizen = People.anyone();
        RegistryEvent event = registry.send(command(REGISTER_JOB_SEEKER, citizen.iin(), identity(citizen)));
        assertThat(event.accepted()).isFalse();
        assertThat(event.reasonCode()).isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void registrationAsUnemployedNeedsARegisteredJobSeeker() {
        PersonRecord citizen = People.withoutLabourActivity();

        RegistryEvent event = registry.send(command(REGISTER_UNEMPLOYED, citizen.iin(), decision("12-ЖР")));

        assertThat(event.accepted()).isFalse();
        assertThat(event.reasonCode()).isEqualTo("REGISTRY_NOT_JOB_SEEKER");
        assertThat(Registry.hasCard(event)).isFalse();
    }

    /**
     * Issue [wave 2 · 7/16]: "the labour-activity check of V11's text applied to V02, V07 and V12". Only V11 has it:
     * 003_bbbd0f9291d09582.txt L556–559 «…көрсетілетін қызметті алушының еңбек қызметінің болмауын тексеруі…»; V02
     * (000 L238 «қарау, ресімдеу және … нәтижесіне қол қою»), V07 (002 L174) and V12 (003 L824–836) register the
     * unemployed without it. The decision registers; the labour activity is reported with the card.
     */
    @Test
    void registrationAsUnemployedChecksNoLabourActivityNoTextOfItAsksFor() {
        PersonRecord employed = People.withLabourActivity();
        registry.send(command(REGISTER_JOB_SEEKER, employed.iin(), jobSeekerData(employed)));

        RegistryEvent event = registry.send(command(REGISTER_UNEMPLOYED, employed.iin(), decision("13-ЖР")));

        assertThat(event.accepted()).isTrue();
        assertThat(event.card().get("status").asText()).isEqualTo("UNEMPLOYED");
        assertThat(event.card().at("/labourActivity/hasLabourActivity").asBoolean()).isTrue();
    }

    @Test
    void aJobSeekerWithoutLabourActivityIsRegisteredAsUnemployedByTheDecision() {
        PersonRecord citizen = People.withoutLabourActivity();
        registry.send(command(REGISTER_JOB_SEEKER, citizen.iin(), jobSeekerData(citizen)));

        RegistryEvent event = registry.send(command(REGISTER_UNEMPLOYED, citizen.iin(), decision("14-ЖР")));

        assertThat(event.accepted()).isTrue();
        assertThat(event.card().get("status").asText()).isEqualTo("UNEMPLOYED");
        JsonNode unemployed = event.card().at("/registrations/1");
        assertThat(unemployed.get("kind").asText()).isEqualTo("UNEMPLOYED");
        assertThat(unemployed.get("decisionNumber").asText()).isEqualTo("14-ЖР");
        assertThat(unemployed.get("decisionDate").asText()).isEqualTo(People.today().toString());
        assertThat(event.card().at("/labourActivity/hasLabourActivity").asBoolean()).isFalse();
        assertThat(event.card().at("/labourActivity/source").asText()).contains("ЕНПФ");

        RegistryEvent again = registry.send(command(REGISTER_UNEMPLOYED, citizen.iin(), decision("15-ЖР")));
        assertThat(again.reasonCode()).isEqualTo("REGISTRY_ALREADY_UNEMPLOYED");
    }

    @Test
    void deregistrationEndsOnlyAnActiveRegistration() {
        PersonRecord citizen = People.withoutLabourActivity();
        RegistryEvent none = registry.send(command(DEREGISTER, citizen.iin(), data("reason", "трудоустроен")));
        assertThat(none.reasonCode()).isEqualTo("REGISTRY_NO_ACTIVE_REGISTRATION");

        registry.send(command(REGISTER_JOB_SEEKER, citizen.iin(), jobSeekerData(citizen)));
        registry.send(command(REGISTER_UNEMPLOYED, citizen.iin(), decision("16-ЖР")));

        RegistryEvent unemployedOnly = registry.send(command(DEREGISTER, citizen.iin(),
                data("registration", "UNEMPLOYED", "reason", "отказ от предложенной работы")));
        assertThat(unemployedOnly.accepted()).isTrue();
        assertThat(unemployedOnly.card().get("status").asText()).isEqualTo("JOB_SEEKER");

        RegistryEvent jobSeeker = registry.send(command(DEREGISTER, citizen.iin(),
                data("reason", "трудоустроен", "deregisteredOn", People.today().toString())));
        assertThat(jobSeeker.accepted()).isTrue();
        assertThat(jobSeeker.card().get("status").asText()).isEqualTo("DEREGISTERED");
        JsonNode ended = jobSeeker.card().at("/registrations/0");
        assertThat(ended.get("active").asBoolean()).isFalse();
        assertThat(ended.get("deregistrationReason").asText()).isEqualTo("трудоустроен");
        assertThat(ended.get("deregisteredOn").asText()).isEqualTo(People.today().toString());

        RegistryEvent twice = registry.send(command(DEREGISTER, citizen.iin(), data("reason", "трудоустроен")));
        assertThat(twice.reasonCode()).isEqualTo("REGISTRY_NO_ACTIVE_REGISTRATION");

        RegistryEvent again = registry.send(command(REGISTER_JOB_SEEKER, citizen.iin(), jobSeekerData(citizen)));
        assertThat(again.accepted()).as("a deregistered person may register again on the same card").isTrue();
        assertThat(again.card().get("registrations")).hasSize(3);
    }

    @Test
    void aCertificateNeedsAnActiveUnemployedRegistrationWithMatchingIdentificationData() {
        PersonRecord citizen = People.withoutLabourActivity();
        assertThat(registry.send(command(CHECK_UNEMPLOYED_REGISTRATION, citizen.iin(), identity(citizen))).reasonCode())
                .isEqualTo("REGISTRY_NO_RECORD_CARD");

        registry.send(command(REGISTER_JOB_SEEKER, citizen.iin(), jobSeekerData(citizen)));
        assertThat(registry.send(command(CHECK_UNEMPLOYED_REGISTRATION, citizen.iin(), identity(citizen))).reasonCode())
                .isEqualTo("REGISTRY_NOT_UNEMPLOYED");

        registry.send(command(REGISTER_UNEMPLOYED, citizen.iin(), decision("17-ЖР")));
        ObjectNode otherName = identity(citizen).put("surname", citizen.surname() + "ова");
        assertThat(registry.send(command(CHECK_UNEMPLOYED_REGISTRATION, citizen.iin(), otherName)).reasonCode())
                .isEqualTo("REGISTRY_IDENTITY_MISMATCH");
        ObjectNode otherBirth = identity(citizen).put("birthDate", citizen.birthDate().minusYears(1).toString());
        assertThat(registry.send(command(CHECK_UNEMPLOYED_REGISTRATION, citizen.iin(), otherBirth)).reasonCode())
                .isEqualTo("REGISTRY_IDENTITY_MISMATCH");

        ObjectNode sameInCapitals = identity(citizen).put("surname", citizen.surname().toUpperCase());
        RegistryEvent ok = registry.send(command(CHECK_UNEMPLOYED_REGISTRATION, citizen.iin(), sameInCapitals));
        assertThat(ok.accepted()).isTrue();
        assertThat(ok.card().get("status").asText()).isEqualTo("UNEMPLOYED");
        assertThat(ok.card().get("history")).as("a check changes nothing").hasSize(2);
    }

    @Test
    void theCardIsQueriedByIinWithItsFullHistory() {
        PersonRecord citizen = People.withoutLabourActivity();
        assertThat(registry.send(command(QUERY_CARD, citizen.iin(), data())).reasonCode())
                .isEqualTo("REGISTRY_NO_RECORD_CARD");
        var register = command(REGISTER_JOB_SEEKER, citizen.iin(), jobSeekerData(citizen));
        var unemployed = command(REGISTER_UNEMPLOYED, citizen.iin(), decision("18-ЖР"));
        var deregister = command(DEREGISTER, citizen.iin(), data("reason", "переезд"));
        registry.send(register);
        registry.send(unemployed);
        registry.send(deregister);

        RegistryEvent query = registry.send(command(QUERY_CARD, citizen.iin(), data()));

        assertThat(query.accepted()).isTrue();
        JsonNode history = query.card().get("history");
        assertThat(history).hasSize(3);
        assertThat(history).extracting(h -> h.get("command").asText())
                .containsExactly("REGISTER_JOB_SEEKER", "REGISTER_UNEMPLOYED", "DEREGISTER");
        assertThat(history).extracting(h -> h.get("requestId").asText())
                .containsExactly(register.requestId(), unemployed.requestId(), deregister.requestId());
        assertThat(history).allSatisfy(h -> {
            assertThat(h.get("providerId").asText()).isEqualTo("ec-4310");
            assertThat(h.get("actingOfficerIin").asText()).isEqualTo(People.OFFICER);
            assertThat(Instant.parse(h.get("at").asText())).isBefore(Instant.now());
        });
        assertThat(history.get(1).get("change").asText()).contains("18-ЖР");
    }
}
