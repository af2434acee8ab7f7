package kz.egov.mio;

import static kz.egov.mio.Mio.act;
import static kz.egov.mio.Mio.awaitStatus;
import static kz.egov.mio.Mio.officer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.message.Rejection;
import kz.egov.contract.status.BusinessStatus;
import kz.egov.mio.officer.OfficerRole;
import kz.egov.mio.officer.OfficerSeeds;
import kz.egov.testinfra.EgovInfrastructureResource;
import org.junit.jupiter.api.Test;

/**
 * Issue [wave 2 · 7/16]: "ИС МИО allows a refusal to accept and a motivated refusal on every variant, also where the
 * catalog has none … Behaviour from the catalog, never hard-coded per service". What the texts say:
 * <ul>
 * <li>V06, 002_352d4dd28740df1b.txt L62 (p.6, the provider's office): «…неполного пакета документов … и (или)
 * документов с истекшим сроком действия, сотрудник канцелярии услугодателя отказывает в приеме заявления»; its portal
 * sequence (p.9, L86–99) has no such condition;</li>
 * <li>V07, 002 L156: «справка … либо мотивированный ответ об отказе … по основаниям, предусмотренным пунктом 10
 * стандарта», and no refusal to accept in its steps (L166–178);</li>
 * <li>V10, 003_bbbd0f9291d09582.txt L346–356: the result is «куәлік немесе оның телнұсқасы» only: no motivated
 * refusal.</li>
 * </ul>
 * A refusal the variant does not have is answered 409 {@code REQ_REFUSAL_NOT_PROVIDED}, and nothing is written or sent.
 */
@QuarkusTest
@QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)
class RefusalsTheRegulationsDoNotGiveTest {

    private static final String KYZYLORDA = "ec-4310";

    @Test
    void v06RefusesAcceptanceAtTheOfficeButNotOfAPortalRequest() {
        OfficerSeeds.Seed registrar = officer(KYZYLORDA, OfficerRole.REGISTRAR);
        String portal = Mio.portalRequest(Mio.citizen("4310"), "JOB_SEEKER_REGISTRATION", "V06", KYZYLORDA, null);
        awaitStatus(portal, BusinessStatus.RECEIVED);
        act(registrar, portal, refusal("PKG_DOCUMENTS_MISSING")).statusCode(409)
                .body("code", equalTo("REQ_REFUSAL_NOT_PROVIDED"));
        assertThat(Mio.countSent(portal, MessageType.REJECTION)).isZero();
        act(registrar, portal, "COMPLETE_STEP").statusCode(200).body("summary.status", equalTo("REGISTERED"));

        String office = Mio.officeRequest(Mio.citizen("4310"), "JOB_SEEKER_REGISTRATION", "V06", KYZYLORDA);
        awaitStatus(office, BusinessStatus.RECEIVED);
        act(registrar, office, refusal("PKG_DOCUMENTS_EXPIRED")).statusCode(200)
                .body("outcome", equalTo("REFUSAL_TO_ACCEPT"));
        assertThat(Mio.body(Mio.awaitSent(office, MessageType.REJECTION), Rejection.class).reasonCode())
                .isEqualTo("PKG_DOCUMENTS_EXPIRED");
    }

    @Test
    void v07HasNoRefusalToAcceptAtAll() {
        OfficerSeeds.Seed registrar = officer(KYZYLORDA, OfficerRole.REGISTRAR);
        String office = Mio.officeRequest(Mio.citizen("4310"), "UNEMPLOYED_REGISTRATION", "V07", KYZYLORDA);
        awaitStatus(office, BusinessStatus.RECEIVED);
        act(registrar, office, refusal("PKG_DOCUMENTS_MISSING")).statusCode(409)
                .body("code", equalTo("REQ_REFUSAL_NOT_PROVIDED"));
        assertThat(Mio.countSent(office, MessageType.REJECTION)).isZero();
        var kase = Mio.caseOf(registrar, office);
        assertThat(kase.at("/summary/status").asText()).isEqualTo("RECEIVED");
        assertThat(kase.at("/refusals/toAccept").asBoolean()).isFalse();
        assertThat(kase.at("/refusals/motivated").asBoolean()).isTrue();
    }

    @Test
    void v10HasNoMotivatedRefusal() {
        String provider = "dep-6310";
        String id = Mio.corpRequest(Mio.citizen("6310"), "REHABILITATED_CERTIFICATE", "V10", provider, "con-63",
                "PKG-" + UUID.randomUUID());
        awaitStatus(id, BusinessStatus.RECEIVED);
        // whoever tries, at whatever step
        OfficerSeeds.of(provider).forEach(o -> act(o, id, Map.of("action", "PREPARE_REFUSAL", "ground",
                "не представлена справка")).statusCode(409).body("code", equalTo("REQ_REFUSAL_NOT_PROVIDED")));
        assertThat(Mio.countSent(id, MessageType.RESULT_DOCUMENT)).isZero();
    }

    private static Map<String, Object> refusal(String reason) {
        return Map.of("action", "REFUSE_TO_ACCEPT", "reasonCode", reason, "comment", "пакет неполный");
    }
}
