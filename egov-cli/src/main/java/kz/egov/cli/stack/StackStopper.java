package kz.egov.cli.stack;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Stops a stack from another process: the foreground {@code egov up} if there is one (it then stops everything in
 * order), else the services, the development НУЦ, the broker and PostgreSQL by their pid files; then looks for anything left.
 */
final class StackStopper {

    private StackStopper() {
    }

    static StopReport stop(StackConfig config, PrintStream out) {
        StackLayout layout = config.layout();
        Map<String, ProcessHandle> live = StackProcesses.recorded(config);
        Set<String> stopped = new LinkedHashSet<>(live.keySet());
        ProcessHandle supervisor = live.remove(StackProcesses.SUPERVISOR);
        if (supervisor != null) {
            out.println("Stopping egov up (pid " + supervisor.pid() + "), which stops the stack in order...");
            Processes.terminate(supervisor, Duration.ofSeconds(90));
            live = StackProcesses.recorded(config);
        }
        List<Map.Entry<String, ProcessHandle>> services = live.entrySet().stream()
                .filter(e -> !e.getKey().equals(StackProcesses.KAFKA) && !e.getKey().equals(StackProcesses.POSTGRES)
                        && !e.getKey().equals(StackProcesses.NUC))
                .toList();
        if (!services.isEmpty()) {
            out.println("Stopping services...");
            services.forEach(e -> e.getValue().destroy());
            services.forEach(e -> Processes.terminate(e.getValue(), Duration.ofSeconds(20)));
        }
        ProcessHandle nuc = live.get(StackProcesses.NUC);
        if (nuc != null) {
            out.println("Stopping the development НУЦ...");
            Processes.terminate(nuc, Duration.ofSeconds(10));
        }
        ProcessHandle kafka = live.get(StackProcesses.KAFKA);
        if (kafka != null) {
            out.println("Stopping Kafka...");
            Processes.terminate(kafka, Duration.ofSeconds(30));
        }
        if (live.containsKey(StackProcesses.POSTGRES)) {
            out.println("Stopping PostgreSQL...");
            PostgresServer.stopByPidFile(layout, Duration.ofSeconds(30));
        }
        List<String> leftovers = killLeftovers(layout);
        cleanRunDir(config);
        return new StopReport(new ArrayList<>(stopped), leftovers);
    }

    private static List<String> killLeftovers(StackLayout layout) {
        List<String> left = new ArrayList<>();
        for (ProcessHandle h : StackProcesses.scan(layout)) {
            left.add(h.pid() + " " + h.info().commandLine().orElse("?"));
            h.destroyForcibly();
        }
        return left;
    }

    private static void cleanRunDir(StackConfig config) {
        StackLayout layout = config.layout();
        PidFiles.delete(layout.pidFile(StackProcesses.SUPERVISOR));
        PidFiles.delete(layout.pidFile(StackProcesses.KAFKA));
        PidFiles.delete(layout.pidFile(StackProcesses.NUC));
        config.services().forEach(s -> PidFiles.delete(layout.pidFile(s.name())));
        PidFiles.delete(layout.runConfigFile());
    }
}
