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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import kz.egov.contract.topic.Deployment;

/**
 * The stack's generated secrets, in {@code <data dir>/secrets.properties} (mode 600, never committed: the data
 * directory is git-ignored), one per holder so that each part of the stack is given only its own
 * (docs/operations.md, "Trust boundaries"):
 * <ul>
 * <li>{@code EGOV_CA_PASSWORD}: the development НУЦ's own keys (the НУЦ process and {@code egov ca} only);</li>
 * <li>{@code EGOV_KEY_PASSWORD_<DEPLOYMENT>}: that deployment's system keys and broker certificate;
 * {@code EGOV_KAFKA_KEY_PASSWORD} the broker's, {@code EGOV_OPERATOR_KEY_PASSWORD} the operators' broker
 * certificate;</li>
 * <li>{@code EGOV_ADMIN_PASSWORD_<SERVICE>}: that service's platform operator account (user {@code admin}, made on
 * its first start);</li>
 * <li>{@code EGOV_DB_SUPERUSER_PASSWORD}: PostgreSQL's superuser, for {@code egov up}'s setup only;
 * {@code EGOV_DB_PASSWORD_<SERVICE>}: that service's login role;</li>
 * <li>the initial passwords of the seeded officers ({@code EGOV_MIO_SEED_OFFICER_PASSWORD}) and State Corporation
 * operators ({@code EGOV_CORP_SEED_OPERATOR_PASSWORD}).</li>
 * </ul>
 * Generated on the first {@code egov up} (what a file lacks is added), reused afterwards, wiped by
 * {@code egov up --reset}. The keys are environment variable names, so the file also serves as
 * {@code docker compose --env-file}; compose hands each service its own under the service's generic names.
 */
public final class StackSecrets implements kz.egov.testinfra.KeyPasswords {

    public static final String CA_PASSWORD = "EGOV_CA_PASSWORD";
    /** What a service is told its key password is, under its own name ({@link #keyPassword(String)}). */
    public static final String KEY_PASSWORD = "EGOV_KEY_PASSWORD";
    /** What a service is told its admin password is ({@link #adminPassword(String)}). */
    public static final String ADMIN_PASSWORD = "EGOV_ADMIN_PASSWORD";
    public static final String KAFKA_KEY_PASSWORD = "EGOV_KAFKA_KEY_PASSWORD";
    public static final String OPERATOR_KEY_PASSWORD = "EGOV_OPERATOR_KEY_PASSWORD";
    public static final String DB_SUPERUSER_PASSWORD = "EGOV_DB_SUPERUSER_PASSWORD";
    /** What a service is told its database password is ({@link #dbPassword(String)}). */
    public static final String DB_PASSWORD = "EGOV_DB_PASSWORD";
    /** The initial password of the officers mio-workstation seeds ({@code egov.mio.seed-officer-password}). */
    public static final String MIO_SEED_OFFICER_PASSWORD = "EGOV_MIO_SEED_OFFICER_PASSWORD";
    /** The initial password of the operators citizens-corp-adapter seeds ({@code egov.corp.seed-operator-password}). */
    public static final String CORP_SEED_OPERATOR_PASSWORD = "EGOV_CORP_SEED_OPERATOR_PASSWORD";
    /** The platform operator account the services bootstrap ({@code egov.admin.bootstrap-user}). */
    public static final String ADMIN_USER = "admin";
    /** Every key of the file, in its order. */
    public static final List<String> KEYS = keys();

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, String> values;

