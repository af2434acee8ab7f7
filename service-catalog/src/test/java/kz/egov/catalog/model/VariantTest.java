package kz.egov.catalog.model;

import kz.egov.contract.message.Channel;

import kz.egov.catalog.ServiceCatalog;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static kz.egov.contract.message.Channel.PORTAL;
import static kz.egov.contract.message.Channel.PROVIDER_OFFICE;
import static kz.egov.contract.message.Channel.STATE_CORPORATION;
import static kz.egov.contract.message.Channel.VIA_OTHER_BODY;
import static org.assertj.core.api.Assertions.assertThat;

/** One test per variant: its channels, steps (role, limit, signing, registry command) and term, against the originals. */
class VariantTest {

    static final ServiceCatalog CATALOG = ServiceCatalog.loadDefault();

    /** "ROLE amount UNIT [SIGNS] [COMMANDS]" per step, "-" for no limit. */
    static List<String> steps(String variant, Channel channel) {
        return CATALOG.variant(variant).steps(channel).stream().map(s -> {
            String d = s.maxDuration() == null ? "-" : s.maxDuration().amount() + " " + s.maxDuration().unit();
            String sign = s.signsResult() ? " SIGNS" : "";
            String cmd = s.registryCommands().isEmpty() ? ""
                    : " " + s.registryCommands().stream().map(Enum::name).collect(Collectors.joining("+"));
            return s.role() + " " + d + sign + cmd;
        }).toList();
    }

    static String term(String variant, Channel channel) {
        Term t = CATALOG.variant(variant).term(channel);
        String parts = t.parts().stream().map(MaxDuration::shortForm).collect(Collectors.joining(" + "));
        return parts + " from " + t.start() + (t.derived() ? " (derived)" : "");
    }

    @Test
    void v01ReferralMangystau() {
        Variant v = CATALOG.variant("V01");
        assertThat(v.channels()).containsExactly(PROVIDER_OFFICE, PORTAL);
        assertThat(steps("V01", PROVIDER_OFFICE)).containsExactly(
                "REGISTRAR 10 MINUTES", "EXECUTOR 15 MINUTES SIGNS REFER_TO_MEASURE", "REGISTRAR 5 MINUTES");
        assertThat(steps("V01", PORTAL)).isEqualTo(steps("V01", PROVIDER_OFFICE));
        assertThat(v.channel(PORTAL).stepsSameAs()).isEqualTo(PROVIDER_OFFICE);
        assertThat(v.channel(PORTAL).portalSequence()).isEqualTo("SEQ-MNG17");
        assertThat(term("V01", PROVIDER_OFFICE)).isEqualTo("30 MINUTES from FIRST_STEP_START (derived)");
        assertThat(v.steps(PROVIDER_OFFICE).get(0).maxDuration().sourceWording()).isEqualTo("10 (он) минут");
        assertThat(v.resultDocuments()).extracting(ResultDocument::code).containsExactly(
                "EMPLOYMENT_REFERRAL", "YOUTH_PRACTICE_REFERRAL", "SOCIAL_JOBS_REFERRAL", "PUBLIC_WORKS_REFERRAL", "MOTIVATED_REFUSAL");
        assertThat(v.refusalToAccept()).isNull();
        assertThat(v.region().katoPrefixes()).containsExactly("47");
    }

    @Test
    void v02UnemployedRegistrationMangystau() {
        Variant v = CATALOG.variant("V02");
        assertThat(v.channels()).containsExactly(PROVIDER_OFFICE);
        assertThat(steps("V02", PROVIDER_OFFICE)).containsExactly(
                "REGISTRAR 10 MINUTES", "EXECUTOR 15 MINUTES SIGNS REGISTER_UNEMPLOYED", "REGISTRAR 5 MINUTES");
        assertThat(term("V02", PROVIDER_OFFICE)).isEqualTo("30 MINUTES from FIRST_STEP_START (derived)");
        assertThat(v.refusalToAccept().channels()).containsExactly(PROVIDER_OFFICE);
        assertThat(v.refusalToAccept().grounds()).contains("қолданылу мерзімі өтіп кеткен");
        assertThat(v.motivatedRefusal().pointsToStandard()).isTrue();
    }

