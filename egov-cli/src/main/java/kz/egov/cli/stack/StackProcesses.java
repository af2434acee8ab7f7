package kz.egov.cli.stack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The processes of one stack (one data directory). Each JVM the stack starts carries {@code -Degov.stack=<data dir>}
 * on its command line and the postmaster carries {@code <data dir>/postgres}, so they are found by pid file and, as a
 * last check, by scanning the process table.
 */
final class StackProcesses {

    static final String SUPERVISOR = "egov";
    static final String KAFKA = "kafka";
    /** The development НУЦ (OCSP + CRLs over HTTP). */
    static final String NUC = "nuc";
    static final String POSTGRES = "postgres";

    private StackProcesses() {
    }

    static String marker(StackLayout layout) {
        return "-Degov.stack=" + layout.dataDir();
    }

    /**
     * The live processes recorded in the pid files, by component name, in stop order: supervisor, services, НУЦ,
     * broker, PostgreSQL.
     */
    static Map<String, ProcessHandle> recorded(StackConfig config) {
        StackLayout layout = config.layout();
        Map<String, ProcessHandle> live = new LinkedHashMap<>();
        alive(layout, SUPERVISOR, "kz.egov.cli.EgovCommand").ifPresent(h -> live.put(SUPERVISOR, h));
        for (ServiceDefinition s : config.services()) {
            alive(layout, s.name(), marker(layout)).ifPresent(h -> live.put(s.name(), h));
        }
        alive(layout, NUC, marker(layout)).ifPresent(h -> live.put(NUC, h));
        alive(layout, KAFKA, marker(layout)).ifPresent(h -> live.put(KAFKA, h));
        PostgresServer.running(layout).ifPresent(h -> live.put(POSTGRES, h));
        return live;
    }

    static Optional<ProcessHandle> alive(StackLayout layout, String component, String marker) {
        var pid = PidFiles.read(layout.pidFile(component));
        return pid.isPresent() ? Processes.alive(pid.getAsLong(), marker) : Optional.empty();
    }

    /** Every live process whose command line names this stack's data directory (other than this JVM). */
    static List<ProcessHandle> scan(StackLayout layout) {
        String jvm = marker(layout);
        String pg = layout.postgresDir().toString();
        long self = ProcessHandle.current().pid();
        List<ProcessHandle> found = new ArrayList<>();
        ProcessHandle.allProcesses().filter(h -> h.pid() != self).forEach(h -> h.info().commandLine()
                .filter(c -> c.contains(jvm) || c.contains(pg)).ifPresent(c -> found.add(h)));
        return found;
    }
}
