package kz.egov.testinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * PostgreSQL as every stack runs it (tests, {@code egov up}; compose does the same in its init script): no trust
 * authentication, the superuser only for setting up, and one login role per service owning that service's database
 * and nothing else (docs/operations.md, "Trust boundaries").
 *
 * <p>zonky's embedded server is initialised with {@code trust}: {@link #requirePasswords} rewrites its
 * {@code pg_hba.conf} to scram-sha-256 for every connection, local and TCP, and reloads it, after giving the
 * superuser its password; from then on its own readiness check must authenticate too.
 */
public final class PostgresRoles {

    /** What pg_hba.conf says once locked down: every connection authenticates with scram-sha-256. */
    public static final String HBA = """
            # Written by the egov stack: no trust, every connection authenticates (scram-sha-256)
            local   all   all                  scram-sha-256
            host    all   all   127.0.0.1/32   scram-sha-256
            host    all   all   ::1/128        scram-sha-256
            host    all   all   0.0.0.0/0      scram-sha-256
            """;

    private PostgresRoles() {
    }

    /** The role of a service's database: named as the database ({@code portal_adapter}). */
    public static String roleOf(String database) {
        return database;
    }

    /**
     * Gives the superuser {@code password}, replaces pg_hba.conf by {@link #HBA} and reloads it; nothing is done when
     * it is already so. Connected as the superuser (trust still holds on a fresh cluster).
     *
     * @return whether pg_hba.conf was rewritten
     */
    public static boolean requirePasswords(Connection superuser, String superuserPassword) throws SQLException {
        try (Statement s = superuser.createStatement()) {
            s.execute("SET password_encryption = 'scram-sha-256'");
            s.execute("ALTER ROLE " + currentUser(superuser) + " PASSWORD " + literal(superuserPassword));
            Path hba;
            try (ResultSet r = s.executeQuery("SHOW hba_file")) {
                r.next();
                hba = Path.of(r.getString(1));
            }
            if (Files.isRegularFile(hba) && Files.readString(hba, StandardCharsets.UTF_8).equals(HBA)) {
                return false;
            }
            Files.writeString(hba, HBA, StandardCharsets.UTF_8);
            try (ResultSet r = s.executeQuery("SELECT pg_reload_conf()")) {
                r.next();
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rewrite pg_hba.conf", e);
        }
    }

    /**
     * The service's login role ({@link #roleOf}) with {@code password} (set again each time, so a new secret takes
     * effect), and its database owned by that role, which nobody else may connect to (CONNECT revoked from PUBLIC).
     * The maintenance databases are closed to PUBLIC too. A database made before it had a role of its own (by the
     * superuser) passes to the role with everything in its public schema.
     *
     * @param superuserUrl a JDBC URL of the server (any database), for the superuser {@code superuser}
     */
    public static void serviceDatabase(String superuserUrl, String superuser, String superuserPassword,
            String database, String password) throws SQLException {
        String role = roleOf(requireIdentifier(database));
        boolean existed;
        try (Connection c = java.sql.DriverManager.getConnection(superuserUrl, superuser, superuserPassword);
                Statement s = c.createStatement()) {
            s.execute("SET password_encryption = 'scram-sha-256'");
            String verb = exists(c, "SELECT 1 FROM pg_roles WHERE rolname = ?", role) ? "ALTER" : "CREATE";
            s.execute(verb + " ROLE " + role + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD "
                    + literal(password));
            existed = exists(c, "SELECT 1 FROM pg_database WHERE datname = ?", database);
            s.execute(existed ? "ALTER DATABASE " + database + " OWNER TO " + role
                    : "CREATE DATABASE " + database + " OWNER " + role);
            s.execute("REVOKE ALL ON DATABASE " + database + " FROM PUBLIC");
            s.execute("REVOKE CONNECT ON DATABASE postgres FROM PUBLIC");
            s.execute("REVOKE CONNECT ON DATABASE template1 FROM PUBLIC");
        }
        if (existed) {
            try (Connection c = java.sql.DriverManager.getConnection(urlOf(superuserUrl, database), superuser,
                    superuserPassword); Statement s = c.createStatement()) {
                s.execute("ALTER SCHEMA public OWNER TO " + role);
                s.execute("""
                        DO $$ DECLARE r record; BEGIN
                          FOR r IN SELECT format('ALTER TABLE public.%I OWNER TO %I', tablename, '#') AS q
                                   FROM pg_tables WHERE schemaname = 'public' AND tableowner <> '#' LOOP
                            EXECUTE r.q; END LOOP;
                          FOR r IN SELECT format('ALTER VIEW public.%I OWNER TO %I', viewname, '#') AS q
                                   FROM pg_views WHERE schemaname = 'public' AND viewowner <> '#' LOOP
                            EXECUTE r.q; END LOOP;
                          FOR r IN SELECT format('ALTER SEQUENCE public.%I OWNER TO %I', sequencename, '#') AS q
                                   FROM pg_sequences WHERE schemaname = 'public' AND sequenceowner <> '#' LOOP
                            EXECUTE r.q; END LOOP;
                          FOR r IN SELECT format('ALTER FUNCTION %s OWNER TO %I', p.oid::regprocedure, '#') AS q
                                   FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                                   WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) <> '#' LOOP
                            EXECUTE r.q; END LOOP;
                        END $$""".replace("#", role));
            }
        }
    }

    /** The same server's URL for another database, without the URL's parameters (a user named there would win). */
    public static String urlOf(String jdbcUrl, String database) {
        return jdbcUrl.replaceFirst("\\?.*$", "").replaceFirst("/[^/]+$", "/" + database);
    }

    private static boolean exists(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, name);
            try (ResultSet r = q.executeQuery()) {
                return r.next();
            }
        }
    }

    private static String currentUser(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT current_user")) {
            r.next();
            return requireIdentifier(r.getString(1));
        }
    }

    private static String requireIdentifier(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain identifier: " + name);
        }
        return name;
    }

    /** A string literal (passwords are generated from letters and digits; quotes are doubled regardless). */
    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
