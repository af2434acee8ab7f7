package kz.egov.cli.stack;

import java.io.PrintStream;
import java.time.Duration;

import kz.egov.testinfra.PostgresRoles;

import static kz.egov.cli.stack.StackLayout.display;

/** The tables {@code egov up} and {@code egov status} print. */
final class StackPrinter {

    private StackPrinter() {
    }

    static void printStarted(StackConfig config, Duration took, PrintStream out) {
        StackLayout layout = config.layout();
        out.printf("%negov local stack is ready in %.1f s (data directory %s)%n%n", took.toMillis() / 1000.0,
                display(layout.dataDir()));
        TextTable t = new TextTable().row("SERVICE", "API", "SWAGGER UI", "HEALTH", "LOG");
        for (ServiceDefinition s : config.services()) {
            String management = config.managementUrl(s);
            t.row(s.name(), config.baseUrl(s), management + "/q/swagger-ui", management + "/q/health",
                    display(layout.logFile(s.name())));
        }
        t.print(out);
        out.println("Swagger UI, OpenAPI (/q/openapi), health and metrics (/q/metrics) are on each service's "
                + "management port, on loopback; the API ports serve none of them.");
        out.println();
        new TextTable()
                .row("Kafka", config.kafkaBootstrap(), "controller " + config.host() + ":" + config.kafkaControllerPort(),
                        display(layout.logFile(StackProcesses.KAFKA)))
                .row("PostgreSQL", config.jdbcUrl("<service db>"), "a role per service",
                        display(layout.logFile(StackProcesses.POSTGRES)))
                .row("НУЦ (dev)", "OCSP " + config.ocspUrl(), "CRLs " + config.nucUrl() + "/crl/{rsa,gost}.crl",
                        display(layout.logFile(StackProcesses.NUC)))
                .print(out);
        out.println();
        printSecrets(layout, config, out);
    }

    /**
     * Where each secret and key is, never the secret itself: the passwords (one per holder) in secrets.properties,
     * the НУЦ's keys, each service's own keys directory, the broker's certificates.
     */
    static void printSecrets(StackLayout layout, StackConfig config, PrintStream out) {
        String secrets = display(layout.secretsFile());
        TextTable t = new TextTable().row("SECRET / KEY", "WHERE", "WHO HOLDS IT");
        t.row("НУЦ keys", display(layout.caDir()) + " (" + StackSecrets.CA_PASSWORD + " in " + secrets + ")",
                "the НУЦ process, ./egov ca");
        t.row("НУЦ trust", display(layout.trustDir()) + " (certificates, CRLs, pins; no key)", "every service");
        t.row("Broker keys", display(layout.kafkaPkiDir()) + " (" + StackSecrets.KAFKA_KEY_PASSWORD + ", "
                + StackSecrets.OPERATOR_KEY_PASSWORD + ")", "the broker, ./egov kafka");
        t.row("PostgreSQL superuser", config.dbUser() + " (" + StackSecrets.DB_SUPERUSER_PASSWORD + ")",
                "egov up's setup only");
        for (ServiceDefinition s : config.services()) {
            t.row(s.name(), display(layout.deploymentDir(s.name())) + " ("
                    + StackSecrets.perHolder(StackSecrets.KEY_PASSWORD, s.name()) + ")", "keys, broker certificate");
            t.row("", "role " + PostgresRoles.roleOf(s.database()) + " ("
                    + StackSecrets.perHolder(StackSecrets.DB_PASSWORD, s.name()) + ")", "its database only");
            t.row("", "user " + StackSecrets.ADMIN_USER + " ("
                    + StackSecrets.perHolder(StackSecrets.ADMIN_PASSWORD, s.name()) + ")", "/admin/** of " + s.name());
        }
        t.print(out);
        out.println("Every password above is in " + secrets + " (mode 600), never printed; ./egov ca --help, "
                + "./egov evidence verify");
        out.println();
    }

    static void printStatus(StackStatus status, PrintStream out) {
        StackConfig config = status.config();
        out.printf("egov local stack, data directory %s%n%n", display(config.layout().dataDir()));
        TextTable t = new TextTable().row("COMPONENT", "PID", "STATE", "ADDRESS", "LOG");
        for (StackStatus.Component c : status.components()) {
            t.row(c.name(), c.running() ? Long.toString(c.pid()) : "-", c.state(), c.address(), display(c.log()));
        }
        t.print(out);
        out.println();
        out.println(!status.anyRunning() ? "Not running. Start it with: ./egov up"
                : status.allReady() ? "All running and ready." : "Some components are not running or not ready.");
    }
}
