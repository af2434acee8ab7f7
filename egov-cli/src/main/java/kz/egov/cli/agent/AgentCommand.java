package kz.egov.cli.agent;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import kz.egov.cli.pki.Passwords;
import kz.egov.eds.cms.SigningKey;
import kz.egov.eds.identity.IinMask;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code egov agent}: the local signing agent on the user's machine (as NCALayer). Holds the user's PKCS#12 key (the
 * password is asked once), listens on 127.0.0.1:13579, and signs what a trusted page sends once the user approves it
 * on this terminal. Runs until Ctrl-C.
 */
@Command(name = "agent", mixinStandardHelpOptions = true,
        description = {"Local signing agent for the officer and operator pages (the NCALayer stand-in).",
            "Listens on 127.0.0.1 only; GET /status, POST /sign {data: base64, description} -> {cms: base64}.",
            "Shows every document (size, SHA-256, preview) and asks y/n before signing; refuses pages whose origin is "
                    + "not allowed (CORS). Stop with Ctrl-C."})
public final class AgentCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--key", required = true, description = "the user's PKCS#12 key file, e.g. officer.p12")
    Path key;

    @Option(names = "--password", paramLabel = "PASSWORD",
            description = "key password (default: $EGOV_KEY_PASSWORD, else asked on the terminal, not echoed)")
    String password;

    @Option(names = "--port", defaultValue = "" + SigningAgent.DEFAULT_PORT,
            description = "port on 127.0.0.1 (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--allow-origin", paramLabel = "ORIGIN",
            description = {"a page origin allowed to use the agent, e.g. http://127.0.0.1:8083; repeatable.",
                "Default: http://127.0.0.1:8083, http://127.0.0.1:8085, http://localhost:8083, http://localhost:8085"})
    List<String> allowOrigins = new ArrayList<>();

    @Option(names = "--auto-approve",
            description = "sign every request without asking (tests and CI only; requests are still printed)")
    boolean autoApprove;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(key)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no key file " + key);
        }
        List<String> origins = allowOrigins.isEmpty() ? SigningAgent.DEFAULT_ORIGINS : allowOrigins;
        for (String o : origins) {
            if (!o.matches("(?i)https?://[^/\\s]+/?")) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--allow-origin takes scheme://host[:port], not " + o);
            }
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        Approver approver;
        if (autoApprove) {
            approver = Approver.automatic(out);
        } else if (System.console() != null) {
            approver = Approver.terminal(new BufferedReader(System.console().reader()), out);
        } else {
            // no terminal (a pipe): the answers come from standard input, one line per request
            approver = Approver.terminal(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                    out);
        }
        char[] pw = Passwords.resolve(password, "password of " + key.getFileName(), false, spec.commandLine());
        SigningKey signingKey;
        try {
            signingKey = SigningKey.fromPkcs12(key, pw);
        } finally {
            Arrays.fill(pw, '\0');
        }
        CountDownLatch stopped = new CountDownLatch(1);
        try (SigningAgent agent = new SigningAgent(signingKey, origins, approver, port, out)) {
            agent.start();
            var s = agent.subject();
            out.println("egov agent listening on " + agent.baseUrl() + " (GET /status, POST /sign)");
            out.println("  key:     " + key + " — " + s.commonName()
                    + (s.iin() == null ? "" : ", IIN " + IinMask.mask(s.iin()))
                    + (s.bin() == null ? "" : ", BIN " + s.bin()) + ", " + s.algorithm() + ", valid until "
                    + s.notAfter());
            out.println("  trusted: " + String.join(", ", agent.allowedOrigins()));
            out.println("  " + (autoApprove ? "AUTO-APPROVE: every request is signed without asking"
                    : "every request is shown here and signed only when you answer y") + "; Ctrl-C stops");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                out.println("egov agent stopping");
                agent.close();
                stopped.countDown();
            }, "egov-agent-stop"));
            stopped.await();
        }
        return 0;
    }
}
