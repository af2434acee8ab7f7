package kz.egov.cli.evidence;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import kz.egov.cli.RepoRoot;
import kz.egov.cli.stack.LocalStack;
import kz.egov.cli.stack.StackConfig;
import kz.egov.cli.stack.StackLayout;
import kz.egov.cli.stack.StackSecrets;
import kz.egov.cli.stack.TextTable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code egov evidence}: the gateway's message log (the evidence chain) as a platform operator: {@code verify}
 * recomputes the whole chain on the gateway, {@code show} prints one request's records in order.
 */
@Command(name = "evidence", mixinStandardHelpOptions = true,
        description = "The gateway's evidence chain: verify it, show a request's records.",
        subcommands = {EvidenceCommand.Verify.class, EvidenceCommand.Show.class, CommandLine.HelpCommand.class})
public final class EvidenceCommand implements Runnable {

    /** Exit code of {@code verify} when the chain was altered (records changed, missing or cut off). */
    public static final int ALTERED = 2;
    /** Exit code when the gateway cannot be asked, refuses, or (show) knows no such request. */
    public static final int FAILED = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Where the gateway is and who asks it. */
    public static final class Connection {
        @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
        CommandLine.Model.CommandSpec mixee;

        @Option(names = "--gateway", paramLabel = "URL",
                description = "the gateway's base URL (default: the running local stack's, else http://127.0.0.1:8082)")
        String gateway;

        @Option(names = "--user", paramLabel = "USER", defaultValue = StackSecrets.ADMIN_USER,
                description = "platform operator (default: ${DEFAULT-VALUE})")
        String user;

        @Option(names = "--password", paramLabel = "PASSWORD",
                description = "the operator's password (default: $EGOV_ADMIN_PASSWORD, else EGOV_ADMIN_PASSWORD in "
                        + "<data-dir>/secrets.properties)")
        String password;

        @Option(names = "--data-dir", paramLabel = "DIR",
                description = "the local stack's data directory (default: <repo>/.egov)")
        Path dataDir;

        StackLayout layout() {
            StackLayout layout = StackLayout.of(RepoRoot.locate());
            return dataDir == null ? layout : layout.withDataDir(dataDir);
        }

        EvidenceClient client() {
            StackLayout layout = layout();
            String url = gateway != null ? gateway
                    : LocalStack.configOfRunningStack(StackConfig.defaults(layout)).gatewayUrl();
            return new EvidenceClient(url, user, password(layout));
        }

        private char[] password(StackLayout layout) {
            if (password != null) {
                return password.toCharArray();
            }
            String env = System.getenv(StackSecrets.ADMIN_PASSWORD);
            if (env != null && !env.isEmpty()) {
                return env.toCharArray();
            }
            return StackSecrets.load(layout.secretsFile()).map(s -> s.adminPassword("gateway-router").toCharArray())
                    .orElseThrow(() -> new CommandLine.ParameterException(mixee.commandLine(), "no admin password: "
                            + "give --password, set " + StackSecrets.ADMIN_PASSWORD + " (the gateway's), or start the stack once "
                            + "(./egov up writes " + StackLayout.display(layout.secretsFile()) + ")"));
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Ask the gateway to recompute the whole evidence chain (GET /admin/evidence/verify).",
                "Exit 0 intact, 2 altered, 1 the gateway could not be asked."})
    static final class Verify implements Callable<Integer> {
        @Mixin
        Connection connection;

        @Override
        public Integer call() {
            try {
                EvidenceClient client = connection.client();
                return printVerification(client.gateway(), client.verify(), System.out);
            } catch (EvidenceClient.EvidenceException e) {
                System.err.println("egov evidence verify: " + e.getMessage());
                return FAILED;
            }
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = {"Print the evidence records of one request, in order (GET /admin/evidence/requests/{id}).",
                "Exit 0 found, 1 no records or the gateway could not be asked."})
    static final class Show implements Callable<Integer> {
        @Mixin
        Connection connection;

        @Parameters(paramLabel = "REQUEST_ID", description = "the request id (the envelopes' correlation id)")
        String requestId;

        @Option(names = "--full", description = "full hashes instead of their first 12 characters")
        boolean full;

        @Override
        public Integer call() {
            try {
                List<EvidenceClient.Record> records = connection.client().forRequest(requestId);
                return printRecords(requestId, records, full, System.out);
            } catch (EvidenceClient.EvidenceException e) {
                System.err.println("egov evidence show: " + e.getMessage());
                return FAILED;
            }
        }
    }

    /** Prints what a verification found; returns the exit code (0 intact, 2 altered). */
    static int printVerification(String gateway, EvidenceClient.Verification v, PrintStream out) {
        out.printf("Evidence chain of %s: %d record%s checked%n", gateway, v.records(), v.records() == 1 ? "" : "s");
        if (v.intact() && v.problems().isEmpty()) {
            out.println("INTACT: every record links to its predecessor and matches its hash; the head agrees.");
            return 0;
        }
        out.printf("ALTERED: %d problem%s%n", v.problems().size(), v.problems().size() == 1 ? "" : "s");
        v.problems().forEach(p -> out.println("  - " + p));
        return ALTERED;
    }

    /** Prints one request's records in chain order; returns the exit code (0 found, 1 none). */
    static int printRecords(String requestId, List<EvidenceClient.Record> records, boolean fullHashes,
            PrintStream out) {
        if (records.isEmpty()) {
            out.println("No evidence records for request " + requestId + ".");
            return FAILED;
        }
        out.printf("Evidence of request %s: %d record%s%n%n", requestId, records.size(), records.size() == 1 ? "" : "s");
        TextTable t = new TextTable().row("SEQ", "RECORDED AT", "KIND", "SUBJECT", "OUTCOME", "MESSAGE", "HASH",
                "DETAIL");
        records.stream().sorted(java.util.Comparator.comparingLong(EvidenceClient.Record::seq)).forEach(r -> t.row(
                Long.toString(r.seq()), dash(r.recordedAt()), dash(r.kind()), dash(r.subject()), dash(r.outcome()),
                dash(r.messageId()), hash(r.hash(), fullHashes), dash(r.detail())));
        t.print(out);
        return 0;
    }

    private static String hash(String h, boolean full) {
        if (h == null) {
            return "-";
        }
        return full || h.length() <= 12 ? h : h.substring(0, 12);
    }

    private static String dash(String s) {
        return s == null || s.isEmpty() ? "-" : s.replace('\n', ' ');
    }
}
