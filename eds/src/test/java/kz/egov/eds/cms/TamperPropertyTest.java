package kz.egov.eds.cms;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.eds.TestPki;
import kz.egov.eds.algorithm.SignatureAlgorithm;
import kz.egov.contract.message.SignerRole;
import kz.egov.eds.verify.EdsVerifier;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Any single-byte change of the signed document breaks the ЭЦП. */
class TamperPropertyTest {

    private static final byte[] DOCUMENT = ("{\"service\":\"unemployed-registration\",\"iin\":\"850515400121\","
            + "\"attachments\":[{\"sha256\":\"9f86d081884c7d659a2feaa0c55ad015\",\"size\":1024}]}").getBytes(UTF_8);

    private static EdsVerifier verifier;
    private static byte[] rsaCms;
    private static byte[] gostCms;

    private static synchronized void init() {
        if (verifier == null) {
            TestPki pki = TestPki.shared();
            verifier = pki.verifier();
            BcCmsProvider cms = new BcCmsProvider();
            rsaCms = cms.signDetached(DOCUMENT, pki.citizen(SignatureAlgorithm.RSA_SHA256).signingKey());
            gostCms = cms.signDetached(DOCUMENT, pki.citizen(SignatureAlgorithm.GOST2012_256).signingKey());
            verifier.verify(DOCUMENT, rsaCms, Instant.now(), SignerRole.CITIZEN);
            verifier.verify(DOCUMENT, gostCms, Instant.now(), SignerRole.CITIZEN);
        }
    }

    @Property(tries = 300)
    void any_single_byte_change_of_the_content_breaks_an_rsa_signature(
            @ForAll @IntRange(min = 0, max = 10_000) int position, @ForAll @IntRange(min = 1, max = 255) int flip) {
        assertTampered(rsaCmsFor(), position, flip);
    }

    @Property(tries = 200)
    void any_single_byte_change_of_the_content_breaks_a_gost_signature(
            @ForAll @IntRange(min = 0, max = 10_000) int position, @ForAll @IntRange(min = 1, max = 255) int flip) {
        init();
        assertTampered(gostCms, position, flip);
    }

    private static byte[] rsaCmsFor() {
        init();
        return rsaCms;
    }

    private static void assertTampered(byte[] cms, int position, int flip) {
        byte[] tampered = DOCUMENT.clone();
        int i = position % tampered.length;
        tampered[i] = (byte) (tampered[i] ^ flip);

        RejectedException e = catchThrowableOfType(RejectedException.class,
                () -> verifier.verify(tampered, cms, Instant.now(), SignerRole.CITIZEN));

        assertThat(e).as("tampered byte %d must be refused", i).isNotNull();
        assertThat(e.reason()).isEqualTo(ReasonCode.EDS_CONTENT_MISMATCH);
    }
}
