package kz.egov.eds.devca;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import kz.egov.eds.algorithm.SignatureAlgorithm;

/**
 * The development CA's register of issued and revoked certificates: a tab-separated text file, one certificate a
 * line ({@code serialHex, algorithm, V|R, notAfter, revokedAt|-, kind, subject}). Re-read when another process (the
 * CLI) changed it.
 */
final class CaIndex {

    /** One issued certificate. */
    record Entry(BigInteger serial, SignatureAlgorithm algorithm, Instant notAfter, Instant revokedAt, String kind,
                 String subject) {
        boolean revoked() {
            return revokedAt != null;
        }
    }

    private final Path file;
    private final Map<BigInteger, Entry> entries = new ConcurrentHashMap<>();
    private volatile FileTime loadedAt;

    CaIndex(Path file) {
        this.file = file;
        reloadIfChanged();
    }

    synchronized void reloadIfChanged() {
        try {
            if (!Files.exists(file)) {
                return;
            }
            FileTime mtime = Files.getLastModifiedTime(file);
            if (mtime.equals(loadedAt)) {
                return;
            }
            Map<BigInteger, Entry> fresh = new ConcurrentHashMap<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                BigInteger serial = new BigInteger(f[0], 16);
                fresh.put(serial, new Entry(serial, SignatureAlgorithm.valueOf(f[1]), Instant.parse(f[3]),
                        "-".equals(f[4]) ? null : Instant.parse(f[4]), f[5], f[6]));
            }
            entries.clear();
            entries.putAll(fresh);
            loadedAt = mtime;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Entry get(BigInteger serial) {
        return entries.get(serial);
    }

    synchronized void put(Entry e) {
        entries.put(e.serial(), e);
        save();
    }

    List<Entry> all() {
        return new ArrayList<>(entries.values());
    }

    private void save() {
        StringBuilder sb = new StringBuilder("# serial\talgorithm\tstatus\tnotAfter\trevokedAt\tkind\tsubject\n");
        for (Entry e : entries.values()) {
            sb.append(e.serial().toString(16)).append('\t').append(e.algorithm()).append('\t')
                    .append(e.revoked() ? "R" : "V").append('\t').append(e.notAfter()).append('\t')
                    .append(e.revoked() ? e.revokedAt().toString() : "-").append('\t').append(e.kind()).append('\t')
                    .append(e.subject().replace('\t', ' ').replace('\n', ' ')).append('\n');
        }
        try {
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, sb.toString(), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            loadedAt = Files.getLastModifiedTime(file);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
