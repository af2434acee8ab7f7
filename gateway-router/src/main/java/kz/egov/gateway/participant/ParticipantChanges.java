package kz.egov.gateway.participant;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Keeps every gateway instance's participant cache true to the database: listens on PostgreSQL's
 * {@code participant_changed} channel (a trigger announces each change on commit, whoever makes it) and drops the
 * changed participant from {@link ParticipantRegistry}'s cache. While it is not listening (start, a lost connection)
 * the cache is not used at all, and it is emptied when listening starts again, so no change is missed: a deactivation
 * or a new pin reaches every instance within a moment.
 */
@ApplicationScoped
public class ParticipantChanges {

    static final String CHANNEL = "participant_changed";
    private static final Logger LOG = Logger.getLogger(ParticipantChanges.class);
    /** How long one wait for notifications lasts; also how soon a lost connection is noticed. */
    private static final int WAIT_MILLIS = 500;

    private final DataSource dataSource;
    private final ParticipantRegistry registry;
    private volatile boolean running;
    private Thread thread;

    ParticipantChanges(DataSource dataSource, ParticipantRegistry registry) {
        this.dataSource = dataSource;
        this.registry = registry;
    }

    void start(@Observes StartupEvent event) {
        running = true;
        thread = new Thread(this::listen, "participant-changes");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.join(2_000);
        }
    }

    private void listen() {
        while (running) {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(true);
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                registry.listening(true);
                while (running) {
                    PGNotification[] changes = pg.getNotifications(WAIT_MILLIS);
                    if (changes != null) {
                        for (PGNotification n : changes) {
                            registry.changed(n.getParameter());
                        }
                    }
                    if (c.isClosed()) {
                        break;
                    }
                }
            } catch (SQLException | RuntimeException e) {
                LOG.warnf("participant changes: not listening (%s); retrying in 1 s", e.toString());
            } finally {
                registry.listening(false);
            }
            sleep(1_000);
        }
    }

    private void sleep(long millis) {
        if (!running) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
