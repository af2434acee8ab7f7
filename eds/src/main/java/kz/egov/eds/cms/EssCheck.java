package kz.egov.eds.cms;

import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.eds.algorithm.Verifiers;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Null;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAlgorithmProtection;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertID;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificate;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.operator.DigestCalculator;

/**
 * Checks of a SignerInfo's signed attributes that bind it to its certificate and its algorithms, each made when the
 * attribute is present and never required: Kalkan (NCALayer) writes only contentType, messageDigest and signingTime.
 * <ul>
 *   <li>signing-certificate-v2 (RFC 5035) or signing-certificate (v1, RFC 2634): the first certificate id must name
 *       the embedded signer certificate by its hash (and by issuer and serial when given);</li>
 *   <li>CMSAlgorithmProtection (RFC 6211): its digest and signature algorithms must be the SignerInfo's.</li>
 * </ul>
 */
final class EssCheck {

    /**
     * @throws RejectedException EDS_NO_SIGNER_CERTIFICATE when an attribute names another certificate, EDS_MALFORMED
     *         for an unreadable one, EDS_ALGORITHM_NOT_SUPPORTED for a certificate hash not implemented
     */
    static void checkSigningCertificate(SignerInformation signer, X509CertificateHolder cert) {
        AttributeTable attrs = signer.getSignedAttributes();
        Attribute v2 = attrs.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (v2 != null) {
            ESSCertIDv2 id;
            try {
                id = SigningCertificateV2.getInstance(attrs.getAll(PKCSObjectIdentifiers.id_aa_signingCertificateV2)
                        .size() == 1 ? v2.getAttrValues().getObjectAt(0) : null).getCerts()[0];
            } catch (RuntimeException e) {
                throw new RejectedException(ReasonCode.EDS_MALFORMED, "unreadable signing-certificate-v2");
            }
            requireSame("signing-certificate-v2", id.getHashAlgorithm(), id.getCertHash(), id.getIssuerSerial(), cert);
        }
        Attribute v1 = attrs.get(PKCSObjectIdentifiers.id_aa_signingCertificate);
        if (v1 != null) {
            ESSCertID id;
            try {
                id = SigningCertificate.getInstance(attrs.getAll(PKCSObjectIdentifiers.id_aa_signingCertificate)
                        .size() == 1 ? v1.getAttrValues().getObjectAt(0) : null).getCerts()[0];
            } catch (RuntimeException e) {
                throw new RejectedException(ReasonCode.EDS_MALFORMED, "unreadable signing-certificate");
            }
            // v1 names the certificate by its SHA-1 hash: an identifier, not a signature
            requireSame("signing-certificate", new AlgorithmIdentifier(OIWObjectIdentifiers.idSHA1), id.getCertHash(),
                    id.getIssuerSerial(), cert);
        }
    }

    /**
     * @throws RejectedException EDS_MALFORMED when a CMSAlgorithmProtection attribute names other algorithms than the
     *         SignerInfo (an algorithm substitution), or is unreadable
     */
    static void checkAlgorithmProtection(SignerInformation signer) {
        AttributeTable attrs = signer.getSignedAttributes();
        if (attrs.get(CMSAttributes.cmsAlgorithmProtect) == null) {
            return;
        }
        CMSAlgorithmProtection protection;
        try {
            var all = attrs.getAll(CMSAttributes.cmsAlgorithmProtect);
            Attribute attr = (Attribute) all.get(0);
            if (all.size() != 1 || attr.getAttrValues().size() != 1) {
                throw new IllegalArgumentException("more than one value");
            }
            protection = CMSAlgorithmProtection.getInstance(attr.getAttrValues().getObjectAt(0));
        } catch (RuntimeException e) {
            throw new RejectedException(ReasonCode.EDS_MALFORMED, "unreadable CMSAlgorithmProtection");
        }
        AlgorithmIdentifier digest = signer.toASN1Structure().getDigestAlgorithm();
        AlgorithmIdentifier signature = signer.toASN1Structure().getDigestEncryptionAlgorithm();
        if (!equivalent(protection.getDigestAlgorithm(), digest)) {
            throw new RejectedException(ReasonCode.EDS_MALFORMED, "CMSAlgorithmProtection names digest "
                    + name(protection.getDigestAlgorithm()) + ", the SignerInfo " + name(digest));
        }
        if (!equivalent(protection.getSignatureAlgorithm(), signature)) {
            throw new RejectedException(ReasonCode.EDS_MALFORMED, "CMSAlgorithmProtection names signature "
                    + name(protection.getSignatureAlgorithm()) + ", the SignerInfo " + name(signature));
        }
    }

    private static void requireSame(String attribute, AlgorithmIdentifier hashAlgorithm, byte[] hash,
            IssuerSerial issuerSerial, X509CertificateHolder cert) {
        byte[] expected;
        try {
            DigestCalculator calc = Verifiers.digests().get(new AlgorithmIdentifier(hashAlgorithm.getAlgorithm()));
            try (OutputStream out = calc.getOutputStream()) {
                out.write(cert.getEncoded());
            }
            expected = calc.getDigest();
        } catch (IOException e) {
            throw new RejectedException(ReasonCode.EDS_MALFORMED, "unencodable signer certificate");
        } catch (Exception e) {
            throw new RejectedException(ReasonCode.EDS_ALGORITHM_NOT_SUPPORTED,
                    attribute + " hash " + hashAlgorithm.getAlgorithm().getId());
        }
        if (!MessageDigest.isEqual(expected, hash)) {
            throw new RejectedException(ReasonCode.EDS_NO_SIGNER_CERTIFICATE,
                    attribute + " names another certificate than the embedded one");
        }
        if (issuerSerial != null && !(issuerSerial.getSerial().getValue().equals(cert.getSerialNumber())
                && namesIssuer(issuerSerial, cert.getIssuer()))) {
            throw new RejectedException(ReasonCode.EDS_NO_SIGNER_CERTIFICATE,
                    attribute + " names another issuer and serial than the embedded certificate");
        }
    }

    private static boolean namesIssuer(IssuerSerial issuerSerial, X500Name issuer) {
        for (GeneralName n : issuerSerial.getIssuer().getNames()) {
            if (n.getTagNo() == GeneralName.directoryName && X500Name.getInstance(n.getName()).equals(issuer)) {
                return true;
            }
        }
        return false;
    }

    /** Same OID, and the same parameters where absent and NULL are the same. */
    private static boolean equivalent(AlgorithmIdentifier a, AlgorithmIdentifier b) {
        if (a == null || b == null || !a.getAlgorithm().equals(b.getAlgorithm())) {
            return false;
        }
        ASN1Encodable pa = a.getParameters();
        ASN1Encodable pb = b.getParameters();
        boolean noneA = pa == null || pa instanceof ASN1Null;
        boolean noneB = pb == null || pb instanceof ASN1Null;
        return noneA && noneB || !noneA && !noneB && pa.toASN1Primitive().equals(pb.toASN1Primitive());
    }

    private static String name(AlgorithmIdentifier a) {
        return a == null ? "none" : a.getAlgorithm().getId();
    }

    private EssCheck() {
    }
}
