package kz.egov.platform.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/** Reading values of native query rows (PostgreSQL types as the driver and Hibernate hand them over). */
public final class Rows {

    private Rows() {
    }

    public static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        if (o instanceof ZonedDateTime t) {
            return t.toInstant();
        }
        if (o instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalArgumentException("not a timestamp: " + o.getClass());
    }

    public static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof LocalDate d ? d : ((java.sql.Date) o).toLocalDate();
    }

    public static String string(Object o) {
        return o == null ? null : o.toString().trim();
    }

    public static long number(Object o) {
        return ((Number) o).longValue();
    }

    /**
     * The rows of a native query with {@code ?n} parameters, read with plain JDBC ({@link NativeRows}: no result-type
     * resolution by Hibernate on each execution) — for the hot paths.
     */
    public static List<Object[]> list(EntityManager em, String sql, Object... parameters) {
        return NativeRows.list(em, sql, parameters);
    }

    /** The rows of a native query as arrays (a one-column query too). */
    public static List<Object[]> list(Query q) {
        return ((List<?>) q.getResultList()).stream().map(r -> r instanceof Object[] a ? a : new Object[] {r}).toList();
    }

    /** A timestamp parameter PostgreSQL casts (Hibernate binds strings; {@code CAST(?n AS TIMESTAMPTZ)} in SQL). */
    public static String ts(Instant t) {
        return t == null ? null : t.toString();
    }
}
