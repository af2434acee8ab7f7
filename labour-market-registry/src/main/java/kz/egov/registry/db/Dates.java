package kz.egov.registry.db;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Reading dates and instants from native query results, whatever type the driver hands back. */
public final class Dates {

    private Dates() {
    }

    public static LocalDate local(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof LocalDate d ? d : ((java.sql.Date) o).toLocalDate();
    }

    public static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((java.sql.Timestamp) o).toInstant();
    }
}
