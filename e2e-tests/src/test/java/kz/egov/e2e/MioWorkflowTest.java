package kz.egov.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import kz.egov.cli.demo.Journeys;
import kz.egov.cli.demo.MioJourneys;
import kz.egov.cli.demo.Target;
import kz.egov.cli.stack.RunningStack;

/**
 * ИС МИО's workflow through the whole system — the real gateway, the real АИС «Рынок труда», the real portal and
 * State Corporation branch — for variants of three regulations (Kyzylorda 2018: V06, V08; Mangystau 2017: V03; East
 * Kazakhstan 2019: V11), each step taken by the officer the catalog names, as the officers' API shows it and as the
 * origin receives it.
 */
class MioWorkflowTest {

    static MioJourneys mio;
    private static MioJourneys.CardJourney card;

    @BeforeAll
    static void stack() {
        RunningStack stack = E2eStack.get();
        Journeys journeys = new Journeys(Target.of(stack.config(), stack.secrets()),
                line -> System.out.println("[mio] " + line), Duration.ofSeconds(90));
        mio = new MioJourneys(journeys);
    }

    /** The Kyzylorda journey, run once for the two tests that read it. */
    static synchronized MioJourneys.CardJourney card() {
        if (card == null) {
            card = mio.cardThenReferral();
        }
        return card;
    }

    static List<String> texts(JsonNode array, String field) {
        List<String> all = new ArrayList<>();
        array.forEach(n -> all.add(n.path(field).asText()));
        return all;
    }

    @Test
    void aReferralNeedsTheRecordCardThatTheJobSeekerRegistrationCreates() {
        MioJourneys.CardJourney j = card();

        // V08 before any card: АИС «Рынок труда» refuses REFER_TO_MEASURE; its ground becomes the motivated refusal
        MioJourneys.Decided early = j.refusedReferral();
        assertThat(early.providerId()).isEqualTo("ec-4310");
        assertThat(early.caseView().at("/summary/variantCode").asText()).isEqualTo("V08");
        JsonNode refusedCall = early.caseView().path("registry").get(0);
        assertThat(refusedCall.path("command").asText()).isEqualTo("REFER_TO_MEASURE");
        assertThat(refusedCall.path("state").asText()).isEqualTo("REFUSED");
        assertThat(refusedCall.path("reasonCode").asText()).isEqualTo("REGISTRY_NO_RECORD_CARD");
        assertThat(early.caseView().path("outcome").asText()).isEqualTo("MOTIVATED_REFUSAL");
        assertThat(early.resultDocument().path("kind").asText()).isEqualTo("MOTIVATED_REFUSAL");
        assertThat(early.resultDocument().path("refusalReasonCode").asText()).isEqualTo("REGISTRY_NO_RECORD_CARD");
        assertThat(early.resultDocument().path("refusalGround").asText()).isNotBlank();
        assertThat(early.resultDocument().path("signedByRole").asText()).isEqualTo("HEAD");
        assertThat(texts(early.originView().path("timeline"), "status")).containsSubsequence("REGISTERED",
                "IN_PROGRESS", "MOTIVATED_REFUSAL", "ISSUED");

        // V06: the executor's REGISTER_JOB_SEEKER creates the card; the head signs the notification
        MioJourneys.Decided registration = j.registration();
        assertThat(registration.caseView().at("/summary/variantCode").asText()).isEqualTo("V06");
        assertThat(registration.caseView().path("outcome").asText()).isEqualTo("COMPLETED");
        assertThat(registration.resultDocument().path("kind").asText()).isEqualTo("NOTIFICATION");
        JsonNode created = registration.caseView().path("registry").get(0);
        assertThat(created.path("command").asText()).isEqualTo("REGISTER_JOB_SEEKER");
        assertThat(created.path("state").asText()).isEqualTo("ACCEPTED");
        String cardNumber = created.at("/card/cardNumber").asText();
        assertThat(cardNumber).startsWith("КПУ-");
        assertThat(registration.resultDocument().at("/fields/cardNumber").asText()).isEqualTo(cardNumber);

        // V08 again: REFER_TO_MEASURE accepted on that card; the referral of the asked kind carries it
        MioJourneys.Decided referral = j.referral();
        assertThat(referral.caseView().path("outcome").asText()).isEqualTo("COMPLETED");
        assertThat(texts(referral.caseView().path("actions"), "action")).containsSubsequence("COMPLETE_STEP",
                "ASSIGN_EXECUTOR", "PREPARE_RESULT", "REGISTRY_ACCEPTED", "COMPLETE_STEP", "SIGN", "ISSUE");
        assertThat(referral.resultDocument().path("kind").asText()).isEqualTo("REFERRAL");
        JsonNode referred = referral.caseView().path("registry").get(0);
        assertThat(referred.path("command").asText()).isEqualTo("REFER_TO_MEASURE");
        assertThat(referred.path("state").asText()).isEqualTo("ACCEPTED");
        assertThat(referred.at("/card/cardNumber").asText()).isEqualTo(cardNumber);
        assertThat(referral.resultDocument().at("/fields/cardNumber").asText()).isEqualTo(cardNumber);
        assertThat(referral.resultDocument().at("/fields/employer").asText()).isEqualTo("ТОО «Сырдария Агро»");
        assertThat(referral.originView().path("businessStatus").asText()).isEqualTo("ISSUED");
        // the card: the job-seeker registration by ec-4310 and the referral of this request
        assertThat(j.card().path("status").asText()).isEqualTo("JOB_SEEKER");
        assertThat(j.card().at("/registrations/0/requestId").asText()).isEqualTo(registration.requestId());
        JsonNode onCard = j.card().path("referrals").get(0);
        assertThat(j.card().path("referrals").size()).isEqualTo(1);
        assertThat(onCard.path("measureKind").asText()).isEqualTo("EMPLOYMENT");
        assertThat(onCard.path("requestId").asText()).isEqualTo(referral.requestId());
        assertThat(onCard.path("employer").asText()).isEqualTo("ТОО «Сырдария Агро»");
    }

