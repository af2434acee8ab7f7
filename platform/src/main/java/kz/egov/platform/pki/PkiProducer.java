package kz.egov.platform.pki;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import kz.egov.eds.pki.TrustAnchors;
import kz.egov.eds.verify.EdsVerifier;
import kz.egov.eds.verify.RevocationConfig;
import kz.egov.eds.verify.VerifierConfig;

/** Makes the service's signature verifier (ИС НУЦ checks) from {@link PkiSettings}. */
@ApplicationScoped
public class PkiProducer {

    @Produces
    @Singleton
    EdsVerifier verifier(PkiSettings settings) {
        Path trust = settings.trustDir();
        TrustAnchors anchors = TrustAnchors.load(files(trust, "-root.cer"), files(trust, "-ca.cer"));
        RevocationConfig.Builder revocation = RevocationConfig.builder().ocspFreshness(settings.ocspFreshness());
        files(trust.resolve("crl"), ".crl").forEach(revocation::crlFile);
        settings.ocspUrl().ifPresent(revocation::ocspUrl);
        return EdsVerifier.create(VerifierConfig.builder(anchors).revocation(revocation.build()).build());
    }

    void close(@Disposes EdsVerifier verifier) {
        verifier.close();
    }

    private static List<Path> files(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
