package kz.egov.cli.stack;

import java.util.List;

/** What {@code egov down} stopped, and what it found still running afterwards (and killed). */
public record StopReport(List<String> stopped, List<String> leftovers) {

    public StopReport {
        stopped = List.copyOf(stopped);
        leftovers = List.copyOf(leftovers);
    }

    public boolean clean() {
        return leftovers.isEmpty();
    }
}
