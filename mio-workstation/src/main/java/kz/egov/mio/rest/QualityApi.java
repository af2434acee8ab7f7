package kz.egov.mio.rest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.mio.config.MioConfig;
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

    private final CurrentOfficer current;
    private final Quality quality;
    private final Clock clock;

    QualityApi(CurrentOfficer current, Quality quality, Clock clock) {
        this.current = current;
        this.quality = quality;
        this.clock = clock;
    }

    @GET
    @Transactional
    public Report report(@QueryParam("service") String service, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        String provider = current.get().providerId;
        LocalDate today = today(clock);
        LocalDate f = date(from, today.minusDays(30));
        LocalDate t = date(to, today);
        return Report.of(provider, f, t, quality.lines(provider, service, start(f), start(t.plusDays(1))));
    }

    /** Today in the providers' zone, on the plain clock: the default end of a report's period. */
    static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), MioConfig.ZONE);
    }

    static LocalDate date(String value, LocalDate fallback) {
        try {
            return value == null || value.isBlank() ? fallback : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new RejectedException(ReasonCode.VALIDATION_FAILED, "dates are yyyy-MM-dd");
        }
    }

    static Instant start(LocalDate d) {
        return d.atStartOfDay(MioConfig.ZONE).toInstant();
    }
}