    @Test
    void v03JobSeekerRegistrationMangystau() {
        Variant v = CATALOG.variant("V03");
        assertThat(v.channels()).containsExactly(PROVIDER_OFFICE, PORTAL);
        assertThat(steps("V03", PROVIDER_OFFICE)).containsExactly(
                "REGISTRAR 10 MINUTES", "EXECUTOR 15 MINUTES SIGNS REGISTER_JOB_SEEKER", "REGISTRAR 5 MINUTES");
        assertThat(steps("V03", PORTAL)).isEqualTo(steps("V03", PROVIDER_OFFICE));
        assertThat(term("V03", PORTAL)).isEqualTo("30 MINUTES from FIRST_STEP_START (derived)");
    }

    @Test
    void v04UnemployedCertificateAlmaty() {
        Variant v = CATALOG.variant("V04");
        assertThat(v.channels()).containsExactly(PROVIDER_OFFICE, STATE_CORPORATION, PORTAL);
        assertThat(steps("V04", PROVIDER_OFFICE)).containsExactly(
                "SPECIALIST 10 MINUTES", "SYSTEM 1 MINUTES", "SYSTEM 1 MINUTES", "SYSTEM 1 MINUTES",
                "SPECIALIST 10 MINUTES CHECK_UNEMPLOYED_REGISTRATION", "SYSTEM 1 MINUTES", "SYSTEM 1 MINUTES", "SYSTEM 1 MINUTES",
                "SPECIALIST 10 MINUTES SIGNS", "SYSTEM 1 MINUTES", "SYSTEM 1 MINUTES", "SYSTEM 1 MINUTES");
        assertThat(steps("V04", STATE_CORPORATION)).containsExactly(
                "OPERATOR 30 MINUTES", "SYSTEM 1 MINUTES", "SYSTEM 1 MINUTES", "SYSTEM 1 MINUTES", "SPECIALIST 10 MINUTES",
                "SPECIALIST 3 WORKING_DAYS CHECK_UNEMPLOYED_REGISTRATION", "SYSTEM 1 MINUTES", "SYSTEM 1 MINUTES", "SYSTEM 1 MINUTES",
                "OPERATOR 10 MINUTES", "SPECIALIST 1 MINUTES SIGNS", "SYSTEM 1 MINUTES", "SYSTEM 1 MINUTES", "SYSTEM 1 MINUTES",
                "OPERATOR 30 MINUTES");
        assertThat(steps("V04", PORTAL)).containsExactly(
                "SYSTEM 1 MINUTES", "SYSTEM 1 MINUTES", "SYSTEM 1 MINUTES", "SYSTEM 1 MINUTES", "SPECIALIST 10 MINUTES",
                "SPECIALIST 1 WORKING_DAYS CHECK_UNEMPLOYED_REGISTRATION", "SYSTEM 1 MINUTES", "SYSTEM 1 MINUTES", "SYSTEM 1 MINUTES",
                "SYSTEM 1 MINUTES", "SPECIALIST 1 MINUTES SIGNS", "SYSTEM 1 MINUTES", "SYSTEM 1 MINUTES", "SYSTEM 1 MINUTES",
                "SYSTEM -");
        assertThat(term("V04", PROVIDER_OFFICE)).isEqualTo("39 MINUTES from FIRST_STEP_START (derived)");
        assertThat(term("V04", STATE_CORPORATION)).isEqualTo("3 WORKING_DAYS + 90 MINUTES from FIRST_STEP_START (derived)");
        assertThat(term("V04", PORTAL)).isEqualTo("1 WORKING_DAYS + 22 MINUTES from FIRST_STEP_START (derived)");
        assertThat(v.steps(PORTAL).get(14).system()).isTrue();
        assertThat(v.steps(STATE_CORPORATION).get(0).body()).isEqualTo(ProviderType.STATE_CORPORATION);
        assertThat(v.region().katoPrefixes()).containsExactly("75");
        assertThat(v.contradictions()).extracting(Contradiction::kind).contains(
                ContradictionKind.NOT_LESS_VERSUS_NOT_MORE, ContradictionKind.LANGUAGE_VALUE_MISMATCH);
    }

