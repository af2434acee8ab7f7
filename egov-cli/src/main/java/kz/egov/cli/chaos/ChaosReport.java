package kz.egov.cli.chaos;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** The outcome of a fault run: the figures, the faults, the dead letters and every reconciliation check. */
public record ChaosReport(ChaosOptions options, int submitted, int portalRequests, int cases,
        Map<String, Integer> rejectionsByReason, int registrationCases, int registryRepeatsAnswered, long clientRetries,
        List<FaultOutcome> faults, Ledgers ledgers, List<Check> checks, double streamSeconds,
        double settleSeconds, double totalSeconds) {

    private static final int SHOWN = 10;

    public boolean passed() {
        return checks.stream().allMatch(Check::passed);
    }

    /** The name of every check that failed, with its first problem. */
    public List<String> failures() {
        return checks.stream().filter(c -> !c.passed()).map(c -> c.name() + ": " + c.problems().get(0)).toList();
    }

    public void print(PrintStream out) {
        out.println();
        out.println("== Faults ==");
        for (FaultOutcome f : faults) {
            out.printf("  %6.1f s  %-32s after %4d answers  %s%n", f.atSeconds(), f.name(), f.answeredBefore(),
                    f.failure() == null ? String.format("ready again after %.1f s", f.recovery().toMillis() / 1000.0)
                            : "FAILED: " + f.failure());
        }
        out.println();
        out.println("== Figures ==");
        out.printf("  requests submitted %d (stream %.0f s at %.1f/s asked; client calls retried %d)%n", submitted,
                streamSeconds, options.rate(), clientRetries);
        out.printf("  portal requests %d; refused by the gateway %s; cases at МИО %d%n", portalRequests,
                rejectionsByReason, cases);
        out.printf("  cases taken through registration %d; registry commands answered again from the record %d%n",
                registrationCases, registryRepeatsAnswered);
        ledgers.counts().forEach((service, c) -> out.printf("  %-24s inbox %6d  outbox published %6d  pending %d  "
                + "dead letters %d (all time)%n", service, c.path("inbox").asLong(), c.path("outboxPublished").asLong(),
                c.path("outboxPending").asLong(), c.path("deadLetters").asLong()));
        out.println();
        out.println("== Dead letters of this run ==");
        int dead = 0;
        for (Map.Entry<String, List<JsonNode>> e : ledgers.deadLetters().entrySet()) {
            for (JsonNode d : e.getValue()) {
                dead++;
                out.printf("  %-24s %-22s %s %s%n", e.getKey(), d.path("reason").asText(), d.path("topic").asText(),
                        d.path("detail").asText());
            }
        }
        if (dead == 0) {
            out.println("  none");
        }
        out.println();
        out.println("== Reconciliation ==");
        for (Check c : checks) {
            out.printf("  %-4s %-88s %6d examined, %d problem(s)%n", c.passed() ? "PASS" : "FAIL", c.name(), c.examined(),
                    c.problems().size());
            c.problems().stream().limit(SHOWN).forEach(p -> out.println("         - " + p));
            if (c.problems().size() > SHOWN) {
                out.println("         - ... and " + (c.problems().size() - SHOWN) + " more");
            }
        }
        out.printf("%n%s in %.0f s (settled %.0f s after the stream).%n", passed() ? "Every check passed"
                : "RECONCILIATION FAILED", totalSeconds, settleSeconds);
    }
}
