package kz.egov.cli.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Stream;

import kz.egov.cli.stack.StackLayout;

/**
 * The CPU time the local stack's processes used, read from Linux's {@code /proc}: each service (its JIT compiler
 * threads counted apart, as "JIT compilers"), PostgreSQL (the postmaster and every backend), the Kafka broker and the
 * НУЦ. Between two snapshots of a run this says what a request costs on the machine, component by component, and
 * whether the JVMs were still compiling. Where there is no {@code /proc} (not Linux) the snapshots are empty.
 */
final class CpuUse {

    /** Linux reports CPU times in clock ticks of {@code USER_HZ}, 100 per second on every mainstream architecture. */
    private static final double TICKS_PER_SECOND = 100.0;
    static final String JIT = "JIT compilers (all services)";
    static final String POSTGRES = "PostgreSQL";
    private static final Path PROC = Path.of("/proc");

    /** CPU seconds used so far, by component. */
    record Snapshot(Map<String, Double> seconds) {

        boolean isEmpty() {
            return seconds.isEmpty();
        }
    }

    private CpuUse() {
    }

    static Snapshot take(StackLayout layout, List<String> services) {
        Map<String, Double> seconds = new LinkedHashMap<>();
        if (!Files.isDirectory(PROC.resolve("self"))) {
            return new Snapshot(seconds);
        }
        for (String service : services) {
            OptionalLong pid = pid(layout.pidFile(service));
            if (pid.isPresent()) {
                double[] appAndJit = javaProcess(pid.getAsLong());
                seconds.put(service, appAndJit[0]);
                seconds.merge(JIT, appAndJit[1], Double::sum);
            }
        }
        pid(layout.postmasterPidFile()).ifPresent(pm -> seconds.put(POSTGRES, processTree(pm)));
        pid(layout.pidFile("kafka")).ifPresent(p -> seconds.put("Kafka broker", process(p)));
        pid(layout.pidFile("nuc")).ifPresent(p -> seconds.put("НУЦ (OCSP, CRL)", process(p)));
        return new Snapshot(seconds);
    }

    /** CPU milliseconds per request of each component between two snapshots. */
    static Map<String, Double> perRequest(Snapshot before, Snapshot after, int requests) {
        Map<String, Double> ms = new LinkedHashMap<>();
        after.seconds().forEach((name, now) -> ms.put(name,
                (now - before.seconds().getOrDefault(name, 0.0)) * 1000 / Math.max(1, requests)));
        return ms;
    }

    /** A markdown table of {@link #perRequest}, with the total and the rate the machine's cores allow at that cost. */
    static String table(String title, Snapshot before, Snapshot after, int requests, int cores) {
        if (before.isEmpty() || after.isEmpty()) {
            return "";
        }
        Map<String, Double> ms = perRequest(before, after, requests);
        double total = ms.values().stream().mapToDouble(Double::doubleValue).sum();
        StringBuilder s = new StringBuilder();
        s.append("CPU per request (").append(title).append("; from /proc, everything the stack did meanwhile):\n\n");
        s.append("| component | CPU ms per request |\n|---|---|\n");
        ms.forEach((name, v) -> s.append(String.format(Locale.ROOT, "| %s | %.2f |%n", name, v)));
        s.append(String.format(Locale.ROOT, "| **total** | **%.2f** → at most %.0f requests/s on %d cores |%n%n", total,
                total > 0 ? cores * 1000 / total : 0, cores));
        return s.toString();
    }

    /**
     * {@code [application, JIT compiler]} CPU seconds of a JVM: the process's own total (which keeps the time of
     * threads that have ended — a pool's idle worker retires between two snapshots) less its compiler threads'.
     */
    private static double[] javaProcess(long pid) {
        double total = process(pid);
        double[] compilers = new double[1];
        try (Stream<Path> tasks = Files.list(PROC.resolve(pid + "/task"))) {
            tasks.forEach(task -> {
                String stat = firstLine(task.resolve("stat"));
                if (stat != null && isCompilerThread(comm(stat))) {
                    compilers[0] += ticks(stat, 11) + ticks(stat, 12);
                }
            });
        } catch (IOException gone) {
            // the process ended
        }
        double jit = compilers[0] / TICKS_PER_SECOND;
        return new double[] {Math.max(0, total - jit), jit};
    }

    static boolean isCompilerThread(String comm) {
        return comm.startsWith("C1 CompilerThre") || comm.startsWith("C2 CompilerThre");
    }

    private static double process(long pid) {
        String stat = firstLine(PROC.resolve(pid + "/stat"));
        return stat == null ? 0 : (ticks(stat, 11) + ticks(stat, 12)) / TICKS_PER_SECOND;
    }

    /** A parent, its living children, and the children that have ended (counted in the parent's cutime, cstime). */
    private static double processTree(long parent) {
        String own = firstLine(PROC.resolve(parent + "/stat"));
        if (own == null) {
            return 0;
        }
        double ticks = ticks(own, 11) + ticks(own, 12) + ticks(own, 13) + ticks(own, 14);
        try (Stream<Path> all = Files.list(PROC)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                if (!p.getFileName().toString().chars().allMatch(Character::isDigit)) {
                    continue;
                }
                String stat = firstLine(p.resolve("stat"));
                if (stat != null && ticks(stat, 1) == parent) {
                    ticks += ticks(stat, 11) + ticks(stat, 12);
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return ticks / TICKS_PER_SECOND;
    }

    /**
     * Field {@code index} of a {@code stat} line counted after the command name's closing parenthesis (0 is the
     * state, 1 the parent pid, 11 utime, 12 stime, 13 cutime, 14 cstime); the name itself may hold spaces.
     */
    static long ticks(String stat, int index) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[index]);
    }

    static String comm(String stat) {
        return stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    }

    private static OptionalLong pid(Path file) {
        String line = firstLine(file);
        try {
            return line == null || line.isBlank() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(line.trim()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** The first line of a file; {@code /proc} files report size 0, so they are read as a stream. */
    private static String firstLine(Path file) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return r.readLine();
        } catch (IOException e) {
            return null;
        }
    }
}
