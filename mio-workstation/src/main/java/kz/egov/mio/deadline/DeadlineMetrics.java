package kz.egov.mio.deadline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import kz.egov.mio.config.MioConfig;
import org.jboss.logging.Logger;

/**
 * Gauges refreshed in the background: open and overdue cases per provider ({@code egov_mio_cases_open},
 * {@code egov_mio_cases_overdue}) and the share completed within the term per provider and service
 * ({@code egov_mio_completed_within_term_ratio}, all time).
 */
@ApplicationScoped
public class DeadlineMetrics {

    private static final Logger LOG = Logger.getLogger(DeadlineMetrics.class);

    private final Quality quality;
    private final MeterRegistry registry;
    private final Clock clock;
    private final Duration interval;
    private final Map<String, AtomicLong> open = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> overdue = new ConcurrentHashMap<>();
    private final Map<String, AtomicReference<Double>> share = new ConcurrentHashMap<>();
    private ScheduledExecutorService timer;

    DeadlineMetrics(Quality quality, MeterRegistry registry, Clock clock, MioConfig config) {
        this.quality = quality;
        this.registry = registry;
        this.clock = clock;
        this.interval = config.mio().metricsInterval();
    }

    void start(@Observes StartupEvent event) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "mio-deadline-metrics");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::refreshQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.debug("metrics refresh failed", e);
        }
    }

    public void refresh() {
        QuarkusTransaction.requiringNew().run(() -> {
            open.values().forEach(v -> v.set(0));
            overdue.values().forEach(v -> v.set(0));
            for (Quality.Open o : quality.open()) {
                gauge(open, "egov_mio_cases_open", o.providerId()).set(o.open());
                gauge(overdue, "egov_mio_cases_overdue", o.providerId()).set(o.overdue());
            }
            Instant allTime = clock.instant().plus(Duration.ofDays(3650));
            for (Quality.Line l : quality.lines(null, null, Instant.EPOCH, allTime)) {
                share.computeIfAbsent(l.providerId() + "|" + l.serviceCode(), k -> {
                    AtomicReference<Double> ref = new AtomicReference<>(1.0);
                    Gauge.builder("egov_mio_completed_within_term_ratio", ref, AtomicReference::get)
                            .tag("provider", l.providerId()).tag("service", l.serviceCode()).register(registry);
                    return ref;
                }).set(l.share());
            }
        });
    }

    private AtomicLong gauge(Map<String, AtomicLong> map, String name, String provider) {
        return map.computeIfAbsent(provider, p -> {
            AtomicLong value = new AtomicLong();
            Gauge.builder(name, value, AtomicLong::get).tag("provider", p).register(registry);
            return value;
        });
    }
}
