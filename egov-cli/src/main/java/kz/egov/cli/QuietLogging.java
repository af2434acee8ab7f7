package kz.egov.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * java.util.logging for the egov JVMs: through JBoss LogManager (on the class path for Kafka's log4j2 bridge, which
 * complains when it is not the manager) and at WARNING, so the libraries' INFO chatter (zonky, Kafka) stays out of
 * the console and the broker log. Must run before anything logs.
 */
public final class QuietLogging {

    private static final List<Logger> KEPT = new ArrayList<>(); // configured loggers must not be garbage-collected

    private QuietLogging() {
    }

    public static void apply() {
        if (System.getProperty("java.util.logging.manager") == null) {
            System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        }
        Logger root = Logger.getLogger("");
        root.setLevel(Level.WARNING);
        KEPT.add(root);
    }
}
