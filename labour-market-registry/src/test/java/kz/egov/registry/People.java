package kz.egov.registry;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import kz.egov.contract.message.PersonRecord;
import kz.egov.eds.identity.IinGenerator;
import kz.egov.eds.identity.Sex;
import kz.egov.reference.EmploymentRecords;
import kz.egov.reference.Population;

/** People of the gateway's ГБД ФЛ stand-in, each handed out once per test JVM, with or without labour activity. */
final class People {

    /** The acting officer of the employment centre. */
    static final String OFFICER = IinGenerator.nth(LocalDate.of(1985, 5, 5), Sex.FEMALE, 1);

    private static final List<PersonRecord> ADULTS = Population.standard().people().stream()
            .filter(p -> !p.deceased() && p.birthDate().isBefore(LocalDate.of(2004, 1, 1))).toList();
    private static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(ADULTS.size()));

    private People() {
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Almaty"));
    }

    static PersonRecord withoutLabourActivity() {
        return next(p -> !EmploymentRecords.hasLabourActivity(p, today()));
    }

    static PersonRecord withLabourActivity() {
        return next(p -> EmploymentRecords.hasLabourActivity(p, today()));
    }

    static PersonRecord anyone() {
        return next(p -> true);
    }

    private static PersonRecord next(Predicate<PersonRecord> wanted) {
        while (true) {
            PersonRecord p = ADULTS.get(Math.floorMod(NEXT.getAndIncrement(), ADULTS.size()));
            if (wanted.test(p)) {
                return p;
            }
        }
    }
}
