package kz.egov.corp.operator;

import java.time.LocalDate;

import kz.egov.eds.identity.IinGenerator;
import kz.egov.eds.identity.Sex;

/**
 * The development operators seeded per branch: deterministic valid IINs and logins, so the local stack's PKI can
 * issue them certificates and tests can sign as them.
 */
public final class OperatorSeeds {

    private static final String[][] NAMES = {{"Ахметов", "Ерлан"}, {"Садыкова", "Айгерим"}, {"Нурланов", "Данияр"},
            {"Искакова", "Мадина"}};

    /** One seeded operator. */
    public record Seed(String login, String iin, String surname, String givenName) {
    }

    private OperatorSeeds() {
    }

    /** The {@code k}-th operator (from 0) of the branch at position {@code branchIndex} of the reference list. */
    public static Seed seed(String branchId, int branchIndex, int k) {
        Sex sex = k % 2 == 0 ? Sex.MALE : Sex.FEMALE;
        String iin = IinGenerator.nth(LocalDate.of(1988, 3, 1 + branchIndex), sex, k);
        String[] name = NAMES[k % NAMES.length];
        return new Seed(branchId + "-op" + (k + 1), iin, name[0], name[1]);
    }
}
