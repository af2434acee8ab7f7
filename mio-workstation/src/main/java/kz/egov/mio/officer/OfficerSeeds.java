package kz.egov.mio.officer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import kz.egov.eds.identity.IinGenerator;
import kz.egov.eds.identity.Sex;
import kz.egov.reference.Participants;

/**
 * The officers the local stack seeds for every seeded provider: a registrar, a head, two executors and a specialist who
 * is also the authorised person. IINs are deterministic (birth date from the provider's position in the reference
 * list, sequence from the slot), so the CLI and the tests can issue their certificates from the development CA.
 */
public final class OfficerSeeds {

    /** One seeded officer. */
    public record Seed(String providerId, String iin, String surname, String givenName, Set<OfficerRole> roles) {
    }

    private static final String[][] PEOPLE = {
        {"Ахметова", "Дана"}, {"Сейткали", "Ерлан"}, {"Жумабаева", "Айгерим"}, {"Касымов", "Нурлан"},
        {"Оспанова", "Гульмира"}};

    private static final List<Set<OfficerRole>> ROLES = List.of(EnumSet.of(OfficerRole.REGISTRAR),
            EnumSet.of(OfficerRole.HEAD), EnumSet.of(OfficerRole.EXECUTOR), EnumSet.of(OfficerRole.EXECUTOR),
            EnumSet.of(OfficerRole.SPECIALIST, OfficerRole.AUTHORISED_PERSON));

    private OfficerSeeds() {
    }

    /** The seeded officers of a seeded provider. */
    public static List<Seed> of(String providerId) {
        List<Participants.Seed> providers = Participants.ofKind("PROVIDER");
        for (int i = 0; i < providers.size(); i++) {
            if (providers.get(i).id().equals(providerId)) {
                return of(i, providerId);
            }
        }
        throw new IllegalArgumentException("no seeded provider " + providerId);
    }

    /** The seeded officer of a provider with a role (the first one). */
    public static Seed withRole(String providerId, OfficerRole role) {
        return of(providerId).stream().filter(s -> s.roles().contains(role)).findFirst().orElseThrow();
    }

    static List<Seed> of(int providerIndex, String providerId) {
        LocalDate birth = LocalDate.of(1975, 1, 1).plusDays(providerIndex * 3L);
        List<Seed> seeds = new ArrayList<>();
        for (int slot = 0; slot < ROLES.size(); slot++) {
            Sex sex = slot % 2 == 0 ? Sex.FEMALE : Sex.MALE;
            String iin = IinGenerator.nth(birth.plusDays(slot % 2), sex, 500 + slot);
            seeds.add(new Seed(providerId, iin, PEOPLE[slot][0], PEOPLE[slot][1], ROLES.get(slot)));
        }
        return seeds;
    }
}
