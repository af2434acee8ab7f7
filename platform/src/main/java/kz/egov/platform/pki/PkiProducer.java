package kz.egov.platform.pki;

import java.nio.file.Path;
import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import kz.egov.eds.pki.TrustAnchors;
import kz.egov.eds.pki.TrustDirectory;
import kz.egov.eds.verify.EdsVerifier;
import kz.egov.eds.verify.RevocationConfig;
import kz.egov.eds.verify.VerifierConfig;

/** Makes the service's signature verifier (ИС НУЦ checks) from {@link PkiSettings}. */
@ApplicationScoped
public class PkiProducer {

    @Produces
    @Singleton
    EdsVerifier verifier(PkiSettings settings, Clock clock) {
        Path trust = settings.trustDir();
        TrustAnchors anchors = TrustDirectory.anchors(trust);
        RevocationConfig.Builder revocation = RevocationConfig.builder().ocspFreshness(settings.ocspFreshness())
                .crlFallback(settings.crlFallback());
        TrustDirectory.crlFiles(trust).forEach(revocation::crlFile);
        settings.ocspUrl().ifPresent(revocation::ocspUrl);
        return EdsVerifier.create(VerifierConfig.builder(anchors).revocation(revocation.build()).clock(clock).build());
    }

    void close(@Disposes EdsVerifier verifier) {
        verifier.close();
    }
}
