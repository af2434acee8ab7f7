package kz.egov.eds;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import kz.egov.eds.cms.SigningKey;
import kz.egov.eds.pki.Certificates;
import kz.egov.eds.pki.TrustAnchors;
import kz.egov.eds.verify.EdsVerifier;
import kz.egov.eds.verify.RevocationConfig;
import kz.egov.eds.verify.VerifierConfig;
import org.bouncycastle.util.io.pem.PemReader;

/**
 * The real НУЦ РК test PKI files and Kalkan signatures in {@code nca-test/} (see its FILES.md), and verifiers for
 * them: the RSA and GOST 2015 intermediates as trust anchors (their roots are not in the fixtures).
 */
public final class NcaFiles {

    /** Inside the RSA signer's validity (2021-01-18 … 2022-01-18). */
    public static final Instant RSA_AT = Instant.parse("2021-06-01T00:00:00Z");
    /** Inside the GOST 2015 signer's validity (2022-07-28 … 2023-07-28), the evening the Kalkan samples were made. */
    public static final Instant GOST_AT = Instant.parse("2022-09-27T22:00:00Z");
    public static final byte[] CONTENT = "test123".getBytes(StandardCharsets.UTF_8);
    public static final String GOST_KEY_PASSWORD = "Aa123456";
    public static final String RSA_KEY_PASSWORD = "Qwerty12";

    public static byte[] resource(String path) {
        try (InputStream in = NcaFiles.class.getResourceAsStream("/nca-test/" + path)) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("missing fixture " + path, e);
        }
    }

    /** DER of a certificate file that may be PEM. */
    public static byte[] der(String path) {
        byte[] raw = resource(path);
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        if (!text.startsWith("-----BEGIN")) {
            return raw;
        }
        try (PemReader r = new PemReader(new StringReader(text))) {
            return r.readPemObject().getContent();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static X509Certificate certificate(String path) {
        return Certificates.parse(der(path));
    }

    public static X509Certificate rsaCa() {
        return certificate("ca/nca_rsa_test.crt");
    }

    public static X509Certificate gost2015Ca() {
        return certificate("ca/nca_gost2015_test.cer");
    }

    public static SigningKey gostKey() {
        return SigningKey.fromPkcs12(resource("keys/individual_valid_gost2015.p12"), GOST_KEY_PASSWORD.toCharArray());
    }

    public static SigningKey rsaKey() {
        return SigningKey.fromPkcs12(resource("keys/individual_valid_sign_rsa.p12"), RSA_KEY_PASSWORD.toCharArray());
    }

    /** Both CRLs of the RSA and GOST 2015 intermediates, no background thread. */
    public static RevocationConfig.Builder crls() {
        return RevocationConfig.builder()
                .crlSupplier("nca_rsa_test.crl", () -> resource("crl/nca_rsa_test.crl"))
                .crlSupplier("nca_gost2022_test.crl", () -> resource("crl/nca_gost2022_test.crl"))
                .backgroundRefresh(false);
    }

    /** Trusting the RSA and GOST 2015 intermediates as anchors, with the given revocation sources. */
    public static EdsVerifier verifier(RevocationConfig revocation) {
        return EdsVerifier.create(VerifierConfig.builder(TrustAnchors.of(List.of(rsaCa(), gost2015Ca()), List.of()))
                .clock(Clock.fixed(GOST_AT, ZoneOffset.UTC))
                .revocation(revocation)
                .build());
    }

    /** {@link #verifier(RevocationConfig)} with both CRLs. */
    public static EdsVerifier verifier() {
        return verifier(crls().build());
    }

    private NcaFiles() {
    }
}
