package kz.egov.platform.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import org.hibernate.Session;

/**
 * The rows of a native SELECT (or {@code INSERT … RETURNING}), read with plain JDBC on the transaction's own
 * connection. Hibernate, given a native query without a result mapping, resolves every column's type anew on each
 * execution and, for each {@code CHAR(n)} column, builds and swallows an exception ("TypeConfiguration is not
 * currently scoped to MetadataBuildingContext") — about thirty stack traces per portal request, seen with JFR. The
 * hot paths read through this instead. Parameters are written {@code ?1, ?2, …} as in JPA (one may occur more than
 * once); an {@link Instant} is bound as a {@code timestamptz}. Values come as the PostgreSQL driver returns them (text
 * and {@code CHAR} as {@code String}, {@code bytea} as {@code byte[]}, {@code timestamptz} as
 * {@code java.sql.Timestamp}, {@code date} as {@code java.sql.Date}, integers as {@code Integer}/{@code Long}). It does
 * not flush Hibernate's pending entity changes first: for services and queries that use none.
 */
public final class NativeRows {

    private static final Pattern PARAMETER = Pattern.compile("\\?(\\d+)");

    private NativeRows() {
    }

    /** A row of a result, read by column name. */
    public static final class Row {
        private final ResultSet rs;

        private Row(ResultSet rs) {
            this.rs = rs;
        }

        public Object value(String column) {
            try {
                return rs.getObject(column);
            } catch (SQLException e) {
                throw new PersistenceException("no column " + column + ": " + e.getMessage(), e);
            }
        }

        /** Text; a {@code CHAR(n)} value without its padding. */
        public String string(String column) {
            return Rows.string(value(column));
        }

        public java.time.Instant instant(String column) {
            return Rows.instant(value(column));
        }

        /** A whole number (an integer column, a count). */
        public long number(String column) {
            return Rows.number(value(column));
        }
    }

    /** Each row as an array of its column values (a one-column query too). */
    public static List<Object[]> list(EntityManager em, String sql, Object... parameters) {
        return map(em, sql, row -> {
            try {
                Object[] values = new Object[row.rs.getMetaData().getColumnCount()];
                for (int c = 0; c < values.length; c++) {
                    values[c] = row.rs.getObject(c + 1);
                }
                return values;
            } catch (SQLException e) {
                throw new PersistenceException("native query failed: " + e.getMessage(), e);
            }
        }, parameters);
    }

    /** Each row read by column name into what {@code mapper} makes of it. */
    public static <T> List<T> map(EntityManager em, String sql, java.util.function.Function<Row, T> mapper,
            Object... parameters) {
        List<Object> bound = new ArrayList<>();
        Matcher m = PARAMETER.matcher(sql);
        StringBuilder jdbcSql = new StringBuilder();
        while (m.find()) {
            Object value = parameters[Integer.parseInt(m.group(1)) - 1];
            bound.add(value instanceof Instant t ? t.atOffset(ZoneOffset.UTC) : value);
            m.appendReplacement(jdbcSql, "?");
        }
        m.appendTail(jdbcSql);
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(jdbcSql.toString())) {
                for (int i = 0; i < bound.size(); i++) {
                    statement.setObject(i + 1, bound.get(i));
                }
                try (ResultSet rs = statement.executeQuery()) {
                    Row row = new Row(rs);
                    List<T> rows = new ArrayList<>();
                    while (rs.next()) {
                        rows.add(mapper.apply(row));
                    }
                    return rows;
                }
            } catch (SQLException e) {
                throw new PersistenceException("native query failed: " + e.getMessage(), e);
            }
        });
    }
}
