package kz.egov.cli.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** {@code run/<component>.pid} files, and PostgreSQL's own {@code postmaster.pid} (its first line is the pid). */
final class PidFiles {

    private PidFiles() {
    }

    static void write(Path file, long pid) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, pid + "\n", StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static OptionalLong read(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return OptionalLong.empty();
            }
            String first = Files.readAllLines(file, StandardCharsets.US_ASCII).stream().findFirst().orElse("").trim();
            return first.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(first));
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // stale pid files are checked against the live process anyway
        }
    }
}
