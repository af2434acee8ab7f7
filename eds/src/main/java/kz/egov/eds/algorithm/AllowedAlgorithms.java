package kz.egov.eds.algorithm;

import kz.egov.contract.message.SignerRole;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;

/**
 * Which ЭЦП algorithms each signer role may use: configuration, not code. The default lets people sign with RSA or
 * GOST (the Kazakh GOST 2015-512 of НУЦ РК, and GOST 2012-256 of the development НУЦ) and systems seal with RSA only
 * (ARCHITECTURE §4a). Whatever the table says, MD5 and SHA-1 are never accepted in a signature
 * ({@link SignatureAlgorithm#forSignerInfo}).
 */
public record AllowedAlgorithms(Map<SignerRole, Set<SignatureAlgorithm>> byRole) {

    public AllowedAlgorithms {
        EnumMap<SignerRole, Set<SignatureAlgorithm>> copy = new EnumMap<>(SignerRole.class);
        byRole.forEach((role, algorithms) -> copy.put(role, Set.copyOf(algorithms)));
        byRole = Map.copyOf(copy);
    }

    /** People: RSA, Kazakh GOST 2015-512 or GOST 2012-256; systems: RSA only. */
    public static AllowedAlgorithms defaults() {
        SignatureAlgorithm[] people = {SignatureAlgorithm.RSA_SHA256, SignatureAlgorithm.GOST2015_512,
            SignatureAlgorithm.GOST2012_256};
        return builder()
                .allow(SignerRole.CITIZEN, people)
                .allow(SignerRole.OFFICER, people)
                .allow(SignerRole.OPERATOR, people)
                .allow(SignerRole.SYSTEM, SignatureAlgorithm.RSA_SHA256)
                .build();
    }

    /** Every role may use every algorithm. */
    public static AllowedAlgorithms any() {
        Builder b = builder();
        for (SignerRole role : SignerRole.values()) {
            b.allow(role, SignatureAlgorithm.values());
        }
        return b.build();
    }

    public boolean isAllowed(SignerRole role, SignatureAlgorithm algorithm) {
        return byRole.getOrDefault(role, Set.of()).contains(algorithm);
    }

    /** @throws RejectedException {@link ReasonCode#EDS_ALGORITHM_NOT_ALLOWED} when the role may not use it */
    public void require(SignerRole role, SignatureAlgorithm algorithm) {
        if (!isAllowed(role, algorithm)) {
            throw new RejectedException(ReasonCode.EDS_ALGORITHM_NOT_ALLOWED,
                    algorithm.jcaName() + " is not allowed for role " + role);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds the per-role table; a role never mentioned allows nothing. */
    public static final class Builder {
        private final EnumMap<SignerRole, Set<SignatureAlgorithm>> map = new EnumMap<>(SignerRole.class);

        public Builder allow(SignerRole role, SignatureAlgorithm... algorithms) {
            Set<SignatureAlgorithm> set = map.computeIfAbsent(role, r -> EnumSet.noneOf(SignatureAlgorithm.class));
            set.addAll(Set.of(algorithms));
            return this;
        }

        public AllowedAlgorithms build() {
            return new AllowedAlgorithms(map);
        }
    }
}
