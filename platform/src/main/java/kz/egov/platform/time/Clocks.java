package kz.egov.platform.time;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.arc.DefaultBean;

/**
 * The one clock every rule reads: the system clock (UTC) in production. Tests put a {@code TestClock} (test-infra)
 * in its place; no rule reads the wall clock itself ({@code ArchitectureRulesTest}).
 */
@ApplicationScoped
public class Clocks {

    @Produces
    @Singleton
    @DefaultBean
    Clock system() {
        return Clock.systemUTC();
    }
}
