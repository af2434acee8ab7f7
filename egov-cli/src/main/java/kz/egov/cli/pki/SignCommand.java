package kz.egov.cli.pki;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.Callable;

import kz.egov.eds.cms.ClientSigner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code egov sign}: signs a file with a person's PKCS#12 key (the NCALayer stand-in) and prints the detached
 * CAdES-BES signature (ЭЦП) as base64.
 */
@Command(name = "sign", mixinStandardHelpOptions = true,
        description = "Sign a file with a PKCS#12 key; prints the detached CMS (CAdES-BES) signature as base64.")
public final class SignCommand implements Callable<Integer> {

    @Option(names = "--key", required = true, description = "PKCS#12 key file, e.g. citizen.p12")
    Path key;

    @Option(names = "--password", defaultValue = "${env:EGOV_KEY_PASSWORD:-egov-dev}",
            description = "key password (default: $EGOV_KEY_PASSWORD, else egov-dev)")
    String password;

    @Option(names = "--in", required = true, description = "the document to sign; - for standard input")
    String in;

    @Option(names = "--out", description = "write the signature here instead of standard output")
    Path out;

    @Option(names = "--der", description = "write raw DER instead of base64")
    boolean der;

    @Override
    public Integer call() throws IOException {
        byte[] content = "-".equals(in) ? System.in.readAllBytes() : Files.readAllBytes(Path.of(in));
        byte[] signature = ClientSigner.signDer(key, password.toCharArray(), content);
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
