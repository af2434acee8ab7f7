package kz.egov.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;

import kz.egov.contract.message.PersonRecord;
import kz.egov.eds.identity.Iin;
import org.junit.jupiter.api.Test;

/** The ГБД ФЛ stand-in: realistic, varied, valid and the same every time. */
class PopulationTest {

    private final Population population = Population.standard();

    @Test
    void atLeastFiveThousandPeopleWithValidUniqueIins() {
        assertThat(population.people()).hasSizeGreaterThanOrEqualTo(5000);
        assertThat(population.people()).allSatisfy(p -> assertThat(Iin.isValid(p.iin())).as(p.iin()).isTrue());
        assertThat(new HashSet<>(population.people().stream().map(PersonRecord::iin).toList()))
                .hasSize(population.people().size());
    }

    @Test
    void birthDateAndSexAgreeWithTheIin() {
        for (PersonRecord p : population.people().subList(0, 500)) {
            Iin iin = Iin.of(p.iin());
            assertThat(iin.birthDate()).isEqualTo(p.birthDate());
            assertThat(iin.sex().name().charAt(0)).isEqualTo(p.sex().equals("F") ? 'F' : 'M');
        }
    }

    @Test
    void everyRegionIsPopulatedAndSomeAreDeceasedOrWithoutAddress() {
        for (District d : Districts.all()) {
            assertThat(population.people().stream().filter(p -> d.kato().equals(p.addressKato()))).as(d.name()).isNotEmpty();
        }
        assertThat(population.people().stream().filter(PersonRecord::deceased).count()).isBetween(50L, 300L);
        assertThat(population.people().stream().filter(p -> p.addressKato() == null).count()).isBetween(50L, 300L);
    }

    @Test
    void generationIsDeterministic() {
        assertThat(Population.standard().people()).isEqualTo(population.people());
    }

    @Test
    void labourActivityIsTrueForSomeAndFalseForOthers() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        long employed = population.people().stream().filter(p -> EmploymentRecords.hasLabourActivity(p, today)).count();
        assertThat(employed).isBetween(1000L, 4500L);
        PersonRecord someone = population.find(Population.livingIn("43")).orElseThrow();
        assertThat(EmploymentRecords.of(someone)).isEqualTo(EmploymentRecords.of(someone));
    }
}
