package kz.egov.corp.tracking;

import java.time.Instant;

/** One recorded movement of a paper package: what, when, who recorded it, which participant reported it, who holds it. */
public record Movement(String movement, Instant at, String recordedBy, String reportedBy, String holder) {
}
