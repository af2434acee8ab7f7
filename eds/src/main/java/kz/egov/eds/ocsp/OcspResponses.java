package kz.egov.eds.ocsp;

import java.io.IOException;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.security.auth.x500.X500Principal;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.eds.algorithm.Verifiers;
import kz.egov.eds.pki.Certificates;
import kz.egov.eds.pki.RevocationStatus;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;

/**
 * Reads and verifies OCSP responses (DER), НУЦ's and the development responder's alike, Kazakh GOST 2015 signatures
 * (НУЦ's delegated «OCSP RESPONDER») included.
 */
public final class OcspResponses {

    /** Parses every single response without checking the signature. */
    public static List<OcspAnswer> read(byte[] der) {
        BasicOCSPResp basic = basic(der);
        List<OcspAnswer> out = new ArrayList<>();
        for (SingleResp r : basic.getResponses()) {
            out.add(answer(basic, r));
        }
        return out;
    }

    /**
     * Parses and checks the response is signed by {@code issuer} or by a responder certificate that {@code issuer}
     * issued for OCSP signing and that is valid at {@code at}.
     *
     * @throws RejectedException EDS_ALGORITHM_NOT_SUPPORTED for a signature algorithm not implemented,
     *         EDS_REVOCATION_UNKNOWN for an unsuccessful or unverifiable response
     */
    public static List<OcspAnswer> readVerified(byte[] der, X509Certificate issuer, Instant at) {
        BasicOCSPResp basic = basic(der);
        requireSignedFor(basic, issuer, at);
        List<OcspAnswer> out = new ArrayList<>();
        for (SingleResp r : basic.getResponses()) {
            out.add(answer(basic, r));
        }
        return out;
    }

    /**
     * The verified answers about {@code cert} (its serial, and a CertID naming {@code issuer} by its name and key
     * hashes). The response must be signed by {@code issuer} or by a responder certificate {@code issuer} issued for
     * OCSP signing, valid at {@code responderValidAt} — or, when that is null, at the response's producedAt (a
     * recorded response, checked later).
     *
     * @throws RejectedException as {@link #readVerified}
     */
    public static List<OcspAnswer> answersFor(byte[] der, X509Certificate cert, X509Certificate issuer,
            Instant responderValidAt) {
        BasicOCSPResp basic = basic(der);
        requireSignedFor(basic, issuer,
                responderValidAt != null ? responderValidAt : basic.getProducedAt().toInstant());
        X509CertificateHolder issuerHolder;
        try {
            issuerHolder = new X509CertificateHolder(issuer.getEncoded());
        } catch (Exception e) {
            throw new RejectedException(ReasonCode.EDS_MALFORMED, "unencodable issuer certificate");
        }
        List<OcspAnswer> out = new ArrayList<>();
        for (SingleResp r : basic.getResponses()) {
            if (r.getCertID().getSerialNumber().equals(cert.getSerialNumber()) && matchesIssuer(r, issuerHolder)) {
                out.add(answer(basic, r));
            }
        }
        return out;
    }

    private static boolean matchesIssuer(SingleResp r, X509CertificateHolder issuer) {
        try {
            return r.getCertID().matchesIssuer(issuer, Verifiers.digests());
        } catch (OCSPException | RuntimeException e) {
            return false;
        }
    }

    /** The nonce the responder echoed, or null. */
    static byte[] nonce(byte[] der) {
        Extension ext = basic(der).getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
        return ext == null ? null : ext.getExtnValue().getOctets();
    }

