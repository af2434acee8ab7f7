package kz.egov.registry.employment;

import java.time.LocalDate;
import java.util.List;

/**
 * The answer to "does the citizen have labour activity" («отсутствие трудовой деятельности»): on which day, from which
 * source and as of which data date, with the employments found.
 */
public record LabourActivity(boolean hasLabourActivity, LocalDate checkedOn, String source, LocalDate dataDate,
        List<Employment> employments) {

    /** One employment contract with its last pension contribution; {@code active} on the day checked. */
    public record Employment(String employerBin, String employerName, LocalDate contractStart, LocalDate contractEnd,
            LocalDate lastContribution, boolean active) {
    }
}
