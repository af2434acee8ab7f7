package kz.egov.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import kz.egov.contract.message.Channel;
import org.junit.jupiter.api.Test;

/**
 * Issue [wave 2 · 8/16]: "A journey per variant × channel its text gives … `./egov demo --only V10` runs one". The
 * routes are the catalog's complete variants on each of their channels; {@code --only} picks them by variant code.
 */
class VariantRoutesTest {

    @Test
    void everyCompleteVariantOnEachOfItsChannelsAndNoFragment() {
        List<VariantJourneys.Route> routes = VariantJourneys.routes();

        assertThat(routes).hasSize(25);
        assertThat(routes).extracting(VariantJourneys.Route::variant).doesNotContain("V14", "V15")
                .contains("V01", "V02", "V03", "V04", "V05", "V06", "V07", "V08", "V09", "V10", "V11", "V12", "V13",
                        "V16");
        assertThat(routes).filteredOn(r -> r.variant().equals("V04")).extracting(VariantJourneys.Route::channel)
                .containsExactlyInAnyOrder(Channel.PORTAL, Channel.PROVIDER_OFFICE, Channel.STATE_CORPORATION);
        assertThat(routes).filteredOn(r -> r.variant().equals("V12")).extracting(VariantJourneys.Route::channel)
                .containsExactly(Channel.VIA_OTHER_BODY);
    }

    @Test
    void onlyPicksTheVariantsNamedOrAll() {
        assertThat(DemoCommand.variantRoutes(List.of("V10"))).extracting(VariantJourneys.Route::toString)
                .containsExactly("V10 STATE_CORPORATION");
        assertThat(DemoCommand.variantRoutes(List.of("portal", "V09"))).hasSize(2);
        assertThat(DemoCommand.variantRoutes(List.of("variants"))).hasSize(25);
        assertThat(DemoCommand.variantRoutes(null)).as("the default runs no variant journey").isEmpty();
        assertThat(DemoCommand.variantRoutes(List.of("portal"))).isEmpty();
    }
}
