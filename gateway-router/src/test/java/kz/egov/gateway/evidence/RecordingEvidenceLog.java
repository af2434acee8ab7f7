package kz.egov.gateway.evidence;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.inject.Vetoed;

/** The message log of a unit test: it keeps the records appended, in order, and writes nothing. */
@Vetoed
public class RecordingEvidenceLog extends EvidenceLog {

    /** A record as appended. */
    public record Row(String requestId, String messageId, String kind, String subject, String outcome,
            Map<String, ?> detail) {
    }

    private final List<Row> rows = new CopyOnWriteArrayList<>();

    public RecordingEvidenceLog() {
        super(null, null, null, null);
    }

    @Override
    public void append(String requestId, String messageId, String kind, String subject, String outcome,
            Map<String, ?> detail) {
        rows.add(new Row(requestId, messageId, kind, subject, outcome, detail));
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    public List<String> subjects() {
        return rows.stream().map(Row::subject).toList();
    }
}
