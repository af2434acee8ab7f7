package kz.egov.eds.verify;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.contract.seal.SignatureVerifier;
import kz.egov.contract.seal.SignerIdentity;
import kz.egov.eds.algorithm.SignatureAlgorithm;
import kz.egov.contract.message.SignerRole;
import kz.egov.eds.cms.BcCmsProvider;
import kz.egov.eds.cms.CmsProvider;
import kz.egov.eds.cms.SignedCms;
import kz.egov.eds.identity.Identities;
import kz.egov.eds.identity.SubjectReader;
import kz.egov.eds.ocsp.OcspClient;
import kz.egov.eds.pki.CertificatePath;
import kz.egov.eds.pki.Certificates;
import kz.egov.eds.pki.CrlRevocation;
import kz.egov.eds.pki.PathValidator;
import kz.egov.eds.pki.RevocationCheck;
import kz.egov.eds.pki.RevocationChecker;
import kz.egov.eds.pki.RevocationStatus;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * Verifies ЭЦП as condition 2 requires: the CMS (one signer, its certificate, the content), the algorithm allowed for
 * the signer's role, the path to a configured НУЦ root, validity at the given moment, key usage, and revocation by
 * CRL and OCSP (failing closed). Path results are cached per certificate hash, so a repeated signer costs the
 * signature math, a hash and a few map look-ups.
 */
public final class EdsVerifier implements SignatureVerifier, AutoCloseable {

    private final VerifierConfig config;
    private final CmsProvider cms;
    private final PathValidator paths;
    private final CrlRevocation crls;
    private final RevocationChecker revocation;
    private final OcspClient ocsp;
    private final ConcurrentHashMap<String, TrustedCertificate> cache = new ConcurrentHashMap<>();

    public EdsVerifier(VerifierConfig config, CmsProvider cms) {
        this.config = config;
        this.cms = cms;
        this.paths = new PathValidator(config.trust());
        RevocationConfig rc = config.revocation();
        this.crls = new CrlRevocation(rc.crlSources(), config.trust().all(), rc.crlGrace(), rc.crlMaxInterval(),
                config.clock());
        this.ocsp = rc.ocspUrl() == null ? null
                : new OcspClient(rc.ocspUrl(), rc.ocspFreshness(), rc.ocspTimeout(), config.clock(),
                        rc.backgroundRefresh());
        this.revocation = new RevocationChecker(crls, ocsp, config.clock());
        crls.refreshAll();
        if (rc.backgroundRefresh()) {
            crls.startBackgroundRefresh();
        }
    }

    /** A verifier with the BouncyCastle provider; loads the CRLs once before returning. */
    public static EdsVerifier create(VerifierConfig config) {
        return new EdsVerifier(config, new BcCmsProvider());
    }

    /** Verifies for the configured default role. */
    @Override
    public SignerIdentity verifyDetached(byte[] content, byte[] cmsBytes, Instant at) {
        return verify(content, cmsBytes, at, config.defaultRole()).signer();
    }

    /** This verifier seen as a {@link SignatureVerifier} for one role. */
    public SignatureVerifier forRole(SignerRole role) {
        return (content, cmsBytes, at) -> verify(content, cmsBytes, at, role).signer();
    }

    /**
     * Verifies a detached CMS over {@code content} for a signer of {@code role}, checking the certificate at
     * {@code at} (the moment of receipt).
     *
     * @throws RejectedException with an EDS_* reason code on every failure
     */
    public VerifiedSignature verify(byte[] content, byte[] cmsBytes, Instant at, SignerRole role) {
        checks.increment();
        String memoKey = Identities.sha256Hex(cmsBytes) + Identities.sha256Hex(content);
        VerifiedMath math = verifiedMath.get(memoKey);
        if (math == null) {
            SignedCms signed = cms.open(cmsBytes);
            config.algorithms().require(role, signed.algorithm());
            TrustedCertificate t = trusted(signed.signerCertificateDer(),
                    () -> parseAll(signed.embeddedCertificatesDer()));
            signed.verifyContent(content, t.certificate().getPublicKey());
            signatureMath.increment();
            math = new VerifiedMath(t, signed.algorithm(), signed.signingTime());
            if (verifiedMath.size() >= MATH_MEMO_SIZE) {
                verifiedMath.clear();
            }
            verifiedMath.put(memoKey, math);
        }
        config.algorithms().require(role, math.algorithm());
        RevocationCheck rc = checkTrusted(math.certificate(), at);
        TrustedCertificate t = math.certificate();
        return new VerifiedSignature(t.identity(), t.person(), t.algorithm(), math.signingTime(), at, rc);
    }

