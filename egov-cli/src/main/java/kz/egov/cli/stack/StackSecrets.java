package kz.egov.cli.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The stack's generated secrets, in {@code <data dir>/secrets.properties} (mode 600, never committed: the data
 * directory is git-ignored): the password of the system keys ({@code EGOV_KEY_PASSWORD}) and the platform operator's
 * admin account (user {@code admin}, {@code EGOV_ADMIN_PASSWORD}: the services create it on their first start) and the
 * initial passwords of the seeded officers ({@code EGOV_MIO_SEED_OFFICER_PASSWORD}) and State Corporation operators
 * ({@code EGOV_CORP_SEED_OPERATOR_PASSWORD}). Generated on the first {@code egov up},
 * reused afterwards, wiped by {@code egov up --reset}. The keys are the services' environment variable names, so the
 * file also serves as {@code docker compose --env-file}.
 */
public record StackSecrets(String keyPassword, String adminPassword, String officerPassword, String operatorPassword) {

    public static final String KEY_PASSWORD = "EGOV_KEY_PASSWORD";
    public static final String ADMIN_PASSWORD = "EGOV_ADMIN_PASSWORD";
    /** The initial password of the officers mio-workstation seeds ({@code egov.mio.seed-officer-password}). */
    public static final String MIO_SEED_OFFICER_PASSWORD = "EGOV_MIO_SEED_OFFICER_PASSWORD";
    /** The initial password of the operators citizens-corp-adapter seeds ({@code egov.corp.seed-operator-password}). */
    public static final String CORP_SEED_OPERATOR_PASSWORD = "EGOV_CORP_SEED_OPERATOR_PASSWORD";
    private static final String[] KEYS = {KEY_PASSWORD, ADMIN_PASSWORD, MIO_SEED_OFFICER_PASSWORD,
        CORP_SEED_OPERATOR_PASSWORD};
    /** The platform operator account the services bootstrap ({@code egov.admin.bootstrap-user}). */
    public static final String ADMIN_USER = "admin";

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Key and admin passwords only; the seed passwords derived (tests of the configuration). */
    public StackSecrets(String keyPassword, String adminPassword) {
        this(keyPassword, adminPassword, "officer-" + adminPassword, "operator-" + adminPassword);
    }

    @Override
    public String toString() {
        return "StackSecrets[passwords hidden]";
    }

    /** Reads the file, generating (and writing) whatever it lacks; creates it with mode 600 on the first call. */
    public static synchronized StackSecrets loadOrCreate(Path file) {
        Properties p = read(file).orElseGet(Properties::new);
        boolean changed = false;
        changed |= putIfMissing(p, KEY_PASSWORD, () -> random(24));
        changed |= putIfMissing(p, ADMIN_PASSWORD, () -> random(24));
        changed |= putIfMissing(p, MIO_SEED_OFFICER_PASSWORD, () -> random(24));
        changed |= putIfMissing(p, CORP_SEED_OPERATOR_PASSWORD, () -> random(24));
        if (changed) {
            write(file, p);
        } else {
            restrict(file);
        }
        return of(p);
    }

    /** The secrets of an existing file, without creating anything (e.g. for {@code egov evidence}). */
    public static Optional<StackSecrets> load(Path file) {
        return read(file).filter(p -> p.getProperty(ADMIN_PASSWORD) != null).map(StackSecrets::of);
    }

    private static StackSecrets of(Properties p) {
        return new StackSecrets(p.getProperty(KEY_PASSWORD), p.getProperty(ADMIN_PASSWORD),
                p.getProperty(MIO_SEED_OFFICER_PASSWORD), p.getProperty(CORP_SEED_OPERATOR_PASSWORD));
    }

    static String random(int length) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    private static boolean putIfMissing(Properties p, String key, java.util.function.Supplier<String> value) {
        String v = p.getProperty(key);
        if (v != null && !v.isBlank()) {
            return false;
        }
        p.setProperty(key, value.get());
        return true;
    }

    private static Optional<Properties> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (var r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
            return Optional.of(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Written to a mode-600 temporary file first and moved into place, so the secrets are never world-readable. */
    private static void write(Path file, Properties p) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.deleteIfExists(tmp);
            if (posix()) {
                Files.createFile(tmp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(tmp);
            }
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                w.write("# Generated by egov up; never commit. Also usable as docker compose --env-file.\n");
                for (String key : KEYS) {
                    w.write(key + "=" + p.getProperty(key) + "\n");
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            restrict(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void restrict(Path file) {
        if (posix()) {
            try {
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot restrict " + file + " to its owner", e);
            }
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
