package kz.egov.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

import kz.egov.contract.message.PersonRecord;
import kz.egov.eds.identity.IinGenerator;
import kz.egov.eds.identity.Sex;

/**
 * The ГБД ФЛ stand-in population: realistic people with valid IINs, names, birth dates and registered addresses in
 * the districts of the regulations, some deceased and some without a registered address. Deterministic for a seed,
 * so the gateway's ГБД ФЛ and the registry's employment records describe the same people.
 */
public final class Population {

    public static final long DEFAULT_SEED = 20261123L;
    public static final int DEFAULT_SIZE = 6000;

    private static final String[] SURNAME_STEMS = {"Ахмет", "Нурлан", "Серик", "Жумабаев", "Касым", "Омар", "Сулейменов",
        "Абдрахман", "Байжан", "Есен", "Тулеген", "Мукан", "Иван", "Ким", "Петров", "Жаксылык", "Бекбол", "Сапар",
        "Искак", "Калиев", "Даулет", "Оспан", "Карим", "Ержан", "Смагул"};
    private static final String[] MALE_NAMES = {"Данияр", "Ерлан", "Нурсултан", "Азамат", "Арман", "Бауыржан", "Ерасыл",
        "Алихан", "Тимур", "Айдос", "Санжар", "Руслан", "Дмитрий", "Алексей", "Мади", "Асхат"};
    private static final String[] FEMALE_NAMES = {"Айгерим", "Дана", "Жанар", "Алия", "Гульнара", "Асель", "Камила",
        "Мадина", "Сауле", "Айжан", "Елена", "Наталья", "Динара", "Томирис", "Аружан", "Меруерт"};
    private static final String[] FATHER_STEMS = {"Серик", "Болат", "Нурлан", "Марат", "Ерлан", "Талгат", "Кайрат",
        "Бахыт", "Сергей", "Арман", "Жанат", "Ермек"};
    private static final String[] STREETS = {"Абая", "Толе би", "Назарбаева", "Сейфуллина", "Жибек жолы", "Айтеке би",
        "Желтоксан", "Достык", "Абылай хана", "Богенбай батыра"};

    private final List<PersonRecord> people;

    private Population(List<PersonRecord> people) {
        this.people = List.copyOf(people);
    }

    public static Population standard() {
        return generate(DEFAULT_SEED, DEFAULT_SIZE, Districts.all());
    }

    public static Population generate(long seed, int size, List<District> districts) {
        Random random = new Random(seed);
        Set<String> iins = new HashSet<>();
        List<PersonRecord> people = new ArrayList<>(size);
        int n = 0;
        while (people.size() < size) {
            LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 57));
            Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
            String iin = IinGenerator.nth(birth, sex, n++ % 900);
            if (!iins.add(iin)) {
                continue;
            }
            people.add(person(random, iin, birth, sex, districts));
        }
        return new Population(people);
    }

    private static PersonRecord person(Random random, String iin, LocalDate birth, Sex sex, List<District> districts) {
        boolean female = sex == Sex.FEMALE;
        String stem = SURNAME_STEMS[random.nextInt(SURNAME_STEMS.length)];
        String surname = stem.endsWith("ов") || stem.endsWith("ев") ? stem + (female ? "а" : "")
                : stem + (female ? "ова" : "ов");
        String name = female ? FEMALE_NAMES[random.nextInt(FEMALE_NAMES.length)]
                : MALE_NAMES[random.nextInt(MALE_NAMES.length)];
        String patronymic = random.nextInt(10) == 0 ? null
                : FATHER_STEMS[random.nextInt(FATHER_STEMS.length)] + (female ? "овна" : "ович");
        int roll = random.nextInt(100);
        boolean deceased = roll < 2;
        boolean homeless = roll >= 2 && roll < 4;
        District d = districts.get(random.nextInt(districts.size()));
        LocalDate death = deceased ? birth.plusYears(18 + random.nextInt(40)) : null;
        if (death != null && death.isAfter(LocalDate.of(2026, 1, 1))) {
            death = LocalDate.of(2025, 6, 1);
        }
        String address = homeless ? null : d.name() + ", ул. " + STREETS[random.nextInt(STREETS.length)] + ", д. "
                + (1 + random.nextInt(120)) + (random.nextBoolean() ? ", кв. " + (1 + random.nextInt(200)) : "");
        return new PersonRecord(iin, surname, name, patronymic, birth, female ? "F" : "M", deceased, death,
                homeless ? null : d.kato(), address);
    }

    public List<PersonRecord> people() {
        return people;
    }

    public Optional<PersonRecord> find(Predicate<PersonRecord> condition) {
        return people.stream().filter(condition).findFirst();
    }

    /** The n-th person (0-based) meeting the condition. */
    public PersonRecord nth(Predicate<PersonRecord> condition, int n) {
        return people.stream().filter(condition).skip(n).findFirst()
                .orElseThrow(() -> new IllegalStateException("not enough such people"));
    }

    /** Alive, with a registered address in a district whose KATO starts with {@code katoPrefix}. */
    public static Predicate<PersonRecord> livingIn(String katoPrefix) {
        return p -> !p.deceased() && p.addressKato() != null && p.addressKato().startsWith(katoPrefix);
    }
}