    @Test
    void v05HomeSchoolingSupportAlmaty() {
        Variant v = CATALOG.variant("V05");
        assertThat(v.channels()).containsExactly(PROVIDER_OFFICE, PORTAL);
        assertThat(steps("V05", PROVIDER_OFFICE)).containsExactly(
                "SPECIALIST 5 MINUTES", "SYSTEM 3 MINUTES", "SPECIALIST 5 MINUTES", "SYSTEM 2 MINUTES", "SPECIALIST 10 WORKING_DAYS SIGNS");
        assertThat(steps("V05", PORTAL)).containsExactly(
                "SYSTEM 1 MINUTES", "SYSTEM 1 MINUTES", "SYSTEM 1 MINUTES", "SPECIALIST 15 MINUTES", "SPECIALIST 10 WORKING_DAYS",
                "SYSTEM 1 MINUTES", "SYSTEM 1 MINUTES", "SYSTEM 1 MINUTES", "SPECIALIST 15 MINUTES SIGNS",
                "SYSTEM 1 MINUTES", "SYSTEM 1 MINUTES", "SYSTEM 1 MINUTES");
        assertThat(term("V05", PROVIDER_OFFICE)).isEqualTo("10 WORKING_DAYS + 15 MINUTES from FIRST_STEP_START (derived)");
        assertThat(term("V05", PORTAL)).isEqualTo("10 WORKING_DAYS + 39 MINUTES from FIRST_STEP_START (derived)");
        assertThat(v.steps(PROVIDER_OFFICE).get(4).maxDuration().sourceWording()).isEqualTo("в течение 10 рабочих дней");
        assertThat(v.organisations()).extracting(Organisation::type)
                .containsExactly(ProviderType.DISTRICT_EMPLOYMENT_DEPARTMENT, ProviderType.CITY_EMPLOYMENT_DEPARTMENT);
    }

    @Test
    void v06JobSeekerRegistrationKyzylorda() {
        Variant v = CATALOG.variant("V06");
        assertThat(v.channels()).containsExactly(PROVIDER_OFFICE, PORTAL);
        assertThat(steps("V06", PROVIDER_OFFICE)).containsExactly(
                "APPLICANT -", "REGISTRAR 20 MINUTES", "HEAD 20 MINUTES", "EXECUTOR 30 MINUTES REGISTER_JOB_SEEKER",
                "HEAD 20 MINUTES SIGNS", "REGISTRAR 30 MINUTES");
        assertThat(steps("V06", PORTAL)).containsExactly(
                "APPLICANT -", "REGISTRAR 20 MINUTES", "HEAD 20 MINUTES", "EXECUTOR 30 MINUTES REGISTER_JOB_SEEKER",
                "HEAD 20 MINUTES SIGNS");
        assertThat(term("V06", PROVIDER_OFFICE)).isEqualTo("120 MINUTES from FIRST_STEP_START (derived)");
        assertThat(term("V06", PORTAL)).isEqualTo("90 MINUTES from FIRST_STEP_START (derived)");
        assertThat(v.steps(PROVIDER_OFFICE).get(1).maxDuration().sourceWording()).isEqualTo("не более двадцати минут");
        assertThat(v.refusalToAccept().channels()).containsExactly(PROVIDER_OFFICE);
    }

    @Test
    void v07UnemployedRegistrationKyzylorda() {
        assertThat(CATALOG.variant("V07").channels()).containsExactly(PROVIDER_OFFICE);
        assertThat(steps("V07", PROVIDER_OFFICE)).containsExactly(
                "APPLICANT -", "REGISTRAR 20 MINUTES", "HEAD 30 MINUTES",
                "EXECUTOR 30 MINUTES CHECK_UNEMPLOYED_REGISTRATION", "HEAD 30 MINUTES SIGNS", "REGISTRAR 20 MINUTES");
        assertThat(term("V07", PROVIDER_OFFICE)).isEqualTo("130 MINUTES from FIRST_STEP_START (derived)");
        assertThat(CATALOG.variant("V07").refusalToAccept()).isNull();
    }