    /**
     * The signature math of one CMS over one content, done once: a batch seal ({@code SealTree}) puts the same CMS
     * over the same root on every envelope of the batch. Everything that depends on the moment — the role's
     * algorithms, validity, key usage, revocation — is still checked on every call.
     */
    private record VerifiedMath(TrustedCertificate certificate, SignatureAlgorithm algorithm,
            Optional<Instant> signingTime) {
    }

    private static final int MATH_MEMO_SIZE = 8192;
    private final ConcurrentHashMap<String, VerifiedMath> verifiedMath = new ConcurrentHashMap<>();
    private final LongAdder checks = new LongAdder();
    private final LongAdder signatureMath = new LongAdder();

    /** Signature checks asked of this verifier since it was made. */
    public long checksMade() {
        return checks.sum();
    }

    /** Signature verifications actually computed (the rest were the same CMS over the same content again). */
    public long signatureMathDone() {
        return signatureMath.sum();
    }

    /**
     * Condition 2 for a certificate alone (no document): algorithm, path, validity at {@code at}, key usage,
     * revocation. A certificate of an algorithm this library does not implement is answered
     * EDS_ALGORITHM_NOT_SUPPORTED.
     */
    public VerifiedSignature checkCertificate(byte[] certificateDer, Instant at, SignerRole role) {
        SignatureAlgorithm alg = algorithmOf(certificateDer);
        config.algorithms().require(role, alg);
        TrustedCertificate t = trusted(certificateDer, List::of);
        RevocationCheck rc = checkTrusted(t, at);
        return new VerifiedSignature(t.identity(), t.person(), alg, Optional.empty(), at, rc);
    }

    /** Re-reads the CRLs now and forgets cached OCSP answers (path results stay cached: they do not change). */
    public void refreshRevocation() {
        revocation.refresh();
    }

    public CrlRevocation crls() {
        return crls;
    }

    public RevocationChecker revocation() {
        return revocation;
    }

    public VerifierConfig config() {
        return config;
    }

    @Override
    public void close() {
        crls.close();
        if (ocsp != null) {
            ocsp.close();
        }
    }

    private RevocationCheck checkTrusted(TrustedCertificate t, Instant at) {
        PathValidator.requireValidAt(t.path(), at);
        if (!t.signingKeyUsage()) {
            throw new RejectedException(ReasonCode.EDS_WRONG_KEY_USAGE,
                    "key usage has neither digitalSignature nor nonRepudiation");
        }
        RevocationCheck rc = revocation.check(t.certificate(), t.sha256(), t.path().issuer(), t.issuerName());
        if (rc.status() == RevocationStatus.REVOKED) {
            throw new RejectedException(ReasonCode.EDS_REVOKED,
                    "certificate " + t.certificate().getSerialNumber().toString(16) + " revoked per " + rc.source());
        }
        if (rc.status() == RevocationStatus.UNKNOWN) {
            throw new RejectedException(ReasonCode.EDS_REVOCATION_UNKNOWN,
                    "no fresh CRL and no OCSP answer for certificate " + t.certificate().getSerialNumber().toString(16));
        }
        return rc;
    }

    private TrustedCertificate trusted(byte[] der, Supplier<List<X509Certificate>> extras) {
        String key = Identities.sha256Hex(der);
        TrustedCertificate t = cache.get(key);
        if (t != null) {
            return t;
        }
        X509Certificate cert = Certificates.parse(der);
        CertificatePath path = paths.build(cert, extras.get());
        X509CertificateHolder holder = holder(der);
        t = new TrustedCertificate(key, cert, algorithmOf(der), path, Identities.of(holder),
                SubjectReader.read(holder.getSubject()), PathValidator.hasSigningKeyUsage(cert),
                cert.getIssuerX500Principal());
        if (cache.size() >= config.certificateCacheSize()) {
            cache.clear();
        }
        cache.put(key, t);
        return t;
    }

    private static SignatureAlgorithm algorithmOf(byte[] der) {
        String oid = holder(der).getSubjectPublicKeyInfo().getAlgorithm().getAlgorithm().getId();
        return SignatureAlgorithm.forPublicKeyOid(oid).orElseThrow(() ->
                new RejectedException(ReasonCode.EDS_ALGORITHM_NOT_SUPPORTED, "public key algorithm " + oid));
    }

    private static X509CertificateHolder holder(byte[] der) {
        try {
            return new X509CertificateHolder(der);
        } catch (Exception e) {
            throw new RejectedException(ReasonCode.EDS_MALFORMED, "unreadable certificate");
        }
    }

    private static List<X509Certificate> parseAll(List<byte[]> ders) {
        List<X509Certificate> out = new ArrayList<>();
        for (byte[] d : ders) {
            try {
                out.add(Certificates.parse(d));
            } catch (RejectedException e) {
                // an unreadable extra certificate cannot be part of a path; ignore it
            }
        }
        return out;
    }
}