    @Test
    void theOfficerOpensTheRequestsFilesAndSeesTheGatewaysSignatureCheck() {
        MioJourneys.CardJourney j = card();
        JsonNode kase = j.registration().caseView();

        // the files the citizen signed, fetched through the gateway's store as the provider; nobody else's provider
        assertThat(j.files()).hasSize(kase.path("attachments").size()).isNotEmpty();
        for (MioJourneys.OpenedFile f : j.files()) {
            assertThat(f.sha256()).isEqualTo(f.listedSha256());
            assertThat(f.size()).isPositive();
            assertThat(f.otherProviderStatus()).isEqualTo(404);
        }
        // the gateway's check of the citizen's EDS: signer, certificate, validity, revocation, when
        JsonNode check = kase.path("signatureCheck");
        assertThat(check.path("role").asText()).isEqualTo("CITIZEN");
        assertThat(check.path("signerIin").asText()).isEqualTo(j.citizenIin());
        assertThat(check.path("signerName").asText()).isNotBlank();
        assertThat(check.path("certificateSerial").asText()).isNotBlank();
        assertThat(check.path("issuer").asText()).isNotBlank();
        Instant checkedAt = Instant.parse(check.path("checkedAt").asText());
        assertThat(Instant.parse(check.path("notAfter").asText())).isAfter(checkedAt);
        assertThat(Instant.parse(check.path("notBefore").asText())).isBefore(checkedAt);
        assertThat(check.path("revocationStatus").asText()).isEqualTo("GOOD");
        assertThat(check.path("revocationSource").asText()).isIn("OCSP", "CRL");
        // checked by the gateway before ИС МИО received it
        assertThat(checkedAt).isBeforeOrEqualTo(Instant.parse(kase.at("/summary/receivedAt").asText()));
    }

