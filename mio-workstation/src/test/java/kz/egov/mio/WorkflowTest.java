package kz.egov.mio;

import static kz.egov.mio.Mio.act;
import static kz.egov.mio.Mio.awaitSent;
import static kz.egov.mio.Mio.awaitStatus;
import static kz.egov.mio.Mio.body;
import static kz.egov.mio.Mio.officer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.message.PersonRecord;
import kz.egov.contract.message.ProviderAcknowledgement;
import kz.egov.contract.message.RegistryCommand;
import kz.egov.contract.message.RegistryCommandType;
import kz.egov.contract.message.ResultDocument;
import kz.egov.contract.message.ResultKind;
import kz.egov.contract.message.StatusChange;
import kz.egov.contract.status.BusinessStatus;
import kz.egov.contract.message.SignerRole;
import kz.egov.eds.verify.EdsVerifier;
import kz.egov.mio.officer.OfficerRole;
import kz.egov.mio.officer.OfficerSeeds;
import kz.egov.testinfra.EgovInfrastructureResource;
import org.junit.jupiter.api.Test;

/** The catalog-driven workflow end to end over the real broker, for variants of three regions' regulations. */
@QuarkusTest
@QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)
class WorkflowTest {

    static final String KYZYLORDA = "ec-4310";

    @Inject
    EdsVerifier verifier;

    @Test
    void v06KyzylordaJobSeekerFromThePortalGoesThroughClerkHeadExecutorAndHead() {
        PersonRecord citizen = Mio.citizen("4310");
        String id = Mio.portalRequest(citizen, "JOB_SEEKER_REGISTRATION", "V06", KYZYLORDA, null);

        // the acknowledgement at once, carrying «поступившие» with the incoming number and the term
        Envelope acknowledgement = awaitSent(id, MessageType.PROVIDER_ACKNOWLEDGEMENT);
        assertThat(acknowledgement.sender()).isEqualTo(KYZYLORDA);
        ProviderAcknowledgement ack = body(acknowledgement, ProviderAcknowledgement.class);
        StatusChange received = ack.status();
        assertThat(received.status()).isEqualTo(BusinessStatus.RECEIVED);
        assertThat(received.requestId()).isEqualTo(id);
        assertThat(received.incomingNumber()).isEqualTo(ack.incomingNumber()).startsWith(KYZYLORDA + "/");
        assertThat(received.dueAt()).isNotNull();

        String resultBytes = registerJobSeeker(id, citizen, KYZYLORDA);
        ResultDocument result = EnvelopeCodec.decode(resultBytes.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                ResultDocument.class);
        assertThat(result.kind()).isEqualTo(ResultKind.NOTIFICATION);
        assertThat(result.signedByRole()).isEqualTo("HEAD");
        assertThat(result.fields().get("fullName").asText()).startsWith(citizen.surname());
        assertThat(result.fields().get("cardNumber").asText()).startsWith("RT-");
        awaitStatus(id, BusinessStatus.ISSUED);

        JsonNode view = Mio.caseOf(officer(KYZYLORDA, OfficerRole.HEAD), id);
        assertThat(view.at("/summary/status").asText()).isEqualTo("ISSUED");
        // the gateway's check of the citizen's EDS, as it handed it on
        assertThat(view.at("/signatureCheck/signerIin").asText()).isEqualTo(citizen.iin());
        assertThat(view.at("/signatureCheck/role").asText()).isEqualTo("CITIZEN");
        assertThat(view.at("/signatureCheck/revocationStatus").asText()).isEqualTo("GOOD");
        assertThat(view.at("/signatureCheck/checkedAt").asText()).isNotBlank();
        assertThat(view.at("/outcome").asText()).isEqualTo("COMPLETED");
        assertThat(view.get("actions").findValuesAsText("action")).containsSubsequence("RECEIVED", "SKIPPED",
                "COMPLETE_STEP", "ASSIGN_EXECUTOR", "PREPARE_RESULT", "REGISTRY_ACCEPTED", "COMPLETE_STEP", "SIGN");
        assertThat(view.get("actions").findValuesAsText("officerIin"))
                .contains(officer(KYZYLORDA, OfficerRole.REGISTRAR).iin(), officer(KYZYLORDA, OfficerRole.EXECUTOR).iin());
    }

