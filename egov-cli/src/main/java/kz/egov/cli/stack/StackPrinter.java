package kz.egov.cli.stack;

import java.io.PrintStream;
import java.time.Duration;

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
            String url = config.baseUrl(s);
            t.row(s.name(), url, url + "/q/swagger-ui", url + "/q/health", display(layout.logFile(s.name())));
        }
        t.print(out);
        out.println();
        new TextTable()
                .row("Kafka", config.kafkaBootstrap(), "controller " + config.host() + ":" + config.kafkaControllerPort(),
                        display(layout.logFile(StackProcesses.KAFKA)))
                .row("PostgreSQL", config.jdbcUrl("<service db>"), "user " + config.dbUser(),
                        display(layout.logFile(StackProcesses.POSTGRES)))
                .row("НУЦ (dev)", "OCSP " + config.ocspUrl(), "CRLs " + config.nucUrl() + "/crl/{rsa,gost}.crl",
                        display(layout.logFile(StackProcesses.NUC)))
                .print(out);
        out.println();
        new TextTable()
                .row("PKI", display(layout.caDir()) + " (НУЦ, trust)", display(layout.keysDir()) + " (system keys)",
                        "./egov ca --help")
                .row("Admin", "user " + StackSecrets.ADMIN_USER + " (/admin/**, HTTP Basic)",
                        "password: " + StackSecrets.ADMIN_PASSWORD + " in " + display(layout.secretsFile()),
                        "./egov evidence verify")
                .print(out);
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
