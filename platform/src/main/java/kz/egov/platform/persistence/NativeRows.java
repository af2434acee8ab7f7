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

    /** Each row as an array of its column values (a one-column query too). */
    public static List<Object[]> list(EntityManager em, String sql, Object... parameters) {
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
                    int columns = rs.getMetaData().getColumnCount();
                    List<Object[]> rows = new ArrayList<>();
                    while (rs.next()) {
                        Object[] row = new Object[columns];
                        for (int c = 0; c < columns; c++) {
                            row[c] = rs.getObject(c + 1);
                        }
                        rows.add(row);
                    }
                    return rows;
                }
            } catch (SQLException e) {
                throw new PersistenceException("native query failed: " + e.getMessage(), e);
            }
        });
    }
}
