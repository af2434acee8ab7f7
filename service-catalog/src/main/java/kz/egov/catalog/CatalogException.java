package kz.egov.catalog;

import java.util.List;

/** The catalog or the calendar data is broken; the message names the entry and the field. */
public class CatalogException extends RuntimeException {
    private final List<String> problems;

    public CatalogException(List<String> problems) {
        super(problems.size() == 1 ? problems.get(0)
                : problems.size() + " problems in the service catalog:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public CatalogException(String problem, Throwable cause) {
        super(problem, cause);
        this.problems = List.of(problem);
    }

    /** Each problem as "ENTRY field.path: what is wrong". */
    public List<String> problems() {
        return problems;
    }
}