    /**
     * V06 from registration to the head's signature; returns the result bytes that reached the gateway (checked:
     * the officer's signature verifies and is the head's).
     */
    String registerJobSeeker(String id, PersonRecord citizen, String provider) {
        OfficerSeeds.Seed registrar = officer(provider, OfficerRole.REGISTRAR);
        OfficerSeeds.Seed head = officer(provider, OfficerRole.HEAD);
        OfficerSeeds.Seed executor = officer(provider, OfficerRole.EXECUTOR);
        awaitStatus(id, BusinessStatus.RECEIVED);
        act(registrar, id, "COMPLETE_STEP").statusCode(200).body("summary.status", equalTo("REGISTERED"));
        awaitStatus(id, BusinessStatus.REGISTERED);
        act(head, id, Map.of("action", "ASSIGN_EXECUTOR", "executorIin", executor.iin())).statusCode(200)
                .body("summary.stepRole", equalTo("EXECUTOR"));
        awaitStatus(id, BusinessStatus.IN_PROGRESS);
        act(executor, id, "PREPARE_RESULT").statusCode(200).body("summary.awaitingRegistry", equalTo(true));
        RegistryCommand cmd = FakeRegistry.answer(id, provider);
        assertThat(cmd.command()).isEqualTo(RegistryCommandType.REGISTER_JOB_SEEKER);
        assertThat(cmd.actingOfficerIin()).isEqualTo(executor.iin());
        assertThat(cmd.providerId()).isEqualTo(provider);
        assertThat(cmd.iin()).isEqualTo(citizen.iin());
        Awaits.draft(executor, id, "RESULT");
        act(executor, id, "COMPLETE_STEP").statusCode(200).body("summary.stepRole", equalTo("HEAD"));
        Mio.sign(head, id).statusCode(200).body("outcome", equalTo("COMPLETED"));
        Envelope sent = awaitSent(id, MessageType.RESULT_DOCUMENT);
        assertThat(verifier.verify(sent.body(), sent.personSignature(), Instant.now(), SignerRole.OFFICER).signer().iin())
                .isEqualTo(head.iin());
        awaitStatus(id, BusinessStatus.COMPLETED);
        return new String(sent.body(), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void v03MangystauJobSeekerWhereTheExecutorSignsAndTheOfficeIssues() {
        String provider = "ec-47";
        PersonRecord citizen = Mio.citizen("47");
        String id = Mio.portalRequest(citizen, "JOB_SEEKER_REGISTRATION", "V03", provider, null);
        OfficerSeeds.Seed registrar = officer(provider, OfficerRole.REGISTRAR);
        OfficerSeeds.Seed executor = officer(provider, OfficerRole.EXECUTOR);
        awaitStatus(id, BusinessStatus.RECEIVED);
        act(registrar, id, "COMPLETE_STEP").statusCode(200).body("summary.stepRole", equalTo("EXECUTOR"));
        act(executor, id, "PREPARE_RESULT").statusCode(200);
        FakeRegistry.answer(id, provider);
        Awaits.draft(executor, id, "RESULT");
        Mio.sign(executor, id).statusCode(200).body("summary.status", equalTo("COMPLETED"))
                .body("summary.stepRole", equalTo("REGISTRAR"));
        ResultDocument result = body(awaitSent(id, MessageType.RESULT_DOCUMENT), ResultDocument.class);
        assertThat(result.variantCode()).isEqualTo("V03");
        assertThat(result.signedByIin()).isEqualTo(executor.iin());
        act(registrar, id, Map.of("action", "ISSUE", "comment", "на бумажном носителе")).statusCode(200)
                .body("summary.status", equalTo("ISSUED"));
        assertThat(awaitStatus(id, BusinessStatus.ISSUED).comment()).isEqualTo("на бумажном носителе");
    }

    @Test
    void v04AlmatyDistrictCertificateRefusedByTheRegistryBecomesAMotivatedRefusalAtTheOrigin() {
        String provider = "dep-7511";
        PersonRecord citizen = Mio.citizen("7511");
        String id = Mio.portalRequest(citizen, "UNEMPLOYED_CERTIFICATE", "V04", provider, null);
        OfficerSeeds.Seed specialist = officer(provider, OfficerRole.SPECIALIST);
        awaitStatus(id, BusinessStatus.RECEIVED);
        // the system steps (ПЭП, РШЭП, ИС МИО, ИС ЦОН) are passed over with a note; step 5 is the specialist's
        act(specialist, id, "COMPLETE_STEP").statusCode(200).body("summary.stepNumber", equalTo(6));
        act(specialist, id, "PREPARE_RESULT").statusCode(200);
        assertThat(FakeRegistry.answer(id, provider).command()).isEqualTo(RegistryCommandType.CHECK_UNEMPLOYED_REGISTRATION);
        JsonNode view = Awaits.draft(specialist, id, "REFUSAL");
        assertThat(view.at("/draft/reasonCode").asText()).isEqualTo("REGISTRY_NOT_UNEMPLOYED");
        assertThat(view.at("/draft/ground").asText()).isNotBlank();
        act(specialist, id, "COMPLETE_STEP").statusCode(200).body("summary.stepNumber", equalTo(11));
        Mio.sign(specialist, id).statusCode(200).body("summary.status", equalTo("ISSUED"));

        ResultDocument refusal = body(awaitSent(id, MessageType.RESULT_DOCUMENT), ResultDocument.class);
        assertThat(refusal.kind()).isEqualTo(ResultKind.MOTIVATED_REFUSAL);
        assertThat(refusal.refusalReasonCode()).isEqualTo("REGISTRY_NOT_UNEMPLOYED");
        assertThat(refusal.signedByRole()).isEqualTo("SPECIALIST");
        awaitStatus(id, BusinessStatus.MOTIVATED_REFUSAL);
        awaitStatus(id, BusinessStatus.ISSUED);
    }

    @Test
    void aRecordCardCreatedByJobSeekerRegistrationIsRequiredByALaterReferral() {
        PersonRecord citizen = Mio.citizen("4310");
        OfficerSeeds.Seed registrar = officer(KYZYLORDA, OfficerRole.REGISTRAR);
        OfficerSeeds.Seed head = officer(KYZYLORDA, OfficerRole.HEAD);
        OfficerSeeds.Seed executor = officer(KYZYLORDA, OfficerRole.EXECUTOR);

        // no card yet: the referral's registry command is refused, the executor sees the motivated refusal
        String early = Mio.portalRequest(citizen, "EMPLOYMENT_MEASURE_REFERRAL", "V08", KYZYLORDA, null);
        toExecutor(early, registrar, head, executor);
        // a referral names its employer: the executor enters it with the decision
        act(executor, early, Map.of("action", "PREPARE_RESULT", "resultCode", "SOCIAL_JOBS_REFERRAL")).statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
        act(executor, early, Map.of("action", "PREPARE_RESULT", "resultCode", "SOCIAL_JOBS_REFERRAL", "details",
                Map.of("employer", "ТОО «Сырдария»"))).statusCode(200);
        RegistryCommand refer = FakeRegistry.answer(early, KYZYLORDA);
        assertThat(refer.command()).isEqualTo(RegistryCommandType.REFER_TO_MEASURE);
        assertThat(refer.data().path("measureKind").asText()).isEqualTo("SOCIAL_JOBS");
        assertThat(refer.data().path("employer").asText()).isEqualTo("ТОО «Сырдария»");
        assertThat(Awaits.draft(executor, early, "REFUSAL").at("/draft/reasonCode").asText())
                .isEqualTo("REGISTRY_NO_RECORD_CARD");

        // registration as a job seeker creates the card
        String registration = Mio.portalRequest(citizen, "JOB_SEEKER_REGISTRATION", "V06", KYZYLORDA, null);
        String card = EnvelopeCodec.decode(registerJobSeeker(registration, citizen, KYZYLORDA)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), ResultDocument.class).fields().get("cardNumber").asText();

        // now the referral of the asked kind goes through, carrying the card
        ObjectNodeForm form = new ObjectNodeForm();
        String later = Mio.portalRequest(citizen, "EMPLOYMENT_MEASURE_REFERRAL", "V08", KYZYLORDA,
                form.with("measure", "SOCIAL_JOBS").node());
        toExecutor(later, registrar, head, executor);
        act(executor, later, Map.of("action", "PREPARE_RESULT", "resultCode", "SOCIAL_JOBS_REFERRAL", "details",
                Map.of("employer", "ТОО «Сырдария»", "period", "3 месяца"))).statusCode(200);
        FakeRegistry.answer(later, KYZYLORDA);
        Awaits.draft(executor, later, "RESULT");
        act(executor, later, "COMPLETE_STEP").statusCode(200);
        Mio.sign(head, later).statusCode(200).body("summary.stepRole", equalTo("REGISTRAR"));
        ResultDocument referral = body(awaitSent(later, MessageType.RESULT_DOCUMENT), ResultDocument.class);
        assertThat(referral.kind()).isEqualTo(ResultKind.REFERRAL);
        assertThat(referral.title()).containsIgnoringCase("социальные рабочие места");
        assertThat(referral.fields().get("cardNumber").asText()).isEqualTo(card);
        assertThat(referral.fields().get("employer").asText()).isEqualTo("ТОО «Сырдария»");
        assertThat(referral.fields().get("period").asText()).isEqualTo("3 месяца");
        act(registrar, later, Map.of("action", "ISSUE", "comment", "в личный кабинет")).statusCode(200);
        awaitStatus(later, BusinessStatus.ISSUED);
    }

    @Test
    void v11AtTheStateCorporationTheSpecialistRegistersThePackageAndTheBranchIssuesTheResult() {
        String provider = "ec-6310";
        PersonRecord citizen = Mio.citizen("6310");
        String packageId = "PKG-" + java.util.UUID.randomUUID();
        String id = Mio.corpRequest(citizen, "JOB_SEEKER_REGISTRATION", "V11", provider, "con-63", packageId);
        OfficerSeeds.Seed specialist = officer(provider, OfficerRole.SPECIALIST);
        awaitStatus(id, BusinessStatus.RECEIVED);
        // step 3 (the operator's steps 1–2 are the branch's): the specialist checks the labour activity, registers
        act(specialist, id, "PREPARE_RESULT").statusCode(200);
        assertThat(FakeRegistry.answer(id, provider).command()).isEqualTo(RegistryCommandType.CHECK_LABOUR_ACTIVITY);
        Awaits.draft(specialist, id, "RESULT");
        act(specialist, id, "COMPLETE_STEP").statusCode(200).body("summary.status", equalTo("REGISTERED"))
                .body("summary.stepNumber", equalTo(4));
        // the package is now the provider's
        kz.egov.contract.message.PackageMovement moved = body(awaitSent(id, MessageType.PACKAGE_MOVEMENT),
                kz.egov.contract.message.PackageMovement.class);
        assertThat(moved.movement()).isEqualTo(kz.egov.contract.message.PackageMovement.Movement.RECEIVED_BY_PROVIDER);
        assertThat(moved.packageId()).isEqualTo(packageId);
        assertThat(moved.recordedBy()).isEqualTo(provider);
        // step 4: registers the job seeker and signs
        act(specialist, id, "PREPARE_RESULT").statusCode(200);
        assertThat(FakeRegistry.answer(id, provider).command()).isEqualTo(RegistryCommandType.REGISTER_JOB_SEEKER);
        Awaits.draft(specialist, id, "RESULT");
        Mio.sign(specialist, id).statusCode(200).body("summary.status", equalTo("COMPLETED"))
                .body("summary.stepNumber", equalTo(5));
        // step 5: passes the result to the State Corporation; «выдано» is the branch's (step 6), not ИС МИО's
        act(specialist, id, Map.of("action", "COMPLETE_STEP", "comment", "передано в ЦОН")).statusCode(200)
                .body("summary.status", equalTo("COMPLETED"));
        assertThat(Mio.gateway().received().stream().filter(m -> m.correlationId().equals(id)
                && m.type() == MessageType.STATUS_CHANGE && body(m, StatusChange.class).status() == BusinessStatus.ISSUED))
                .isEmpty();
        act(specialist, id, "COMPLETE_STEP").statusCode(409).body("code", equalTo("REQ_ILLEGAL_TRANSITION"));
        Mio.handedOverAtBranch(id, "JOB_SEEKER_REGISTRATION", provider, "con-63");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() ->
                "ISSUED".equals(Mio.caseOf(specialist, id).at("/summary/status").asText()));
        JsonNode view = Mio.caseOf(specialist, id);
        assertThat(view.at("/outcome").asText()).isEqualTo("COMPLETED");
        assertThat(view.get("actions").findValuesAsText("action")).containsSubsequence("PREPARE_RESULT",
                "REGISTRY_ACCEPTED", "COMPLETE_STEP", "PREPARE_RESULT", "REGISTRY_ACCEPTED", "SIGN",
                "PASSED_TO_STATE_CORPORATION", "ISSUED_BY_ORIGIN");
    }

