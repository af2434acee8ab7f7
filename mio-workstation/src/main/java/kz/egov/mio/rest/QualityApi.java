package kz.egov.mio.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.mio.deadline.Quality;
import kz.egov.mio.officer.CurrentOfficer;

/** The quality indicator for the officer's provider: the share of requests completed within the term. */
@Path("/api/quality")
@Produces(MediaType.APPLICATION_JSON)
public class QualityApi {

    /** The indicator over a period of signing dates [from, to]. */
    public record Report(String providerId, LocalDate from, LocalDate to, List<Quality.Line> services, long completed,
            long withinTerm, double share) {

        static Report of(String providerId, LocalDate from, LocalDate to, List<Quality.Line> lines) {
            long done = lines.stream().mapToLong(Quality.Line::completed).sum();
            long within = lines.stream().mapToLong(Quality.Line::withinTerm).sum();
            return new Report(providerId, from, to, lines, done, within, done == 0 ? 1.0 : (double) within / done);
        }
    }

    static final ZoneId ZONE = ZoneId.of("Asia/Almaty");

    @Inject
    CurrentOfficer current;

    @Inject
    Quality quality;

    @GET
    @Transactional
    public Report report(@QueryParam("service") String service, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        String provider = current.get().providerId;
        LocalDate f = date(from, LocalDate.now(ZONE).minusDays(30));
        LocalDate t = date(to, LocalDate.now(ZONE));
        return Report.of(provider, f, t, quality.lines(provider, service, start(f), start(t.plusDays(1))));
    }

    static LocalDate date(String value, LocalDate fallback) {
        try {
            return value == null || value.isBlank() ? fallback : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new RejectedException(ReasonCode.VALIDATION_FAILED, "dates are yyyy-MM-dd");
        }
    }

    static Instant start(LocalDate d) {
        return d.atStartOfDay(ZONE).toInstant();
    }
}
