package kz.egov.cli.pki;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.Callable;

import kz.egov.eds.cms.ClientSigner;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code egov sign}: signs a file with a person's PKCS#12 key (the NCALayer stand-in) and prints the detached
 * CAdES-BES signature (ЭЦП) as base64.
 */
@Command(name = "sign", mixinStandardHelpOptions = true,
        description = "Sign a file with a PKCS#12 key; prints the detached CMS (CAdES-BES) signature as base64.")
public final class SignCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--key", required = true, description = "PKCS#12 key file, e.g. citizen.p12")
    Path key;

    @Option(names = "--password", paramLabel = "PASSWORD",
            description = "key password (default: $EGOV_KEY_PASSWORD, else asked on the terminal, not echoed)")
    String password;

    @Option(names = "--in", required = true, description = "the document to sign; - for standard input")
    String in;

    @Option(names = "--out", description = "write the signature here instead of standard output")
    Path out;

    @Option(names = "--der", description = "write raw DER instead of base64")
    boolean der;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(key)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no key file " + key);
        }
        byte[] content = "-".equals(in) ? System.in.readAllBytes() : Files.readAllBytes(Path.of(in));
        char[] pw = Passwords.resolve(password, "password of " + key.getFileName(), false, spec.commandLine());
        byte[] signature;
        try {
            signature = ClientSigner.signDer(key, pw, content);
        } finally {
            java.util.Arrays.fill(pw, '\0');
        }
        byte[] output = der ? signature : Base64.getEncoder().encode(signature);
        if (out != null) {
            Files.write(out, output);
        } else if (der) {
            System.out.write(output);
            System.out.flush();
        } else {
            System.out.println(new String(output, StandardCharsets.US_ASCII));
        }
        return 0;
    }
}