    /**
     * V12 (003 p.5, L815–846): the employment centre accepts, enters and sends on (steps 1–3), the akimat receives
     * (step 4) and decides (step 5), the centre forms and issues the result (steps 6–7). p.7 (L878–881) lists only
     * «Халықты жұмыспен қамту орталығының маманы» and «көрсетілетін қызметті берушінің маманы»: the akimat's specialist
     * decides and signs. The term counts «шешім қабылдаған күннен бастап – 2 (екі) жұмыс күні» (L844–846): none runs
     * before the decision, and from it the next working day opens the two days.
     */
    @Test
    void v12TheEmploymentCentreTakesTheRequestAndTheAkimatsSpecialistDecides() {
        String akimat = "akimat-6310";
        String centre = "ec-6310";
        PersonRecord citizen = Mio.citizen("6310");
        String id = Mio.viaOtherBody(citizen, "UNEMPLOYED_REGISTRATION", "V12", akimat, centre);
        OfficerSeeds.Seed specialist = officer(akimat, OfficerRole.SPECIALIST);
        assertThat(awaitStatus(id, BusinessStatus.RECEIVED).dueAt()).as("no term before the decision").isNull();
        // steps 1–3 (accept, enter, send on) and 6–7 (form, issue) are the employment centre's, not the akimat's
        JsonNode view = Mio.caseOf(specialist, id);
        assertThat(view.at("/summary/stepNumber").asInt()).isEqualTo(4);
        java.util.List<Integer> here = new java.util.ArrayList<>();
        view.get("steps").forEach(s -> {
            if (s.get("performedHere").asBoolean()) {
                here.add(s.get("number").asInt());
            }
        });
        assertThat(here).containsExactly(4, 5);
        // step 4: the akimat's specialist receives the documents (registration); step 5: the specialist decides
        act(specialist, id, "COMPLETE_STEP").statusCode(200).body("summary.status", equalTo("REGISTERED"))
                .body("summary.stepRole", equalTo("SPECIALIST")).body("summary.stepNumber", equalTo(5));
        act(specialist, id, "PREPARE_RESULT").statusCode(200);
        RegistryCommand cmd = FakeRegistry.answer(id, akimat);
        assertThat(cmd.command()).isEqualTo(RegistryCommandType.REGISTER_UNEMPLOYED);
        assertThat(cmd.providerId()).isEqualTo(akimat);
        Awaits.draft(specialist, id, "RESULT");
        Mio.sign(specialist, id).statusCode(200).body("summary.status", equalTo("COMPLETED"));
        Envelope sent = awaitSent(id, MessageType.RESULT_DOCUMENT);
        ResultDocument certificate = body(sent, ResultDocument.class);
        assertThat(certificate.kind()).isEqualTo(ResultKind.CERTIFICATE);
        assertThat(certificate.variantCode()).isEqualTo("V12");
        assertThat(certificate.signedByRole()).isEqualTo("SPECIALIST");
        assertThat(verifier.verify(sent.body(), sent.personSignature(), Instant.now(), SignerRole.OFFICER).signer().bin())
                .isEqualTo(kz.egov.reference.Participants.byId(akimat).bin());
        StatusChange decided = awaitStatus(id, BusinessStatus.COMPLETED);
        kz.egov.catalog.calendar.WorkingCalendar calendar = kz.egov.catalog.calendar.WorkingCalendar.loadDefault();
        java.time.LocalDate decisionDay = decided.changedAt().atZone(calendar.zone()).toLocalDate();
        assertThat(decided.dueAt()).as("2 working days from the working day after the decision's day").isEqualTo(
                calendar.deadline(calendar.nextWorkingDay(decisionDay).atTime(calendar.workingHours().start())
                        .atZone(calendar.zone()), 2, kz.egov.catalog.model.DurationUnit.WORKING_DAYS).toInstant());
        // the centre forms and issues it: «выдано» comes from the centre, not from the akimat
        assertThat(Mio.gateway().received().stream().filter(m -> m.correlationId().equals(id)
                && m.type() == MessageType.STATUS_CHANGE && body(m, StatusChange.class).status() == BusinessStatus.ISSUED))
                .isEmpty();
        Mio.handedOverAtBranch(id, "UNEMPLOYED_REGISTRATION", akimat, centre);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() ->
                "ISSUED".equals(Mio.caseOf(specialist, id).at("/summary/status").asText()));
        assertThat(Mio.caseOf(specialist, id).get("actions").findValuesAsText("action")).containsSubsequence("SKIPPED",
                "COMPLETE_STEP", "PREPARE_RESULT", "REGISTRY_ACCEPTED", "SIGN", "SENT_TO_ORIGIN", "ISSUED_BY_ORIGIN");
    }

    @Test
    void theHeadReturnsTheDraftForReworkAndReassignsTheExecutor() {
        PersonRecord citizen = Mio.citizen("4310");
        OfficerSeeds.Seed registrar = officer(KYZYLORDA, OfficerRole.REGISTRAR);
        OfficerSeeds.Seed head = officer(KYZYLORDA, OfficerRole.HEAD);
        OfficerSeeds.Seed first = officer(KYZYLORDA, OfficerRole.EXECUTOR);
        OfficerSeeds.Seed second = Mio.secondExecutor(KYZYLORDA);
        String id = Mio.portalRequest(citizen, "JOB_SEEKER_REGISTRATION", "V06", KYZYLORDA, null);
        toExecutor(id, registrar, head, first);
        act(first, id, "PREPARE_RESULT").statusCode(200);
        FakeRegistry.answer(id, KYZYLORDA);
        Awaits.draft(first, id, "RESULT");
        act(first, id, "COMPLETE_STEP").statusCode(200);

        act(head, id, Map.of("action", "RETURN_FOR_REWORK")).statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        act(head, id, Map.of("action", "RETURN_FOR_REWORK", "comment", "уточните дату регистрации")).statusCode(200)
                .body("summary.stepRole", equalTo("EXECUTOR")).body("draft", equalTo(null));
        assertThat(awaitStatus(id, BusinessStatus.RETURNED_FOR_REWORK).comment()).isEqualTo("уточните дату регистрации");

        act(head, id, Map.of("action", "ASSIGN_EXECUTOR", "executorIin", second.iin())).statusCode(200);
        act(first, id, "PREPARE_RESULT").statusCode(403).body("code", equalTo("REQ_WRONG_ROLE"));
        // the registry's earlier answer stands: no second command
        act(second, id, "PREPARE_RESULT").statusCode(200).body("draft.kind", equalTo("RESULT"));
        assertThat(Mio.countSent(id, MessageType.REGISTRY_COMMAND)).isEqualTo(1);
        act(second, id, "COMPLETE_STEP").statusCode(200);
        awaitStatus(id, BusinessStatus.IN_PROGRESS);
        Mio.sign(head, id).statusCode(200).body("summary.status", equalTo("ISSUED"));
        JsonNode view = Mio.caseOf(head, id);
        assertThat(view.get("actions").findValuesAsText("action")).contains("RETURN_FOR_REWORK", "REASSIGN_EXECUTOR");
    }

    static void toExecutor(String id, OfficerSeeds.Seed registrar, OfficerSeeds.Seed head, OfficerSeeds.Seed executor) {
        awaitStatus(id, BusinessStatus.RECEIVED);
        act(registrar, id, "COMPLETE_STEP").statusCode(200);
        act(head, id, Map.of("action", "ASSIGN_EXECUTOR", "executorIin", executor.iin())).statusCode(200);
    }

    /** A small builder for form fields. */
    static final class ObjectNodeForm {
        private final com.fasterxml.jackson.databind.node.ObjectNode node = EnvelopeCodec.json().createObjectNode();

        ObjectNodeForm with(String name, String value) {
            node.put(name, value);
            return this;
        }

        com.fasterxml.jackson.databind.node.ObjectNode node() {
            return node;
        }
    }
}