    @Test
    void v08ReferralKyzylorda() {
        assertThat(CATALOG.variant("V08").channels()).containsExactly(PROVIDER_OFFICE, PORTAL);
        assertThat(steps("V08", PROVIDER_OFFICE)).containsExactly(
                "APPLICANT -", "REGISTRAR 5 MINUTES", "HEAD 5 MINUTES", "EXECUTOR 10 MINUTES REFER_TO_MEASURE",
                "HEAD 5 MINUTES SIGNS", "REGISTRAR 5 MINUTES");
        assertThat(steps("V08", PORTAL)).containsExactly(
                "APPLICANT -", "REGISTRAR 20 MINUTES", "HEAD 20 MINUTES", "EXECUTOR 20 MINUTES REFER_TO_MEASURE",
                "HEAD 20 MINUTES SIGNS", "REGISTRAR 20 MINUTES");
        assertThat(term("V08", PROVIDER_OFFICE)).isEqualTo("30 MINUTES from FIRST_STEP_START (derived)");
        assertThat(term("V08", PORTAL)).isEqualTo("100 MINUTES from FIRST_STEP_START (derived)");
    }

    @Test
    void v09OralmanStatusEastKazakhstan() {
        Variant v = CATALOG.variant("V09");
        assertThat(v.channels()).containsExactly(PROVIDER_OFFICE, STATE_CORPORATION);
        assertThat(steps("V09", PROVIDER_OFFICE)).containsExactly(
                "SPECIALIST 30 MINUTES", "SPECIALIST 1 WORKING_DAYS", "SPECIALIST 2 WORKING_DAYS", "HEAD 1 WORKING_DAYS SIGNS",
                "SPECIALIST 1 WORKING_DAYS");
        assertThat(steps("V09", STATE_CORPORATION)).containsExactly(
                "OPERATOR 15 MINUTES", "OPERATOR 2 WORKING_DAYS", "SPECIALIST 30 MINUTES", "SPECIALIST 1 WORKING_DAYS",
                "SPECIALIST 1 WORKING_DAYS", "HEAD 30 MINUTES SIGNS", "SPECIALIST 1 WORKING_DAYS", "OPERATOR 3 WORKING_DAYS");
        assertThat(term("V09", PROVIDER_OFFICE)).isEqualTo("5 WORKING_DAYS from PACKAGE_REGISTERED_BY_PROVIDER");
        Term sc = v.term(STATE_CORPORATION);
        assertThat(term("V09", STATE_CORPORATION)).isEqualTo("5 WORKING_DAYS from PACKAGE_REGISTERED_BY_PROVIDER");
        assertThat(sc.excludesAcceptanceDay()).isTrue();
        assertThat(sc.extensions()).singleElement().satisfies(x -> assertThat(x.extra().shortForm()).isEqualTo("5 WORKING_DAYS"));
        assertThat(v.motivatedRefusal()).isNull();
        assertThat(v.refusalToAccept().receipt()).contains("2-қосымшасына");
        assertThat(v.contradictions()).extracting(Contradiction::kind).contains(ContradictionKind.TERM_SHORTER_THAN_STEPS);
    }

    @Test
    void v10RehabilitatedCertificateEastKazakhstan() {
        Variant v = CATALOG.variant("V10");
        assertThat(v.channels()).containsExactly(STATE_CORPORATION);
        // the head names the executor: p.5 (003 L375–376) «2-іс-қимыл – басшы құжаттарды қарайды және жауапты
        // орындаушыны анықтайды – 1 (бір) сағат», p.8 (L421–422) the same; p.9 alone leaves it out (V10-C2)
        assertThat(steps("V10", STATE_CORPORATION)).containsExactly(
                "OPERATOR 15 MINUTES", "OPERATOR 1 WORKING_DAYS", "SPECIALIST 30 MINUTES", "HEAD 1 HOURS",
                "EXECUTOR 2 WORKING_DAYS", "HEAD 1 WORKING_DAYS SIGNS", "SPECIALIST 1 WORKING_DAYS", "OPERATOR 20 MINUTES");
        assertThat(term("V10", STATE_CORPORATION)).isEqualTo("5 WORKING_DAYS from PACKAGE_REGISTERED_BY_PROVIDER");
        assertThat(v.contradictions()).filteredOn(c -> c.kind() == ContradictionKind.TWO_DURATIONS_FOR_STEP).singleElement()
                .satisfies(c -> assertThat(c.statements()).extracting(Statement::amount).containsExactly(30L, 15L));
        assertThat(v.channel(STATE_CORPORATION).acceptanceProof()).contains("үзбелі талон");
    }

