package kz.egov.cli.pki;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kz.egov.cli.EgovCommand;
import kz.egov.eds.cms.ClientSigner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./egov verify} on real НУЦ РК test files and CMS made by Kalkan (issue: "the RSA signer valid at 2021-06-01
 * with crl/nca_rsa_test.crl; the GOST signer valid at 2022-09-27T22:00Z with crl/nca_gost2022_test.crl, and refused
 * when given its OCSP answer (certificateHold)"; "exit 0 only when every signer is valid").
 */
class VerifyCommandTest {

    private static final String RSA_SIGNER_TIME = "2021-06-01T00:00:00Z";
    private static final String GOST_SIGNER_TIME = "2022-09-27T22:00:00Z";

    @TempDir
    Path dir;

    private record Run(int exit, JsonNode json) {

        JsonNode signer(String algorithmPart) {
            for (JsonNode s : json.get("signers")) {
                if (s.get("algorithm").asText().contains(algorithmPart)) {
                    return s;
                }
            }
            throw new AssertionError("no " + algorithmPart + " signer in " + json);
        }
    }

    @BeforeEach
    void copyFixtures() throws IOException {
        for (String f : List.of("ca/nca_rsa_test.crt", "ca/nca_gost2015_test.cer", "cms/content.txt",
                "cms/kalkan_detached_gost2015_rsa.p7s", "cms/kalkan_attached_gost2015_rsa.p7s",
                "crl/nca_rsa_test.crl", "crl/nca_gost2022_test.crl", "ocsp/ocsp_response_individual_2015.bin",
                "keys/individual_valid_sign_rsa.p12", "keys/individual_valid_gost2015.p12")) {
            Path to = dir.resolve(f);
            Files.createDirectories(to.getParent());
            try (InputStream in = VerifyCommandTest.class.getResourceAsStream("/nca-test/" + f)) {
                Files.write(to, in.readAllBytes());
            }
        }
    }

    private Run verify(String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of("verify"));
        all.addAll(List.of(args));
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            exit = EgovCommand.commandLine().execute(all.toArray(String[]::new));
        } finally {
            System.setOut(old);
        }
        return new Run(exit, new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)));
    }

    private String file(String name) {
        return dir.resolve(name).toString();
    }

    @Test
    void theRsaSignerIsValidAtItsTimeWithItsCrl() throws IOException {
        Run run = verify("--content", file("cms/content.txt"), "--signature",
                file("cms/kalkan_detached_gost2015_rsa.p7s"), "--at", RSA_SIGNER_TIME, "--trust",
                file("ca/nca_rsa_test.crt"), "--crl", file("crl/nca_rsa_test.crl"));
        JsonNode rsa = run.signer("RSA");
        assertThat(rsa.get("valid").asBoolean()).as(rsa.toString()).isTrue();
        assertThat(rsa.get("reasonCode").isNull()).isTrue();
        assertThat(rsa.get("iin").asText()).isEqualTo("123456789011");
        assertThat(rsa.get("validAtCheckTime").asBoolean()).isTrue();
        assertThat(rsa.at("/revocation/source").asText()).isEqualTo("CRL");
        assertThat(rsa.at("/revocation/status").asText()).isEqualTo("GOOD");
        assertThat(rsa.at("/profile/subject").asText()).isEqualTo("individual");
        assertThat(run.json().get("signers")).hasSize(2);
        assertThat(run.exit()).as("the GOST signer is not valid in 2021: not every signer is valid").isEqualTo(1);
        assertThat(run.signer("GOST").get("valid").asBoolean()).isFalse();
    }

    @Test
    void theGostSignerIsValidAtItsTimeWithItsCrl() throws IOException {
        Run run = verify("--content", file("cms/content.txt"), "--signature",
                file("cms/kalkan_detached_gost2015_rsa.p7s"), "--at", GOST_SIGNER_TIME, "--trust",
                file("ca/nca_gost2015_test.cer"), "--crl", file("crl/nca_gost2022_test.crl"));
        JsonNode gost = run.signer("GOST");
        assertThat(gost.get("valid").asBoolean()).as(gost.toString()).isTrue();
        assertThat(gost.at("/revocation/status").asText()).isEqualTo("GOOD");
        assertThat(run.signer("RSA").get("valid").asBoolean()).isFalse();
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void theGostSignerIsRefusedGivenItsOcspAnswerOfCertificateHold() throws IOException {
        Run run = verify("--signature", file("cms/kalkan_attached_gost2015_rsa.p7s"), "--at", GOST_SIGNER_TIME,
                "--trust", file("ca/nca_gost2015_test.cer"), "--ocsp-response",
                file("ocsp/ocsp_response_individual_2015.bin"));
        JsonNode gost = run.signer("GOST");
        assertThat(gost.get("valid").asBoolean()).isFalse();
        assertThat(gost.get("reasonCode").asText()).isEqualTo("EDS_REVOKED");
        assertThat(gost.at("/revocation/source").asText()).isEqualTo("OCSP");
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void exitsZeroWhenEverySignerIsValid() throws IOException {
        Path doc = dir.resolve("application.json");
        Files.writeString(doc, "{\"service\":\"JOB_SEEKER_REGISTRATION\"}");
        Path cms = dir.resolve("application.p7s");
        Files.write(cms, ClientSigner.signDer(dir.resolve("keys/individual_valid_sign_rsa.p12"),
                "Qwerty12".toCharArray(), Files.readAllBytes(doc)));
        Run run = verify("--content", doc.toString(), "--signature", cms.toString(), "--at", RSA_SIGNER_TIME,
                "--trust", file("ca/nca_rsa_test.crt"), "--crl", file("crl/nca_rsa_test.crl"));
        assertThat(run.json().get("signers")).hasSize(1);
        assertThat(run.json().get("valid").asBoolean()).as(run.json().toString()).isTrue();
        assertThat(run.exit()).isZero();
    }

    @Test
    void aSignatureMadeWithNucsGostKeyFileIsAccepted() throws IOException {
        Path doc = dir.resolve("application.json");
        Files.writeString(doc, "{\"service\":\"JOB_SEEKER_REGISTRATION\"}");
        Path cms = dir.resolve("application.p7s");
        Files.write(cms, ClientSigner.signDer(dir.resolve("keys/individual_valid_gost2015.p12"),
                "Aa123456".toCharArray(), Files.readAllBytes(doc)));
        Run run = verify("--content", doc.toString(), "--signature", cms.toString(), "--at", GOST_SIGNER_TIME,
                "--trust", file("ca/nca_gost2015_test.cer"), "--crl", file("crl/nca_gost2022_test.crl"));
        JsonNode gost = run.signer("GOST");
        assertThat(gost.get("valid").asBoolean()).as(run.json().toString()).isTrue();
        assertThat(gost.at("/profile/subject").asText()).isEqualTo("individual");
        assertThat(run.exit()).isZero();
    }

    @Test
    void aDocumentOtherThanTheSignedOneIsRefused() throws IOException {
        Path other = dir.resolve("other.txt");
        Files.writeString(other, "test124");
        Run run = verify("--content", other.toString(), "--signature", file("cms/kalkan_detached_gost2015_rsa.p7s"),
                "--at", RSA_SIGNER_TIME, "--trust", file("ca/nca_rsa_test.crt"), "--crl",
                file("crl/nca_rsa_test.crl"));
        assertThat(run.signer("RSA").get("reasonCode").asText()).isEqualTo("EDS_CONTENT_MISMATCH");
        assertThat(run.exit()).isEqualTo(1);
    }
}
