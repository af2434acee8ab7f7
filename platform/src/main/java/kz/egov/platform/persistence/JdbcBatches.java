package kz.egov.platform.persistence;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;

/**
 * One statement executed for many parameter rows as a JDBC batch on the transaction's own connection: pgjdbc sends
 * the whole batch in one round trip (and an INSERT's rows as multi-row statements). Statements use JDBC's {@code ?}
 * placeholders; an {@link Instant} is bound as a {@code timestamptz}.
 */
public final class JdbcBatches {

    private JdbcBatches() {
    }

    public static void execute(EntityManager em, String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement statement = c.prepareStatement(sql)) {
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        statement.setObject(i + 1, row[i] instanceof Instant t
                                ? OffsetDateTime.ofInstant(t, ZoneOffset.UTC) : row[i]);
                    }
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        });
    }
}