    static BasicOCSPResp basic(byte[] der) {
        OCSPResp resp;
        try {
            resp = new OCSPResp(der);
        } catch (IOException | RuntimeException e) {
            throw new RejectedException(ReasonCode.EDS_REVOCATION_UNKNOWN, "unreadable OCSP response");
        }
        if (resp.getStatus() != OCSPResp.SUCCESSFUL) {
            throw new RejectedException(ReasonCode.EDS_REVOCATION_UNKNOWN, "OCSP responder status " + resp.getStatus());
        }
        try {
            Object o = resp.getResponseObject();
            if (!(o instanceof BasicOCSPResp b)) {
                throw new RejectedException(ReasonCode.EDS_REVOCATION_UNKNOWN, "not a basic OCSP response");
            }
            return b;
        } catch (OCSPException e) {
            throw new RejectedException(ReasonCode.EDS_REVOCATION_UNKNOWN, "unreadable OCSP response");
        }
    }

    /** Signed by the issuer or a delegated responder; an algorithm not implemented is said so when nothing verifies. */
    private static void requireSignedFor(BasicOCSPResp basic, X509Certificate issuer, Instant at) {
        RejectedException unsupported = null;
        try {
            if (signedBy(basic, Certificates.publicKey(issuer))) {
                return;
            }
        } catch (RejectedException e) {
            unsupported = e;
        }
        for (X509CertificateHolder h : basic.getCerts()) {
            PublicKey responder = delegatedResponder(h, issuer, at);
            try {
                if (responder != null && signedBy(basic, responder)) {
                    return;
                }
            } catch (RejectedException e) {
                unsupported = e;
            }
        }
        if (unsupported != null) {
            throw unsupported;
        }
        throw new RejectedException(ReasonCode.EDS_REVOCATION_UNKNOWN,
                "OCSP response not signed by the issuer or its authorised responder");
    }

    private static boolean signedBy(BasicOCSPResp basic, PublicKey signer) {
        try {
            return basic.isSignatureValid(Verifiers.forKey(signer));
        } catch (Exception e) {
            throw new RejectedException(ReasonCode.EDS_ALGORITHM_NOT_SUPPORTED,
                    "OCSP signature algorithm " + basic.getSignatureAlgOID().getId());
        }
    }

    /**
     * The key of a responder certificate issued by {@code issuer} with id-kp-OCSPSigning, valid at {@code at}; else
     * null. Read from the certificate's SubjectPublicKeyInfo, so Kazakh GOST 2015 responders are checked too.
     */
    private static PublicKey delegatedResponder(X509CertificateHolder h, X509Certificate issuer, Instant at) {
        try {
            if (!h.isValidOn(Date.from(at)) || h.getExtensions() == null) {
                return null;
            }
            ExtendedKeyUsage eku = ExtendedKeyUsage.fromExtensions(h.getExtensions());
            if (eku == null || !eku.hasKeyPurposeId(KeyPurposeId.id_kp_OCSPSigning)) {
                return null;
            }
            X500Principal issuedBy = new X500Principal(h.getIssuer().getEncoded());
            if (!issuedBy.equals(issuer.getSubjectX500Principal())
                    || !h.isSignatureValid(Verifiers.forCertificate(issuer))) {
                return null;
            }
            return Verifiers.publicKey(h.getSubjectPublicKeyInfo());
        } catch (Exception e) {
            return null;
        }
    }

    private static OcspAnswer answer(BasicOCSPResp basic, SingleResp r) {
        CertificateStatus s = r.getCertStatus();
        RevocationStatus status;
        Instant revokedAt = null;
        Integer reason = null;
        if (s == CertificateStatus.GOOD) {
            status = RevocationStatus.GOOD;
        } else if (s instanceof RevokedStatus rs) {
            status = RevocationStatus.REVOKED;
            revokedAt = rs.getRevocationTime().toInstant();
            reason = rs.hasRevocationReason() ? rs.getRevocationReason() : null;
        } else {
            status = RevocationStatus.UNKNOWN;
        }
        return new OcspAnswer(r.getCertID().getSerialNumber(), status, basic.getProducedAt().toInstant(),
                r.getThisUpdate().toInstant(), r.getNextUpdate() == null ? null : r.getNextUpdate().toInstant(),
                revokedAt, reason);
    }

    private OcspResponses() {
    }
}
