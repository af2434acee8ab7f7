package kz.egov.registry;

import static io.restassured.RestAssured.given;
import static kz.egov.contract.message.RegistryCommandType.QUERY_CARD;
import static kz.egov.contract.message.RegistryCommandType.REFER_TO_MEASURE;
import static kz.egov.contract.message.RegistryCommandType.REGISTER_JOB_SEEKER;
import static kz.egov.registry.Registry.command;
import static kz.egov.registry.Registry.data;
import static kz.egov.registry.Registry.identity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.envelope.Envelopes;
import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.message.PersonRecord;
import kz.egov.contract.message.RegistryCommand;
import kz.egov.contract.message.RegistryEvent;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.eds.cms.Pkcs12Sealer;
import kz.egov.platform.messaging.DeadLetters;
import kz.egov.testinfra.EgovInfrastructureResource;
import kz.egov.testinfra.TestPki;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Exactly once in effect (a repeated command id changes nothing twice), and only employment providers command. */
@QuarkusTest
@QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)
class DuplicatesAndPermissionsTest {

    static Registry registry;

    @Inject
    DeadLetters deadLetters;

    @BeforeAll
    static void start() {
        registry = new Registry();
    }

    @AfterAll
    static void stop() {
        registry.close();
    }

    static JsonPath counts() {
        return given().auth().preemptive().basic("admin", EgovInfrastructureResource.ADMIN_PASSWORD)
                .get("/admin/registry/counts").then().statusCode(200).extract().jsonPath();
    }

    static int notPermitted() {
        Integer n = counts().get("refusedByReason.MSG_NOT_PERMITTED");
        return n == null ? 0 : n;
    }

    static RegistryCommand registration(PersonRecord p) {
        return command(REGISTER_JOB_SEEKER, p.iin(), identity(p).put("channel", "PORTAL"));
    }

    @Test
    void theSameCommandIdTwiceHasOneEffectAndTheSameAnswer() {
        PersonRecord citizen = People.anyone();
        RegistryCommand cmd = registration(citizen);
        int repeatsBefore = counts().getInt("repeatsAnswered");

        Envelope first = registry.forward(Registry.PROVIDER, cmd);
        RegistryEvent firstAnswer = registry.answerTo(first);
        Envelope resent = registry.forward(Registry.PROVIDER, cmd);
        Envelope secondAnswer = registry.answerEnvelope(resent);

        assertThat(firstAnswer.accepted()).isTrue();
        assertThat(Registry.event(secondAnswer)).isEqualTo(firstAnswer);
        assertThat(secondAnswer.body()).isEqualTo(registry.answerEnvelope(first).body());
        RegistryEvent card = registry.send(command(QUERY_CARD, citizen.iin(), data()));
        assertThat(card.card().get("registrations")).hasSize(1);
        assertThat(card.card().get("history")).hasSize(1);
        JsonPath counts = counts();
        assertThat(counts.getInt("repeatsAnswered")).isEqualTo(repeatsBefore + 1);
        assertThat(counts.getInt("commandsWithRepeatedEffect")).isZero();
    }

    @Test
    void aRedeliveredEnvelopeIsProcessedOnce() throws InterruptedException {
        PersonRecord citizen = People.anyone();
        Envelope original = registry.original(Registry.PROVIDER, registration(citizen));
        Envelope hop = registry.hop(original);

        registry.publish(hop);
        registry.publish(hop);
        assertThat(registry.answerTo(original).accepted()).isTrue();
        Thread.sleep(1500);

        assertThat(registry.answersTo(original)).as("the inbox drops the same message id").isEqualTo(1);
        assertThat(registry.send(command(QUERY_CARD, citizen.iin(), data())).card().get("history")).hasSize(1);
    }

    @Test
    void anotherCommandReusingAProcessedIdIsRefusedAndChangesNothing() {
        PersonRecord citizen = People.anyone();
        RegistryCommand cmd = registration(citizen);
        registry.send(cmd);
        RegistryCommand reuse = new RegistryCommand(cmd.commandId(), cmd.requestId(), REFER_TO_MEASURE, citizen.iin(),
                People.OFFICER, Registry.PROVIDER, data("measureKind", "EMPLOYMENT", "employer", "АО «Казпочта»"));

        RegistryEvent event = registry.send(reuse);

        assertThat(event.accepted()).isFalse();
        assertThat(event.reasonCode()).isEqualTo("REQ_IDEMPOTENCY_CONFLICT");
        assertThat(registry.send(command(QUERY_CARD, citizen.iin(), data())).card().get("referrals")).isEmpty();
    }

