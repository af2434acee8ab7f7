package kz.egov.cli.chaos;

import java.time.Duration;

/**
 * A fault that happened: its name, when (seconds since the stream started), how many requests were answered by then,
 * how long until everything was ready again, or why it failed.
 */
public record FaultOutcome(String name, double atSeconds, int answeredBefore, Duration recovery, String failure) {
}
