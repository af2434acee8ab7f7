package kz.egov.platform.pki;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Where a service finds its PKI: the НУЦ trust directory (roots {@code *-root.cer}, intermediates {@code *-ca.cer},
 * CRLs under {@code crl/}; no key), the OCSP responder, and the directory of its system keys
 * ({@code <participant>.p12}, its deployment's participants only).
 */
@ConfigMapping(prefix = "egov.pki")
public interface PkiSettings {

    /** The НУЦ trust directory. */
    Path trustDir();

    /** The OCSP responder, when there is one. */
    Optional<URI> ocspUrl();

    /** How fresh an OCSP answer must be. */
    @WithDefault("PT5M")
    Duration ocspFreshness();

    /**
     * Whether a fresh CRL may decide when the OCSP responder gives no answer. Off: no answer is an unknown status,
     * answered 503 and retried, never accepted. On, a certificate revoked at НУЦ but not yet on a published CRL is
     * accepted until the next CRL (docs/signatures.md, «Revocation»).
     */
    @WithDefault("false")
    boolean crlFallback();

    /**
     * The service's system keys: one PKCS#12 file per participant id it seals for, only those its deployment hosts
     * ({@link KeyCustody}).
     */
    Path keysDir();

    /** Password of the system key files: its deployment's own. */
    String keyPassword();

    /** The deployment this service is (its application name): what decides which keys it may hold. */
    @WithDefault("${quarkus.application.name}")
    String deployment();
}
