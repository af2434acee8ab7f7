package kz.egov.mio;

import io.quarkus.test.junit.QuarkusTest;
import kz.egov.testinfra.StaffPageContract;

/** The officer workstation (ИС МИО) page is served with the agent client and style sheet the desk pages share. */
@QuarkusTest
class StaffPageTest extends StaffPageContract {

    @Override
    protected String page() {
        return "/officer/";
    }
}