    /**
     * An akimat commands the registry only for its own variant's commands (V12's registration as unemployed by its
     * decision); a job-seeker registration of V06, an employment centre's service, is not permitted.
     */
    @Test
    void aCommandFromAnAkimatForAnEmploymentCentresServiceIsNotPermittedAndCreatesNoCard() {
        PersonRecord citizen = People.anyone();
        int notPermittedBefore = notPermitted();
        RegistryCommand cmd = new RegistryCommand("cmd-akimat-" + citizen.iin(), "req-akimat-" + citizen.iin(),
                REGISTER_JOB_SEEKER, citizen.iin(), People.OFFICER, "akimat-4310",
                identity(citizen).put("channel", "PROVIDER_OFFICE"));

        RegistryEvent event = registry.answerTo(registry.forward("akimat-4310", cmd));

        assertThat(event.accepted()).isFalse();
        assertThat(event.reasonCode()).isEqualTo("MSG_NOT_PERMITTED");
        assertThat(Registry.hasCard(event)).isFalse();
        assertThat(registry.send(command(QUERY_CARD, citizen.iin(), data())).reasonCode())
                .isEqualTo("REGISTRY_NO_RECORD_CARD");
        assertThat(notPermitted()).as("kept in the audit")
                .isEqualTo(notPermittedBefore + 1);
    }

    @Test
    void aMigrationDepartmentMayNotEvenReadACard() {
        PersonRecord citizen = People.anyone();
        registry.send(registration(citizen));
        RegistryCommand query = new RegistryCommand("cmd-mig-" + citizen.iin(), "req-mig-" + citizen.iin(), QUERY_CARD,
                citizen.iin(), People.OFFICER, "migration-43", data());

        RegistryEvent event = registry.answerTo(registry.forward("migration-43", query));

        assertThat(event.reasonCode()).isEqualTo("MSG_NOT_PERMITTED");
        assertThat(Registry.hasCard(event)).as("no card to a participant that is not allowed").isFalse();
    }

    @Test
    void aProviderActsOnlyForItself() {
        PersonRecord citizen = People.anyone();
        RegistryCommand forAnother = new RegistryCommand("cmd-other-" + citizen.iin(), "req-other-" + citizen.iin(),
                REGISTER_JOB_SEEKER, citizen.iin(), People.OFFICER, "ec-43", identity(citizen).put("channel", "PORTAL"));

        RegistryEvent event = registry.answerTo(registry.forward(Registry.PROVIDER, forAnother));

        assertThat(event.reasonCode()).isEqualTo("MSG_NOT_PERMITTED");
    }

    @Test
    void anInvalidActingOfficerIinIsRefused() {
        PersonRecord citizen = People.anyone();
        String badOfficer = People.OFFICER.substring(0, 11) + ((People.OFFICER.charAt(11) - '0' + 1) % 10);
        RegistryCommand cmd = new RegistryCommand("cmd-bad-" + citizen.iin(), "req-bad-" + citizen.iin(),
                REGISTER_JOB_SEEKER, citizen.iin(), badOfficer, Registry.PROVIDER,
                identity(citizen).put("channel", "PORTAL"));

        RegistryEvent event = registry.send(cmd);

        assertThat(event.reasonCode()).isEqualTo("EDS_INVALID_IIN");
        assertThat(Registry.hasCard(event)).isFalse();
    }

    @Test
    void aCommandThatDidNotComeThroughTheGatewayIsADeadLetterWithoutAnswer() {
        PersonRecord citizen = People.anyone();
        RegistryCommand cmd = registration(citizen);
        Envelope direct = Envelopes.seal(Pkcs12Sealer.systemSeal(TestPki.get().pki().keyFile("ec-4310"),
                TestPki.KEY_PASSWORD.toCharArray()), "ec-4310", "labour-market-registry", MessageType.REGISTRY_COMMAND,
                Registry.SERVICE, cmd.requestId(), null, cmd, null, Instant.now());

        registry.publish(direct);

        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() -> deadLetters
                .list(100).stream().anyMatch(d -> direct.messageId().equals(d.messageId()))));
        DeadLetters.DeadLetter letter = QuarkusTransaction.requiringNew().call(() -> deadLetters.list(100).stream()
                .filter(d -> direct.messageId().equals(d.messageId())).findFirst().orElseThrow());
        assertThat(letter.reason()).isEqualTo(ReasonCode.MSG_UNKNOWN_SENDER);
        assertThat(registry.answersTo(direct)).isZero();
        assertThat(registry.send(command(QUERY_CARD, citizen.iin(), data())).reasonCode())
                .isEqualTo("REGISTRY_NO_RECORD_CARD");
    }
}
