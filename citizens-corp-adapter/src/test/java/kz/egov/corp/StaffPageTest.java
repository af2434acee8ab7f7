package kz.egov.corp;

import io.quarkus.test.junit.QuarkusTest;
import kz.egov.testinfra.StaffPageContract;

/** The operator desk (ИС ЦОН) page is served with the agent client and style sheet the desk pages share. */
@QuarkusTest
class StaffPageTest extends StaffPageContract {

    @Override
    protected String page() {
        return "/operator/";
    }
}