    @Test
    void v11JobSeekerRegistrationEastKazakhstan() {
        Variant v = CATALOG.variant("V11");
        assertThat(v.channels()).containsExactly(PROVIDER_OFFICE, PORTAL, STATE_CORPORATION);
        // p.7 (003 L594–596): «…қызметті берушінiң құрылымдық бөлiмшелерiнiң (қызметкерлерінің) тiзбесi:
        // көрсетілетін қызметті берушінің маманы» — one role, so the office's first step is the specialist's too
        assertThat(steps("V11", PROVIDER_OFFICE)).containsExactly(
                "SPECIALIST 30 MINUTES", "SPECIALIST 20 MINUTES", "SPECIALIST 4 HOURS CHECK_LABOUR_ACTIVITY",
                "SPECIALIST 2 HOURS SIGNS REGISTER_JOB_SEEKER", "SPECIALIST 20 MINUTES");
        assertThat(steps("V11", PORTAL)).containsExactly(
                "APPLICANT 5 MINUTES", "APPLICANT 15 MINUTES", "APPLICANT 20 MINUTES", "SYSTEM 10 MINUTES",
                "SYSTEM 5 HOURS CHECK_LABOUR_ACTIVITY+REGISTER_JOB_SEEKER", "SYSTEM 10 MINUTES");
        assertThat(steps("V11", STATE_CORPORATION)).containsExactly(
                "OPERATOR 30 MINUTES", "OPERATOR 20 MINUTES", "SPECIALIST 4 HOURS CHECK_LABOUR_ACTIVITY",
                "SPECIALIST 2 HOURS SIGNS REGISTER_JOB_SEEKER", "SPECIALIST 20 MINUTES", "OPERATOR 20 MINUTES");
        for (Channel c : v.channels()) {
            assertThat(term("V11", c)).isEqualTo("1 WORKING_DAYS from SUBMISSION");
        }
        assertThat(v.refusalToAccept().channels()).containsExactly(PROVIDER_OFFICE, PORTAL);
    }

