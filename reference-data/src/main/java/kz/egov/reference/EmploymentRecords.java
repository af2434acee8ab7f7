package kz.egov.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import kz.egov.contract.message.PersonRecord;

/**
 * The stand-in source of labour activity (employment contracts and pension contributions) over the same people as
 * the ГБД ФЛ stand-in: about half of working-age people are employed, so "no labour activity" is true for some and
 * false for others. Deterministic per person.
 */
public final class EmploymentRecords {

    /** One employment: an employment contract with an employer, and the last pension contribution. */
    public record Employment(String iin, String employerBin, String employerName, LocalDate contractStart,
            LocalDate contractEnd, LocalDate lastContribution) {

        public boolean activeOn(LocalDate day) {
            return !contractStart.isAfter(day) && (contractEnd == null || !contractEnd.isBefore(day));
        }
    }

    private static final String[] EMPLOYERS = {"ТОО «КазМунайСервис»", "АО «Казпочта»", "ТОО «Актау Строй»",
        "ГКП «Горводоканал»", "ТОО «Сырдарья Агро»", "АО «Усть-Каменогорский титано-магниевый комбинат»",
        "ИП «Жумабаев»", "ТОО «Алатау Логистик»"};
    private static final String[] EMPLOYER_BINS = {"040340001233", "000140002105", "110740012230", "990340004417",
        "071040003320", "970540000712", "880101300123", "150840020011"};

    private EmploymentRecords() {
    }

    /** The employment history of one person (empty: never employed). */
    public static List<Employment> of(PersonRecord person) {
        Random r = new Random(person.iin().hashCode() * 31L + 7);
        List<Employment> jobs = new ArrayList<>();
        LocalDate adult = person.birthDate().plusYears(18);
        if (person.deceased() || adult.isAfter(LocalDate.of(2025, 1, 1)) || r.nextInt(100) < 15) {
            return jobs;
        }
        int employer = r.nextInt(EMPLOYERS.length);
        LocalDate start = adult.plusDays(r.nextInt(3000));
        boolean current = r.nextInt(100) < 55;
        LocalDate end = current ? null : start.plusDays(200 + r.nextInt(2000));
        if (end != null && end.isAfter(LocalDate.of(2026, 6, 1))) {
            end = LocalDate.of(2026, 6, 1);
        }
        LocalDate lastContribution = current ? LocalDate.of(2026, 10, 10) : end;
        jobs.add(new Employment(person.iin(), EMPLOYER_BINS[employer], EMPLOYERS[employer], start, end, lastContribution));
        return jobs;
    }

    /** Whether the person has labour activity on {@code day} (a running contract). */
    public static boolean hasLabourActivity(PersonRecord person, LocalDate day) {
        return of(person).stream().anyMatch(e -> e.activeOn(day));
    }
}
