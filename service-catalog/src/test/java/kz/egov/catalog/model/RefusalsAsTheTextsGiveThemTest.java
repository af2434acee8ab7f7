package kz.egov.catalog.model;

import static kz.egov.contract.message.Channel.PORTAL;
import static kz.egov.contract.message.Channel.PROVIDER_OFFICE;
import static kz.egov.contract.message.Channel.STATE_CORPORATION;
import static kz.egov.contract.message.Channel.VIA_OTHER_BODY;
import static kz.egov.contract.reason.ReasonCode.PKG_DOCUMENTS_EXPIRED;
import static kz.egov.contract.reason.ReasonCode.PKG_DOCUMENTS_MISSING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import kz.egov.catalog.ServiceCatalog;
import kz.egov.contract.message.Channel;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import org.junit.jupiter.api.Test;

/**
 * Issue [wave 2 · 7/16]: "which refusals exist (to accept, motivated), on which channel, on which grounds" as catalog
 * data the services obey. Each row quotes the text that decides it (originals under shared/regulations/originals).
 */
class RefusalsAsTheTextsGiveThemTest {

    private static final ServiceCatalog CATALOG = ServiceCatalog.loadDefault();
    private static final Set<ReasonCode> BOTH = Set.of(PKG_DOCUMENTS_MISSING, PKG_DOCUMENTS_EXPIRED);

    /** A variant's refusals: where it refuses acceptance, on which grounds, and whether it has a motivated refusal. */
    private record Refusals(String variant, List<Channel> toAccept, Set<ReasonCode> grounds, boolean motivated,
            String text) {
    }

    private static final List<Refusals> TEXTS = List.of(
            new Refusals("V01", List.of(), Set.of(), true, "000 L85: motivated refusal under p.10; no refusal to accept"),
            new Refusals("V02", List.of(PROVIDER_OFFICE), BOTH, true,
                    "000 L227: «…толық топтамасын ұсынбаған және (немесе) қолданылу мерзімі өтіп кеткен құжаттар…»"),
            new Refusals("V03", List.of(PROVIDER_OFFICE), BOTH, true, "000 L300"),
            new Refusals("V04", List.of(), Set.of(), true,
                    "001 L67, L77, L89: «либо мотивированный ответ об отказе»; at intake only authorisation and EDS"),
            new Refusals("V05", List.of(), Set.of(), true, "001 L1246–1247: refusal «при формировании заключения комиссии»"),
            new Refusals("V06", List.of(PROVIDER_OFFICE), BOTH, true,
                    "002 L62: «…сотрудник канцелярии услугодателя отказывает в приеме заявления»; p.9 (L86–99) none"),
            new Refusals("V07", List.of(), Set.of(), true, "002 L156: a motivated refusal only; steps L166–178"),
            new Refusals("V08", List.of(), Set.of(), true, "002 L229; steps L239–251, L271–282"),
            new Refusals("V09", List.of(STATE_CORPORATION), Set.of(PKG_DOCUMENTS_MISSING), false,
                    "003 L242–245: «…құжаттардың толық топтамасын ұсынбаған жағдайда, мемлекеттік корпорация "
                            + "қызметкері … қабылдаудан бас тарту туралы қолхат береді»; result L145–147 only the certificate"),
            new Refusals("V10", List.of(), Set.of(), false,
                    "003 L346–356: the result is «куәлік немесе оның телнұсқасы» only; p.9 (L439–466) no condition"),
            new Refusals("V11", List.of(PROVIDER_OFFICE, PORTAL), BOTH, true,
                    "003 L549–552 (p.5) and L633–636 (p.10), the provider's; p.11 (L653–680) the State Corporation "
                            + "accepts"),
            new Refusals("V12", List.of(VIA_OTHER_BODY), BOTH, true, "003 L820–823"),
            new Refusals("V13", List.of(), Set.of(), true, "003 L969–970: motivated refusal only"),
            new Refusals("V16", List.of(), Set.of(), true,
                    "004 L67: «…сұратылып отырған мемлекеттік көрсетілетін қызметтен бас тарту туралы хабарлама»: a "
                            + "refusal of the service, not of acceptance"));

    @Test
    void eachVariantRefusesWhereItsTextDoesAndNowhereElse() {
        for (Refusals r : TEXTS) {
            Variant v = CATALOG.variant(r.variant());
            for (Channel channel : Channel.values()) {
                assertThat(v.refusesToAcceptOn(channel)).as("%s refuses acceptance by %s (%s)", r.variant(), channel,
                        r.text()).isEqualTo(r.toAccept().contains(channel));
            }
            assertThat(v.refusalToAcceptIfAny().map(RefusalToAccept::reasons).map(Set::copyOf).orElse(Set.of()))
                    .as("%s's grounds (%s)", r.variant(), r.text()).isEqualTo(r.grounds());
            assertThat(v.refusesWithMotivation()).as("%s's motivated refusal (%s)", r.variant(), r.text())
                    .isEqualTo(r.motivated());
        }
    }

    @Test
    void theFragmentsV14AndV15AreRunOnNoChannel() {
        // 003 L51–60 (V14): one paragraph of an amendment; 003 L61–69 (V15): its point 3 (the result) only
        for (String code : List.of("V14", "V15")) {
            Variant v = CATALOG.variant(code);
            assertThat(v.partial()).isTrue();
            assertThat(v.refusesWithMotivation()).isFalse();
            assertThatThrownBy(v::requireComplete).isInstanceOfSatisfying(RejectedException.class,
                    e -> assertThat(e.reason()).isEqualTo(ReasonCode.SERVICE_TEXT_INCOMPLETE));
        }
        assertThat(CATALOG.variant("V11").requireComplete().code()).isEqualTo("V11");
    }
}