    private StackSecrets(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    private static List<String> keys() {
        List<String> k = new ArrayList<>(List.of(CA_PASSWORD, KAFKA_KEY_PASSWORD, OPERATOR_KEY_PASSWORD,
                DB_SUPERUSER_PASSWORD));
        for (Deployment d : Deployment.values()) {
            k.add(perHolder(KEY_PASSWORD, d.id()));
            k.add(perHolder(ADMIN_PASSWORD, d.id()));
            k.add(perHolder(DB_PASSWORD, d.id()));
        }
        k.add(MIO_SEED_OFFICER_PASSWORD);
        k.add(CORP_SEED_OPERATOR_PASSWORD);
        return List.copyOf(k);
    }

    /** {@code EGOV_KEY_PASSWORD} of {@code portal-adapter}: {@code EGOV_KEY_PASSWORD_PORTAL_ADAPTER}. */
    public static String perHolder(String variable, String holder) {
        return variable + "_" + holder.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** Every secret derived from {@code seed} (tests of the configuration). */
    public static StackSecrets derived(String seed) {
        Map<String, String> v = new LinkedHashMap<>();
        KEYS.forEach(k -> v.put(k, seed + "-" + k.toLowerCase(Locale.ROOT)));
        return new StackSecrets(v);
    }

    /** The value of {@code key} ({@link #KEYS}). */
    public String get(String key) {
        String v = values.get(key);
        if (v == null) {
            throw new IllegalArgumentException("no secret " + key);
        }
        return v;
    }

    /** The password of {@code deployment}'s system keys and broker certificate. */
    public String keyPassword(String deployment) {
        return get(perHolder(KEY_PASSWORD, deployment));
    }

    /** The password of {@code service}'s platform operator account. */
    public String adminPassword(String service) {
        return get(perHolder(ADMIN_PASSWORD, service));
    }

    /** The password of {@code service}'s PostgreSQL role. */
    public String dbPassword(String service) {
        return get(perHolder(DB_PASSWORD, service));
    }

    public String dbSuperuserPassword() {
        return get(DB_SUPERUSER_PASSWORD);
    }

    public String officerPassword() {
        return get(MIO_SEED_OFFICER_PASSWORD);
    }

    public String operatorPassword() {
        return get(CORP_SEED_OPERATOR_PASSWORD);
    }

    @Override
    public char[] ca() {
        return get(CA_PASSWORD).toCharArray();
    }

    /** {@link KeyPasswords}: a deployment's, the broker's ({@code kafka}) or the operators' key password. */
    @Override
    public String of(String owner) {
        return switch (owner) {
            case kz.egov.testinfra.KafkaTls.BROKER -> get(KAFKA_KEY_PASSWORD);
            case kz.egov.testinfra.KafkaTls.OPERATOR -> get(OPERATOR_KEY_PASSWORD);
            default -> keyPassword(owner);
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StackSecrets other && other.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "StackSecrets[passwords hidden]";
    }

    /**
     * Reads the file, generating (and writing) whatever it lacks; creates it with mode 600 on the first call. A file
     * of the shared-password layout keeps its {@code EGOV_KEY_PASSWORD} ({@link #sharedKeyPassword}) until the keys
     * are moved.
     */
    public static synchronized StackSecrets loadOrCreate(Path file) {
        Properties p = read(file).orElseGet(Properties::new);
        boolean changed = false;
        String sharedAdmin = p.getProperty(ADMIN_PASSWORD);
        if (sharedAdmin != null && !sharedAdmin.isBlank()) {
            // the admin accounts of a stack from before were made with the shared password: they keep it (the next
            // reset gives each service its own)
            for (Deployment d : Deployment.values()) {
                changed |= putIfMissing(p, perHolder(ADMIN_PASSWORD, d.id()), () -> sharedAdmin);
            }
        }
        for (String key : KEYS) {
            changed |= putIfMissing(p, key, () -> random(24));
        }
        if (changed) {
            write(file, p);
        } else {
            restrict(file);
        }
        return of(p);
    }

    /** Every secret from the environment (docker compose's), when it has every one ({@link #KEYS}). */
    public static Optional<StackSecrets> fromEnvironment(java.util.function.Function<String, String> env) {
        Map<String, String> v = new LinkedHashMap<>();
        for (String k : KEYS) {
            String value = env.apply(k);
            if (value == null || value.isBlank()) {
                return Optional.empty();
            }
            v.put(k, value);
        }
        return Optional.of(new StackSecrets(v));
    }

    /** The secrets of an existing file, without creating anything (e.g. for {@code egov evidence}). */
    public static Optional<StackSecrets> load(Path file) {
        return read(file).filter(p -> KEYS.stream().allMatch(p::containsKey)).map(StackSecrets::of);
    }

    /**
     * The one key password of the layout before each deployment had its own ({@code EGOV_KEY_PASSWORD}), when the
     * file still has it: what opens the keys to be moved.
     */
    public static Optional<String> sharedKeyPassword(Path file) {
        return read(file).map(p -> p.getProperty(KEY_PASSWORD)).filter(v -> !v.isBlank());
    }

    /** Forgets the shared passwords once the keys the key password opened are moved. */
    public static void dropSharedKeyPassword(Path file) {
        read(file).ifPresent(p -> {
            if (p.remove(KEY_PASSWORD) != null | p.remove(ADMIN_PASSWORD) != null) {
                write(file, p);
            }
        });
    }

    private static StackSecrets of(Properties p) {
        Map<String, String> v = new LinkedHashMap<>();
        KEYS.forEach(k -> v.put(k, p.getProperty(k)));
        return new StackSecrets(v);
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
                for (String legacy : List.of(KEY_PASSWORD, ADMIN_PASSWORD)) {
                    if (p.getProperty(legacy) != null) {
                        w.write(legacy + "=" + p.getProperty(legacy) + "\n");
                    }
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
