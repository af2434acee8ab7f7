package kz.egov.eds.verify;

import java.time.Clock;
import java.util.Objects;

import kz.egov.eds.algorithm.AllowedAlgorithms;
import kz.egov.contract.message.SignerRole;
import kz.egov.eds.pki.TrustAnchors;

/**
 * Everything a verifier of ЭЦП needs: the НУЦ trust anchors and intermediates, the allowed algorithms per role, the
 * role assumed by {@link kz.egov.contract.seal.SignatureVerifier#verifyDetached}, the revocation sources, the clock
 * (for CRL staleness and OCSP freshness) and the size of the per-certificate cache.
 */
public record VerifierConfig(TrustAnchors trust, AllowedAlgorithms algorithms, SignerRole defaultRole,
                             RevocationConfig revocation, Clock clock, int certificateCacheSize) {

    public VerifierConfig {
        Objects.requireNonNull(trust, "trust");
        Objects.requireNonNull(algorithms, "algorithms");
        Objects.requireNonNull(defaultRole, "defaultRole");
        Objects.requireNonNull(revocation, "revocation");
        Objects.requireNonNull(clock, "clock");
    }

    public static Builder builder(TrustAnchors trust) {
        return new Builder(trust);
    }

    /** Defaults: {@link AllowedAlgorithms#defaults()}, role SYSTEM, no revocation sources, system clock, 10 000 entries. */
    public static final class Builder {
        private final TrustAnchors trust;
        private AllowedAlgorithms algorithms = AllowedAlgorithms.defaults();
        private SignerRole defaultRole = SignerRole.SYSTEM;
        private RevocationConfig revocation = RevocationConfig.builder().build();
        private Clock clock = Clock.systemUTC();
        private int cacheSize = 10_000;

        private Builder(TrustAnchors trust) {
            this.trust = trust;
        }

        public Builder algorithms(AllowedAlgorithms a) {
            this.algorithms = a;
            return this;
        }

        public Builder defaultRole(SignerRole r) {
            this.defaultRole = r;
            return this;
        }

        public Builder revocation(RevocationConfig r) {
            this.revocation = r;
            return this;
        }

        public Builder clock(Clock c) {
            this.clock = c;
            return this;
        }

        public Builder certificateCacheSize(int n) {
            this.cacheSize = n;
            return this;
        }

        public VerifierConfig build() {
            return new VerifierConfig(trust, algorithms, defaultRole, revocation, clock, cacheSize);
        }
    }
}
