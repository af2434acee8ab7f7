package kz.egov.eds.verify;

import java.security.MessageDigest;
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
import kz.egov.eds.cms.ParsedSigner;
import kz.egov.eds.cms.SignedCms;
import kz.egov.eds.identity.CertificateIdentity;
import kz.egov.eds.identity.Identities;
import kz.egov.eds.identity.SubjectReader;
import kz.egov.eds.ocsp.OcspClient;
import kz.egov.eds.ocsp.RecordedOcspResponses;
import kz.egov.eds.pki.CertificatePath;
import kz.egov.eds.pki.Certificates;
import kz.egov.eds.pki.CrlRevocation;
import kz.egov.eds.pki.OcspLookup;
import kz.egov.eds.pki.PathValidator;
import kz.egov.eds.pki.RevocationCheck;
import kz.egov.eds.pki.RevocationChecker;
import kz.egov.eds.pki.RevocationStatus;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * Verifies ЭЦП as condition 2 requires: the CMS (its signer, the signer's certificate, the content, attached or
 * detached), the algorithms allowed for the signer's role, the path to a configured НУЦ root, validity at the check
 * time the caller decides (never at the claimed signingTime), key usage, the certificate profile the role requires
 * ({@link CertificateProfile}: an individual's signing certificate for a citizen, a legal entity's for an operator or
 * an officer, an information system's for a seal; for a sign-in challenge also an authentication one, see
 * {@link Purpose}), and revocation at that time by OCSP and CRL, failing closed ({@link RevocationConfig}). Real
 * НУЦ РК and Kalkan (NCALayer) signatures are read as they are:
 * Kazakh GOST 2015-512, no signing-certificate-v2, several signers ({@link #verifyEach}).
 *
 * <p>Path results are cached per certificate hash, so a repeated signer costs the signature math, a hash and a few
 * map look-ups.
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
        this.crls = new CrlRevocation(rc.crlSources(), config.trust().all(), rc.crlGrace(), rc.crlMaxAge(),
                rc.crlMaxInterval(), rc.followFreshestCrl(), config.clock());
        this.ocsp = rc.ocspUrl() == null ? null
                : new OcspClient(rc.ocspUrl(), rc.ocspFreshness(), rc.ocspMaxAge(), rc.ocspTimeout(), config.clock(),
                        rc.backgroundRefresh());
        List<OcspLookup> lookups = new ArrayList<>();
        if (!rc.ocspResponses().isEmpty()) {
            lookups.add(new RecordedOcspResponses(rc.ocspResponses(), rc.ocspMaxAge()));
        }
        if (ocsp != null) {
            lookups.add(ocsp);
        }
        OcspLookup lookup = lookups.isEmpty() ? null
                : lookups.size() == 1 ? lookups.get(0) : OcspLookup.inTurn(lookups);
        this.revocation = new RevocationChecker(crls, lookup, rc.crlFallback(), config.clock());
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
     * Verifies a CMS with exactly one signer over {@code content} for a signer of {@code role}, checking the
     * certificate at {@code at} (the moment of receipt). For an attached CMS {@code content} may be null (the
     * encapsulated content is what is verified); when given it must equal the encapsulated content.
     *
     * @throws RejectedException with an EDS_* reason code on every failure; EDS_MULTIPLE_SIGNERS when the CMS has
     *         more than one signer (a citizen's request has exactly one; see {@link #verifyEach} for the others)
     */
    public VerifiedSignature verify(byte[] content, byte[] cmsBytes, Instant at, SignerRole role) {
        return verify(content, cmsBytes, at, role, Purpose.SIGNATURE);
    }

    /**
     * Verifies a signed sign-in challenge (portal registration, ЦОН and ИС МИО EDS sign-in) of a person of
     * {@code role} (CITIZEN: an individual; OPERATOR, OFFICER: a legal entity's person): as {@link #verify}, but an
     * authentication certificate of that person is accepted as well as a signing one.
     *
     * @throws IllegalArgumentException for SYSTEM: a system does not sign in
     */
    public VerifiedSignature verifySignIn(byte[] challenge, byte[] cmsBytes, Instant at, SignerRole role) {
        return verify(challenge, cmsBytes, at, role, Purpose.SIGN_IN);
    }

    /**
     * As {@link #verify(byte[], byte[], Instant, SignerRole)}, the certificate profile required for {@code role} and
     * {@code purpose}: for {@link Purpose#SIGNATURE} a signing certificate, for {@link Purpose#SIGN_IN} a signing or
     * an authentication one.
     */
    public VerifiedSignature verify(byte[] content, byte[] cmsBytes, Instant at, SignerRole role, Purpose purpose) {
        if (purpose == Purpose.SIGN_IN && !role.person()) {
            throw new IllegalArgumentException("only a person signs in, not " + role);
        }
        checks.increment();
        String memoKey = Identities.sha256Hex(cmsBytes) + (content == null ? "" : Identities.sha256Hex(content));
        VerifiedMath math = verifiedMath.get(memoKey);
        if (math == null) {
            SignedCms signed = cms.open(cmsBytes);
            byte[] signedContent = contentFor(signed, content);
            config.algorithms().require(role, signed.algorithm());
            TrustedCertificate t = trusted(signed.signerCertificateDer(),
                    () -> parseAll(signed.embeddedCertificatesDer()));
            signed.verifyContent(signedContent, t.publicKey());
            signatureMath.increment();
            math = new VerifiedMath(t, signed.algorithm(), signed.signingTime());
            if (verifiedMath.size() >= MATH_MEMO_SIZE) {
                verifiedMath.clear();
            }
            verifiedMath.put(memoKey, math);
        }
        config.algorithms().require(role, math.algorithm());
        RevocationCheck rc = checkTrusted(math.certificate(), at, null, role, purpose);
        TrustedCertificate t = math.certificate();
        return new VerifiedSignature(t.identity(), t.person(), t.algorithm(), math.signingTime(), at, rc);
    }

    /**
     * Verifies every signer of a CMS (attached or detached, as {@link #verify}) one by one, each as
     * {@link #verify} checks its one signer, for a signer of {@code role} at {@code at}: one verdict per SignerInfo,
     * in their order, each valid or refused with its reason code and detail. One bad signer never stops the others.
     *
     * @throws RejectedException EDS_MALFORMED only when the CMS itself is unreadable or has no signer
     */
    public List<SignerVerdict> verifyEach(byte[] content, byte[] cmsBytes, Instant at, SignerRole role) {
        List<ParsedSigner> signers = cms.openEach(cmsBytes);
        List<SignerVerdict> out = new ArrayList<>(signers.size());
        for (ParsedSigner p : signers) {
            checks.increment();
            out.add(verdict(p, content, at, role));
        }
        return out;
    }

    private SignerVerdict verdict(ParsedSigner p, byte[] content, Instant at, SignerRole role) {
        X509CertificateHolder h = null;
        SignerIdentity id = null;
        CertificateIdentity person = null;
        CertificateProfile profile = null;
        if (p.certificateDer() != null) {
            try {
                h = new X509CertificateHolder(p.certificateDer());
                id = Identities.of(h);
                person = SubjectReader.read(h.getSubject());
                profile = CertificateProfile.of(h, person);
            } catch (Exception e) {
                // a certificate this library cannot read names no one; the verdict says why it is refused
            }
        }
        Boolean validAt = h == null ? null
                : !at.isBefore(h.getNotBefore().toInstant()) && !at.isAfter(h.getNotAfter().toInstant());
        SignedCms signed = p.signed();
        // refused before: the key's suite when this library does not implement it, else what the SignerInfo names
        String algorithm = signed != null ? signed.algorithm().jcaName()
                : id != null && id.algorithm().startsWith("unsupported:") ? id.algorithm() : p.algorithms();
        Optional<Instant> signingTime = signed == null ? Optional.empty() : signed.signingTime();
        RevocationCheck[] seen = new RevocationCheck[1];
        RejectedException refusal = p.refusal();
        if (refusal == null) {
            try {
                byte[] signedContent = contentFor(signed, content);
                config.algorithms().require(role, signed.algorithm());
                TrustedCertificate t = trusted(signed.signerCertificateDer(),
                        () -> parseAll(signed.embeddedCertificatesDer()));
                signed.verifyContent(signedContent, t.publicKey());
                signatureMath.increment();
                checkTrusted(t, at, seen, role, Purpose.SIGNATURE);
            } catch (RejectedException e) {
                refusal = e;
            } catch (RuntimeException e) {
                refusal = new RejectedException(ReasonCode.EDS_MALFORMED,
                        "signer " + p.index() + " unreadable: " + e.getClass().getSimpleName());
            }
        }
        return new SignerVerdict(p.index(), id, person, profile, algorithm, validAt, seen[0], signingTime, at,
                refusal == null ? null : refusal.reason(), refusal == null ? null : refusal.getMessage());
    }

    /** The content the signature covers: inside the CMS when attached (equal to {@code given} when both are there). */
    private static byte[] contentFor(SignedCms signed, byte[] given) {
        Optional<byte[]> inside = signed.encapsulatedContent();
        if (inside.isPresent()) {
            if (given != null && !MessageDigest.isEqual(given, inside.get())) {
                throw new RejectedException(ReasonCode.EDS_CONTENT_MISMATCH,
                        "the document given differs from the one inside the signature");
            }
            return inside.get();
        }
        if (given == null) {
            throw new RejectedException(ReasonCode.EDS_CONTENT_MISMATCH,
                    "detached signature and no document to check it against");
        }
        return given;
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
     * Condition 2 for a certificate alone (no document): algorithm, path, validity at {@code at}, key usage, the
     * signing profile {@code role} requires, revocation. A certificate of an algorithm this library does not implement
     * is answered EDS_ALGORITHM_NOT_SUPPORTED.
     */
    public VerifiedSignature checkCertificate(byte[] certificateDer, Instant at, SignerRole role) {
        return checkCertificate(certificateDer, at, role, Purpose.SIGNATURE);
    }

    /** As {@link #checkCertificate(byte[], Instant, SignerRole)}, the profile required for {@code purpose}. */
    public VerifiedSignature checkCertificate(byte[] certificateDer, Instant at, SignerRole role, Purpose purpose) {
        SignatureAlgorithm alg = algorithmOf(certificateDer);
        config.algorithms().require(role, alg);
        TrustedCertificate t = trusted(certificateDer, List::of);
        RevocationCheck rc = checkTrusted(t, at, null, role, purpose);
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

    /**
     * Validity, key usage, the profile for {@code role} and {@code purpose}, and revocation at {@code at}; the
     * revocation check made is put in {@code seen[0]}.
     */
    private RevocationCheck checkTrusted(TrustedCertificate t, Instant at, RevocationCheck[] seen, SignerRole role,
                                         Purpose purpose) {
        PathValidator.requireValidAt(t.path(), at);
        if (!t.signingKeyUsage()) {
            throw new RejectedException(ReasonCode.EDS_WRONG_KEY_USAGE,
                    "key usage has neither digitalSignature nor nonRepudiation");
        }
        ProfileRules.require(role, purpose, t.profile(), t.person());
        RevocationCheck rc = revocation.check(t.certificate(), t.sha256(), t.path().issuer(), t.issuerName(), at);
        if (seen != null) {
            seen[0] = rc;
        }
        String serial = t.certificate().getSerialNumber().toString(16);
        if (rc.status() == RevocationStatus.REVOKED) {
            throw new RejectedException(ReasonCode.EDS_REVOKED,
                    "certificate " + serial + " revoked at " + at + " per " + rc.source());
        }
        if (rc.status() == RevocationStatus.UNKNOWN) {
            throw new RejectedException(ReasonCode.EDS_REVOCATION_UNKNOWN, "OCSP".equals(rc.source())
                    ? "no fresh OCSP answer for certificate " + serial + " (responder unreachable, backing off, or "
                            + "its answer stale or unverifiable); retry later"
                    : "no CRL covering " + at + " for certificate " + serial + "; retry later");
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
        SignatureAlgorithm alg = algorithmOf(der);
        CertificatePath path = paths.build(cert, extras.get());
        X509CertificateHolder holder = holder(der);
        CertificateIdentity person = SubjectReader.read(holder.getSubject());
        t = new TrustedCertificate(key, cert, Certificates.publicKey(cert), alg, path, Identities.of(holder), person,
                CertificateProfile.of(holder, person), PathValidator.hasSigningKeyUsage(cert),
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