    @Test
    void mangystauTheExecutorSignsAndTheOfficeHandsOver() {
        MioJourneys.Decided d = mio.mangystauJobSeeker();

        assertThat(d.providerId()).startsWith("ec-47");
        assertThat(d.caseView().at("/summary/variantCode").asText()).isEqualTo("V03");
        assertThat(texts(d.caseView().path("actions"), "action")).containsSubsequence("COMPLETE_STEP",
                "PREPARE_RESULT", "REGISTRY_ACCEPTED", "SIGN", "ISSUE");
        assertThat(texts(d.caseView().path("registry"), "command")).containsExactly("REGISTER_JOB_SEEKER");
        assertThat(d.resultDocument().path("variantCode").asText()).isEqualTo("V03");
        assertThat(d.resultDocument().path("signedByRole").asText()).isEqualTo("EXECUTOR");
        assertThat(d.resultDocument().at("/fields/cardNumber").asText()).isNotBlank();
        assertThat(texts(d.originView().path("timeline"), "status")).containsSubsequence("REGISTERED", "IN_PROGRESS",
                "COMPLETED", "ISSUED");
    }

    @Test
    void aStateCorporationPackageIsDecidedByTheSpecialistAndGoesBackToExactlyThatBranch() {
        MioJourneys.BranchJourney j = mio.stateCorporationRegistration();
        MioJourneys.Decided d = j.decided();

        // the State Corporation channel's steps of V11: the specialist's 3, 4 and 5; the operator's are the branch's
        assertThat(d.providerId()).startsWith("ec-63");
        JsonNode kase = d.caseView();
        assertThat(kase.at("/summary/variantCode").asText()).isEqualTo("V11");
        assertThat(kase.at("/summary/channel").asText()).isEqualTo("STATE_CORPORATION");
        assertThat(kase.path("origin").asText()).isEqualTo(j.branchId());
        assertThat(kase.at("/request/packageId").asText()).isEqualTo(j.packageId());
        assertThat(texts(kase.path("registry"), "command")).containsExactly("CHECK_LABOUR_ACTIVITY",
                "REGISTER_JOB_SEEKER");
        assertThat(texts(kase.path("actions"), "action")).containsSubsequence("PREPARE_RESULT", "REGISTRY_ACCEPTED",
                "COMPLETE_STEP", "PREPARE_RESULT", "REGISTRY_ACCEPTED", "SIGN", "PASSED_TO_STATE_CORPORATION",
                "ISSUED_BY_ORIGIN");
        assertThat(kase.path("outcome").asText()).isEqualTo("COMPLETED");
        assertThat(kase.at("/summary/status").asText()).isEqualTo("ISSUED");
        assertThat(kase.at("/signatureCheck/role").asText()).isEqualTo("OPERATOR");

        // registration at the provider moved the package: RECEIVED_BY_PROVIDER, reported by the provider
        JsonNode received = null;
        for (JsonNode m : j.packageView().path("movements")) {
            if ("RECEIVED_BY_PROVIDER".equals(m.path("movement").asText())) {
                received = m;
            }
        }
        assertThat(received).as(j.packageView().toString()).isNotNull();
        assertThat(received.path("reportedBy").asText()).isEqualTo(d.providerId());
        assertThat(received.path("holder").asText()).isEqualTo(d.providerId());
        assertThat(texts(j.packageView().path("movements"), "movement")).containsSubsequence("PACKED",
                "SENT_TO_PROVIDER", "RECEIVED_BY_PROVIDER");

        // the signed result reached exactly that branch, which handed it over; another branch does not see it
        assertThat(d.resultDocument().path("kind").asText()).isEqualTo("NOTIFICATION");
        assertThat(d.resultDocument().path("signedByRole").asText()).isEqualTo("SPECIALIST");
        assertThat(d.originView().path("businessStatus").asText()).isEqualTo("ISSUED");
        assertThat(d.originView().path("resultKind").asText()).isEqualTo("NOTIFICATION");
        assertThat(j.otherBranchStatus()).isEqualTo(404);
        boolean toBranch = false;
        for (JsonNode r : j.evidence().path("records")) {
            String detail = r.path("detail").isTextual() ? r.path("detail").asText() : r.path("detail").toString();
            toBranch |= "OUT".equals(r.path("kind").asText()) && "RESULT_DOCUMENT".equals(r.path("subject").asText())
                    && detail.contains(j.branchId());
        }
        assertThat(toBranch).as("the gateway's evidence: the result out to " + j.branchId()).isTrue();
        assertThat(j.evidence().at("/verify/intact").asBoolean()).isTrue();
    }
}
