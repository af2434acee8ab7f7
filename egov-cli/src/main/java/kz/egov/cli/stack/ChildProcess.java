package kz.egov.cli.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A JVM the stack started (the broker or a service): output to its log file, pid in its pid file. It runs in a
 * session of its own ({@code setsid}), so Ctrl-C reaches only {@code egov up}, which then stops the children in order,
 * and so it outlives {@code egov up --detach}.
 */
public record ChildProcess(String name, Process process, Path log, Path pidFile) {

    private static final Path SETSID = Path.of("/usr/bin/setsid");

    static ChildProcess startJava(String name, List<String> javaArgs, Map<String, String> env, Path workDir,
            Path log, Path pidFile) {
        List<String> cmd = new ArrayList<>();
        if (Files.isExecutable(SETSID)) {
            cmd.add(SETSID.toString());
        }
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(javaArgs);
        try {
            Files.createDirectories(log.getParent());
            Files.createDirectories(workDir);
            if (Files.exists(log)) {
                Files.move(log, log.resolveSibling(log.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
            }
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            pb.environment().putAll(env);
            Process p = pb.start();
            PidFiles.write(pidFile, p.pid());
            return new ChildProcess(name, p, log, pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGTERM, SIGKILL after {@code grace}; removes the pid file. */
    void stop(Duration grace) {
        if (process.isAlive()) {
            Processes.terminate(process.toHandle(), grace);
        }
        PidFiles.delete(pidFile);
    }

    /** The last lines of the log, to explain a failure. */
    public String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, java.nio.charset.StandardCharsets.UTF_8);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
