package kz.egov.eds.devca;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;

import kz.egov.eds.TestPki;
import kz.egov.eds.algorithm.SignatureAlgorithm;
import kz.egov.contract.message.SignerRole;
import kz.egov.eds.cms.ClientSigner;
import kz.egov.eds.pki.CrlIndex;
import kz.egov.eds.verify.EdsVerifier;
import org.junit.jupiter.api.Test;

/** The development ИС НУЦ: persisted state, snapshot CRLs, the HTTP endpoints, the client signer. */
class DevCertificateAuthorityTest {

    private final TestPki pki = TestPki.shared();

    @Test
    void reopening_the_directory_gives_the_same_roots_and_register() throws Exception {
        IssuedCertificate cert = pki.fresh(SignatureAlgorithm.GOST2012_256, IssueOptions.defaults());

        DevCertificateAuthority again = DevCertificateAuthority.openOrCreate(pki.dir);

        assertThat(again.root(SignatureAlgorithm.RSA_SHA256)).isEqualTo(pki.ca.root(SignatureAlgorithm.RSA_SHA256));
        assertThat(again.intermediate(SignatureAlgorithm.GOST2012_256).getSubjectX500Principal().getName())
                .contains("DEV");
        assertThat(again.isRevoked(cert.serial())).contains(false);
        assertThat(again.revoke(BigInteger.valueOf(42))).isFalse();
        assertThat(Files.readString(pki.dir.resolve("index.tsv"), UTF_8)).contains(cert.serial().toString(16));
    }

    @Test
    void revocation_reaches_the_crl_only_when_it_is_published() {
        IssuedCertificate cert = pki.fresh(SignatureAlgorithm.GOST2012_256, IssueOptions.defaults());
        pki.ca.publishCrl(SignatureAlgorithm.GOST2012_256);

        pki.ca.revoke(cert.serial());
        assertThat(pki.ca.isRevoked(cert.serial())).contains(true);
        assertThat(CrlIndex.parse(pki.ca.publishedCrl(SignatureAlgorithm.GOST2012_256)).isRevoked(cert.serial())).isFalse();

        pki.ca.publishCrl(SignatureAlgorithm.GOST2012_256);
        assertThat(CrlIndex.parse(pki.ca.publishedCrl(SignatureAlgorithm.GOST2012_256)).isRevoked(cert.serial())).isTrue();
    }

    @Test
    void http_endpoints_serve_both_crls_and_refuse_unknown_paths() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (SignatureAlgorithm alg : DevCertificateAuthority.ALGORITHMS) {
            HttpResponse<byte[]> crl = http.send(HttpRequest.newBuilder(pki.server.crlUrl(alg)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(crl.statusCode()).isEqualTo(200);
            assertThat(CrlIndex.parse(crl.body()).issuer()).isEqualTo(pki.ca.intermediate(alg).getSubjectX500Principal());
        }
        URI unknown = URI.create("http://127.0.0.1:" + pki.server.port() + "/nothing");
        assertThat(http.send(HttpRequest.newBuilder(unknown).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode()).isEqualTo(404);
    }

    @Test
    void client_signer_turns_a_pkcs12_file_into_a_base64_signature_the_server_accepts() throws Exception {
        char[] pw = "citizen-pw".toCharArray();
        Path p12 = pki.citizen(SignatureAlgorithm.RSA_SHA256).writePkcs12(
                Files.createTempDirectory("client").resolve("citizen.p12"), pw);
        byte[] request = "{\"service\":\"job-seeker-registration\"}".getBytes(UTF_8);

        String base64 = ClientSigner.signBase64(p12, pw, request);

        try (EdsVerifier verifier = pki.verifier()) {
            assertThat(verifier.verify(request, Base64.getDecoder().decode(base64), Instant.now(), SignerRole.CITIZEN)
                    .signer().iin()).isEqualTo(TestPki.CITIZEN_IIN);
        }
    }
}
