package kz.egov.eds.ocsp;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.eds.algorithm.BouncyCastle;
import kz.egov.eds.pki.RevocationStatus;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;

/** Reads and verifies OCSP responses (DER), НУЦ's and the development responder's alike. */
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

    private static void requireSignedFor(BasicOCSPResp basic, X509Certificate issuer, Instant at) {
        if (signedBy(basic, issuer)) {
            return;
        }
        for (X509CertificateHolder h : basic.getCerts()) {
            X509Certificate responder = delegatedResponder(h, issuer, at);
            if (responder != null && signedBy(basic, responder)) {
                return;
            }
        }
        throw new RejectedException(ReasonCode.EDS_REVOCATION_UNKNOWN,
                "OCSP response not signed by the issuer or its authorised responder");
    }

    private static boolean signedBy(BasicOCSPResp basic, X509Certificate signer) {
        try {
            return basic.isSignatureValid(new JcaContentVerifierProviderBuilder()
                    .setProvider(BouncyCastle.provider()).build(signer.getPublicKey()));
        } catch (Exception e) {
            throw new RejectedException(ReasonCode.EDS_ALGORITHM_NOT_SUPPORTED,
                    "OCSP signature algorithm " + basic.getSignatureAlgOID().getId());
        }
    }

    /** A responder certificate issued by {@code issuer} with id-kp-OCSPSigning, valid at {@code at}; else null. */
    private static X509Certificate delegatedResponder(X509CertificateHolder h, X509Certificate issuer, Instant at) {
        try {
            if (!h.isValidOn(Date.from(at)) || h.getExtensions() == null) {
                return null;
            }
            var eku = org.bouncycastle.asn1.x509.ExtendedKeyUsage.fromExtensions(h.getExtensions());
            if (eku == null || !eku.hasKeyPurposeId(KeyPurposeId.id_kp_OCSPSigning)) {
                return null;
            }
            X509Certificate c = new JcaX509CertificateConverter().setProvider(BouncyCastle.provider()).getCertificate(h);
            if (!Arrays.equals(c.getIssuerX500Principal().getEncoded(), issuer.getSubjectX500Principal().getEncoded())
                    && !c.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
                return null;
            }
            c.verify(issuer.getPublicKey(), BouncyCastle.provider());
            return c;
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
