package kz.egov.cli.pki;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import kz.egov.cli.RepoRoot;
import kz.egov.contract.message.SignerRole;
import kz.egov.contract.reason.RejectedException;
import kz.egov.eds.pki.Certificates;
import kz.egov.eds.pki.TrustAnchors;
import kz.egov.eds.pki.TrustDirectory;
import kz.egov.eds.verify.CertificateProfile;
import kz.egov.eds.verify.EdsVerifier;
import kz.egov.eds.verify.RevocationConfig;
import kz.egov.eds.verify.SignerVerdict;
import kz.egov.eds.verify.VerifierConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code egov verify}: the support desk's tool when a citizen says "my signature was refused". Verifies a CMS
 * signature (as NCALayer/Kalkan writes it: attached or detached, one or several signers, RSA or Kazakh GOST 2015) at
 * a check time against a trust directory, with CRLs and a recorded OCSP answer or the stack's OCSP responder, and
 * prints one JSON object per signer: who, which certificate and profile, the algorithm, validity at the check time,
 * the revocation source and status, and the verdict with its reason code. Exit 0 only when every signer is valid.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Verify a CMS signature (ЭЦП) signer by signer; prints JSON, exits 0 only when every signer "
                + "is valid.")
public final class VerifyCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--content", paramLabel = "FILE",
            description = "the signed document (omit for an attached signature that carries it)")
    Path content;

    @Option(names = "--signature", required = true, paramLabel = "FILE",
            description = "the CMS: DER, PEM or base64")
    Path signature;

    @Option(names = "--at", paramLabel = "TIME",
            description = "the check time, ISO-8601 (e.g. 2022-09-27T22:00:00Z); default: now")
    Instant at;

    @Option(names = "--trust", paramLabel = "DIR|FILE",
            description = "trust anchors: a directory as the stack lays it out (*-root.cer, *-ca.cer, crl/), or any "
                    + "directory or file of CA certificates, each taken as an anchor; default: the local stack's "
                    + ".egov/pki/ca")
    Path trust;

    @Option(names = "--crl", paramLabel = "FILE", description = "a CRL to decide revocation by (repeatable)")
    List<Path> crls = new ArrayList<>();

    @Option(names = "--ocsp-response", paramLabel = "FILE",
            description = "a recorded OCSP answer (DER) to decide revocation by")
    Path ocspResponse;

    @Option(names = "--ocsp-url", paramLabel = "URL",
            description = "an OCSP responder to ask, e.g. http://127.0.0.1:8090/ocsp (the development НУЦ)")
    String ocspUrl;

    @Option(names = "--role", paramLabel = "ROLE", defaultValue = "citizen",
            description = "whose signature it is, for the allowed algorithms: citizen, officer, operator, system "
                    + "(default: ${DEFAULT-VALUE})")
    String role;

    @Override
    public Integer call() throws IOException {
        Instant checkAt = at != null ? at : Clock.systemUTC().instant();
        byte[] document = content == null ? null : Files.readAllBytes(content);
        byte[] cms = readSignature(signature);
        SignerRole signerRole = role(role);
        Path trustPath = trust != null ? trust : RepoRoot.locate().resolve(".egov/pki/ca");
        if (!Files.exists(trustPath)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no trust anchors at " + trustPath
                    + " (give --trust, or run ./egov up once)");
        }
        ObjectNode out = JSON.createObjectNode();
        out.put("checkedAt", checkAt.toString());
        out.put("role", signerRole.name().toLowerCase(Locale.ROOT));
        boolean allValid;
        try (EdsVerifier verifier = EdsVerifier.create(VerifierConfig.builder(anchors(trustPath))
                .revocation(revocation(trustPath)).defaultRole(signerRole).build())) {
            List<SignerVerdict> verdicts = verifier.verifyEach(document, cms, checkAt, signerRole);
            ArrayNode signers = out.putArray("signers");
            verdicts.forEach(v -> signers.add(json(v)));
            allValid = !verdicts.isEmpty() && verdicts.stream().allMatch(SignerVerdict::valid);
        } catch (RejectedException unreadable) {
            out.putArray("signers");
            out.put("reasonCode", unreadable.reason().code());
            out.put("detail", unreadable.detail());
            allValid = false;
        }
        out.put("valid", allValid);
        System.out.println(JSON.writeValueAsString(out));
        return allValid ? 0 : 1;
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RevocationConfig revocation(Path trustPath) {
        RevocationConfig.Builder b = RevocationConfig.builder().backgroundRefresh(false);
        List<Path> crlFiles = !crls.isEmpty() || ocspResponse != null || ocspUrl != null ? crls
                : Files.isDirectory(trustPath) ? TrustDirectory.crlFiles(trustPath) : List.of();
        crlFiles.forEach(b::crlFile);
        if (ocspResponse != null) {
            b.ocspResponseFile(ocspResponse);
        }
        if (ocspUrl != null) {
            b.ocspUrl(URI.create(ocspUrl));
        }
        // what the operator names is what decides: CRLs given beside an OCSP source answer when OCSP cannot
        return b.crlFallback(!crlFiles.isEmpty()).build();
    }

    /** The stack's layout (roots and intermediates by name), else every certificate there as an anchor. */
    private static TrustAnchors anchors(Path trustPath) throws IOException {
        if (Files.isDirectory(trustPath)) {
            try (Stream<Path> files = Files.list(trustPath)) {
                List<Path> all = files.filter(Files::isRegularFile).sorted().toList();
                if (all.stream().anyMatch(f -> f.getFileName().toString().endsWith("-root.cer"))) {
                    return TrustDirectory.anchors(trustPath);
                }
                List<X509Certificate> anchors = new ArrayList<>();
                for (Path f : all) {
                    String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                    if (name.endsWith(".cer") || name.endsWith(".crt") || name.endsWith(".pem")) {
                        anchors.add(Certificates.load(f));
                    }
                }
                return TrustAnchors.of(anchors, List.of());
            }
        }
        return TrustAnchors.of(List.of(Certificates.load(trustPath)), List.of());
    }

    /** A CMS file as DER, PEM ({@code -----BEGIN …}) or base64 text. */
    static byte[] readSignature(Path file) throws IOException {
        byte[] raw = Files.readAllBytes(file);
        if (raw.length > 0 && raw[0] == 0x30) {
            return raw;
        }
        String text = new String(raw, StandardCharsets.US_ASCII);
        String body = text.replaceAll("-----(BEGIN|END)[^-]*-----", "").replaceAll("\\s", "");
        try {
            return Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            return raw; // neither: let the verifier say it is not a CMS
        }
    }

    private SignerRole role(String name) {
        try {
            return SignerRole.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--role is one of citizen, officer, operator, system");
        }
    }

    private static ObjectNode json(SignerVerdict v) {
        ObjectNode s = JSON.createObjectNode();
        s.put("index", v.index());
        s.put("name", v.name());
        s.put("iin", v.iin());
        s.put("bin", v.bin());
        s.put("serialNumber", v.serialNumberHex());
        s.put("issuer", v.issuerDn());
        CertificateProfile p = v.profile();
        if (p == null) {
            s.putNull("profile");
        } else {
            ObjectNode profile = s.putObject("profile");
            profile.put("name", p.name());
            profile.put("subject", p.subject());
            p.keyUsage().forEach(profile.putArray("keyUsage")::add);
            p.extendedKeyUsage().forEach(profile.putArray("extendedKeyUsage")::add);
            p.policies().forEach(profile.putArray("policies")::add);
        }
        s.put("algorithm", v.algorithm());
        s.put("notBefore", v.notBefore() == null ? null : v.notBefore().toString());
        s.put("notAfter", v.notAfter() == null ? null : v.notAfter().toString());
        if (v.validAtCheckTime() == null) {
            s.putNull("validAtCheckTime");
        } else {
            s.put("validAtCheckTime", v.validAtCheckTime());
        }
        ObjectNode revocation = s.putObject("revocation");
        revocation.put("source", v.revocationSource());
        revocation.put("status", v.revocationStatus() == null ? null : v.revocationStatus().name());
        s.put("claimedSigningTime", v.claimedSigningTime().map(Instant::toString).orElse(null));
        s.put("valid", v.valid());
        s.put("reasonCode", v.reasonCode() == null ? null : v.reasonCode().code());
        s.put("detail", v.detail());
        return s;
    }
}
