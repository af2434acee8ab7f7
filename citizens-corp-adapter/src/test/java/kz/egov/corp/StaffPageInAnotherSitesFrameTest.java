package kz.egov.corp;

import io.quarkus.test.junit.QuarkusTest;
import kz.egov.testinfra.StaffPageInAnotherSitesFrameContract;

/** The desk page of this service refuses another site's frame, scripts and referrers. */
@QuarkusTest
class StaffPageInAnotherSitesFrameTest extends StaffPageInAnotherSitesFrameContract {

    @Override
    protected String page() {
        return "/operator/";
    }
}