    @Test
    void v12UnemployedRegistrationViaEmploymentCentreAndAkimat() {
        Variant v = CATALOG.variant("V12");
        assertThat(v.channels()).containsExactly(VIA_OTHER_BODY);
        assertThat(v.providerType()).isEqualTo(ProviderType.AKIMAT);
        assertThat(v.organisations()).extracting(Organisation::type, Organisation::part).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ProviderType.AKIMAT, "PROVIDER"),
                org.assertj.core.groups.Tuple.tuple(ProviderType.EMPLOYMENT_CENTRE, "FRONT_OFFICE"));
        assertThat(steps("V12", VIA_OTHER_BODY)).containsExactly(
                "SPECIALIST 30 MINUTES", "SPECIALIST 20 MINUTES", "SPECIALIST 1 HOURS", "SPECIALIST 1 HOURS",
                "SPECIALIST 1 WORKING_DAYS REGISTER_UNEMPLOYED", "SPECIALIST 150 MINUTES SIGNS", "SPECIALIST 20 MINUTES");
        assertThat(v.steps(VIA_OTHER_BODY)).extracting(Step::body).containsExactly(
                ProviderType.EMPLOYMENT_CENTRE, ProviderType.EMPLOYMENT_CENTRE, ProviderType.EMPLOYMENT_CENTRE,
                ProviderType.AKIMAT, ProviderType.AKIMAT, ProviderType.EMPLOYMENT_CENTRE, ProviderType.EMPLOYMENT_CENTRE);
        assertThat(v.steps(VIA_OTHER_BODY).get(5).maxDuration().sourceWording()).isEqualTo("2 (екі) сағат 30 (отыз) минут");
        assertThat(term("V12", VIA_OTHER_BODY)).isEqualTo("2 WORKING_DAYS from DECISION_DATE");
        assertThat(v.term(VIA_OTHER_BODY).fromTheDay()).as("003 L844–846 «шешім қабылдаған күннен бастап»").isTrue();
    }

    @Test
    void v13UnemployedCertificateEastKazakhstan() {
        assertThat(CATALOG.variant("V13").channels()).containsExactly(PROVIDER_OFFICE);
        assertThat(steps("V13", PROVIDER_OFFICE)).containsExactly(
                "SPECIALIST 20 MINUTES", "SPECIALIST 10 MINUTES", "SPECIALIST 1 HOURS CHECK_UNEMPLOYED_REGISTRATION",
                "SPECIALIST 20 MINUTES", "SPECIALIST 20 MINUTES", "SPECIALIST 1 HOURS SIGNS", "SPECIALIST 20 MINUTES");
        assertThat(term("V13", PROVIDER_OFFICE)).isEqualTo("1 WORKING_DAYS from SUBMISSION");
    }

    @Test
    void v14IsAFragmentWithTheScheduleStepOnly() {
        Variant v = CATALOG.variant("V14");
        assertThat(v.partial()).isTrue();
        assertThat(v.channels()).containsExactly(STATE_CORPORATION);
        assertThat(steps("V14", STATE_CORPORATION)).containsExactly("OPERATOR -");
        assertThat(v.steps(STATE_CORPORATION).get(0).number()).isEqualTo(2);
        assertThat(v.steps(STATE_CORPORATION).get(0).note()).contains("өтемақы төлеу кестесіне сәйкес");
        assertThat(v.term(STATE_CORPORATION)).isNull();
    }

    @Test
    void v15IsAFragmentWithTheResultOnly() {
        Variant v = CATALOG.variant("V15");
        assertThat(v.partial()).isTrue();
        assertThat(v.channels()).isEmpty();
        assertThat(v.resultDocuments()).singleElement().satisfies(r -> {
            assertThat(r.form()).isEqualTo("PAPER");
            assertThat(r.names().kk()).contains("еркін нысандағы");
        });
    }

    @Test
    void v16AdoptionCandidateRegistrationMangystau() {
        Variant v = CATALOG.variant("V16");
        assertThat(v.channels()).containsExactly(PROVIDER_OFFICE, PORTAL);
        assertThat(steps("V16", PROVIDER_OFFICE)).containsExactly(
                "REGISTRAR 15 MINUTES", "HEAD 15 MINUTES", "EXECUTOR 13 CALENDAR_DAYS", "HEAD 1 CALENDAR_DAYS SIGNS", "REGISTRAR 15 MINUTES");
        assertThat(steps("V16", PORTAL)).isEqualTo(steps("V16", PROVIDER_OFFICE));
        assertThat(term("V16", PROVIDER_OFFICE)).isEqualTo("14 CALENDAR_DAYS + 45 MINUTES from FIRST_STEP_START (derived)");
        assertThat(v.fee()).contains("тегін");
        assertThat(v.channel(PORTAL).portalSequence()).isEqualTo("SEQ-MNG18");
        assertThat(v.steps(PROVIDER_OFFICE).get(2).maxDuration().sourceWording()).isEqualTo("күнтізбелік 13 (он үш) күн ішінде");
    }

    @Test
    void everyCompleteChannelHasOrderedStepsAndATerm() {
        for (Variant v : CATALOG.variants()) {
            if (v.partial()) {
                continue;
            }
            for (Channel c : v.channels()) {
                assertThat(v.steps(c)).as(v.code() + " " + c).isNotEmpty();
                assertThat(v.term(c)).as(v.code() + " " + c + " term").isNotNull();
                assertThat(v.steps(c)).extracting(Step::number).as(v.code() + " " + c).isSorted();
                assertThat(v.steps(c)).filteredOn(Step::signsResult).as(v.code() + " " + c).hasSizeLessThanOrEqualTo(1);
            }
        }
    }
}
