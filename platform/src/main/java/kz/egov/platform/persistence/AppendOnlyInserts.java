package kz.egov.platform.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Rows a transaction only appends and never reads back (a cabinet's timeline and notifications, the log of ГБД ФЛ
 * reads, attachment grants). While the inbound consumer processes a batch they are collected and written at its end,
 * in the batch's transaction, as one JDBC batch per statement (pgjdbc sends it as multi-row INSERTs) instead of a
 * round trip each; outside such a batch a row is written at once. Statements use JDBC's {@code ?} placeholders.
 */
@ApplicationScoped
public class AppendOnlyInserts extends DeferredUntilFlush<Map<String, List<Object[]>>> {

    /** Rows by statement, in the order they were appended. */
    @Override
    protected Map<String, List<Object[]>> empty() {
        return new LinkedHashMap<>();
    }

    /** Appends a row: {@code sql} is an INSERT with one {@code ?} per parameter; must run inside a transaction. */
    public void insert(String sql, Object... parameters) {
        Map<String, List<Object[]>> pending = pending();
        if (pending != null) {
            pending.computeIfAbsent(sql, s -> new ArrayList<>()).add(parameters);
        } else {
            write(Map.of(sql, List.<Object[]>of(parameters)));
        }
    }

    /** Writes the rows collected since {@link #deferUntilFlush()}, in the current transaction. */
    public void flush() {
        Map<String, List<Object[]>> pending = pending();
        if (pending != null && !pending.isEmpty()) {
            write(pending);
            pending.clear();
        }
    }

    private void write(Map<String, List<Object[]>> rows) {
        rows.forEach((sql, parameters) -> JdbcBatches.execute(em, sql, parameters));
    }
}
