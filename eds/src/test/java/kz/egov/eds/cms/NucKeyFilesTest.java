package kz.egov.eds.cms;

import static kz.egov.eds.NcaFiles.CONTENT;
import static kz.egov.eds.NcaFiles.GOST_AT;
import static kz.egov.eds.NcaFiles.RSA_AT;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;

import kz.egov.contract.message.SignerRole;
import kz.egov.eds.NcaFiles;
import kz.egov.eds.algorithm.SignatureAlgorithm;
import kz.egov.eds.pki.CertificateProfileKind;
import kz.egov.eds.verify.EdsVerifier;
import kz.egov.eds.verify.VerifiedSignature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Key files as НУЦ РК issues them (PKCS#12, RSA and Kazakh GOST 2015 with the Kazakh OIDs) load, sign, and what they
 * sign verifies with the fixture CAs as anchors at a time inside each certificate's validity.
 */
class NucKeyFilesTest {

    private static byte[] verifyAsCitizen(SigningKey key, Instant at) {
        byte[] cms = new BcCmsProvider(Clock.fixed(at, ZoneOffset.UTC)).signDetached(CONTENT, key);
        try (EdsVerifier verifier = NcaFiles.verifier()) {
            VerifiedSignature v = verifier.verify(CONTENT, cms, at, SignerRole.CITIZEN);
            assertThat(v.signer().serialNumberHex()).isEqualToIgnoringCase(key.certificate().getSerialNumber()
                    .toString(16));
        }
        return cms;
    }

    @Test
    void rsa_key_file_loads_signs_and_verifies_inside_its_validity() {
        SigningKey key = NcaFiles.rsaKey();
        assertThat(key.algorithm()).isEqualTo(SignatureAlgorithm.RSA_SHA256);
        assertThat(CertificateProfileKind.of(key.certificate())).hasValue(CertificateProfileKind.INDIVIDUAL_SIGNING);
        verifyAsCitizen(key, RSA_AT);
    }

    @Test
    void gost_2015_key_file_loads_signs_and_verifies_inside_its_validity() {
        SigningKey key = NcaFiles.gostKey();
        assertThat(key.algorithm()).isEqualTo(SignatureAlgorithm.GOST2015_512);
        assertThat(CertificateProfileKind.of(key.certificate())).hasValue(CertificateProfileKind.INDIVIDUAL_SIGNING);
        verifyAsCitizen(key, GOST_AT);
    }

    @Test
    void client_signer_signs_with_both_key_files_from_disk(@TempDir Path dir) throws Exception {
        Path rsa = Files.write(dir.resolve("rsa.p12"), NcaFiles.resource("keys/individual_valid_sign_rsa.p12"));
        Path gost = Files.write(dir.resolve("gost.p12"), NcaFiles.resource("keys/individual_valid_gost2015.p12"));
        byte[] rsaCms = ClientSigner.signDer(rsa, NcaFiles.RSA_KEY_PASSWORD.toCharArray(), CONTENT);
        byte[] gostCms = Base64.getDecoder().decode(ClientSigner.signBase64(gost,
                NcaFiles.GOST_KEY_PASSWORD.toCharArray(), CONTENT));
        try (EdsVerifier verifier = NcaFiles.verifier()) {
            assertThat(verifier.verify(CONTENT, rsaCms, RSA_AT, SignerRole.CITIZEN).algorithm())
                    .isEqualTo(SignatureAlgorithm.RSA_SHA256);
            assertThat(verifier.verify(CONTENT, gostCms, GOST_AT, SignerRole.CITIZEN).algorithm())
                    .isEqualTo(SignatureAlgorithm.GOST2015_512);
        }
    }
}
