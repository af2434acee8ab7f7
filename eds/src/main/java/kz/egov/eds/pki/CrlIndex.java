package kz.egov.eds.pki;

import java.io.IOException;
import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;

import javax.security.auth.x500.X500Principal;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.eds.algorithm.BouncyCastle;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x509.CertificateList;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.TBSCertList;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;

/**
 * A CRL parsed once into a set of revoked serial numbers, so a revocation look-up is one hash probe. Built on every
 * refresh of a НУЦ CRL, never per check.
 *
 * @param issuer     the CRL issuer's name
 * @param nextUpdate null when the CRL names none
 * @param crlNumber  null when absent
 */
public record CrlIndex(X500Principal issuer, Instant thisUpdate, Instant nextUpdate, BigInteger crlNumber,
                       Set<BigInteger> revokedSerials) {

    public boolean isRevoked(BigInteger serial) {
        return revokedSerials.contains(serial);
    }

    public int size() {
        return revokedSerials.size();
    }

    /** Parses a DER CRL without checking its signature (for reading foreign CRLs). */
    public static CrlIndex parse(byte[] der) {
        return fromList(certificateList(der));
    }

    /**
     * Parses a DER CRL and checks it is signed by one of {@code issuers} (matched by name, proved by signature).
     *
     * @throws RejectedException EDS_UNTRUSTED_ISSUER when no trusted issuer signed it, EDS_ALGORITHM_NOT_SUPPORTED
     *         when its signature algorithm is not implemented
     */
    public static CrlIndex parseVerified(byte[] der, Collection<X509Certificate> issuers) {
        CertificateList list = certificateList(der);
        CrlIndex index = fromList(list);
        X509CRLHolder holder = new X509CRLHolder(list);
        boolean nameMatched = false;
        for (X509Certificate issuer : issuers) {
            if (!issuer.getSubjectX500Principal().equals(index.issuer())) {
                continue;
            }
            nameMatched = true;
            try {
                if (holder.isSignatureValid(new JcaContentVerifierProviderBuilder()
                        .setProvider(BouncyCastle.provider()).build(issuer))) {
                    return index;
                }
            } catch (Exception e) {
                throw new RejectedException(ReasonCode.EDS_ALGORITHM_NOT_SUPPORTED,
                        "cannot verify CRL signature " + list.getSignatureAlgorithm().getAlgorithm().getId());
            }
        }
        throw new RejectedException(ReasonCode.EDS_UNTRUSTED_ISSUER, nameMatched
                ? "CRL signature does not verify under the trusted issuer " + index.issuer().getName()
                : "CRL issuer is not trusted: " + index.issuer().getName());
    }

    private static CertificateList certificateList(byte[] der) {
        try {
            return CertificateList.getInstance(ASN1Primitive.fromByteArray(der));
        } catch (IOException | RuntimeException e) {
            throw new RejectedException(ReasonCode.EDS_MALFORMED, "unreadable CRL: " + e.getClass().getSimpleName());
        }
    }

    private static CrlIndex fromList(CertificateList list) {
        try {
            TBSCertList tbs = list.getTBSCertList();
            Set<BigInteger> serials = new HashSet<>();
            Enumeration<?> entries = tbs.getRevokedCertificateEnumeration();
            while (entries.hasMoreElements()) {
                serials.add(((TBSCertList.CRLEntry) entries.nextElement()).getUserCertificate().getValue());
            }
            Instant next = tbs.getNextUpdate() == null ? null : tbs.getNextUpdate().getDate().toInstant();
            BigInteger number = null;
            if (tbs.getExtensions() != null && tbs.getExtensions().getExtension(Extension.cRLNumber) != null) {
                number = org.bouncycastle.asn1.ASN1Integer.getInstance(
                        tbs.getExtensions().getExtension(Extension.cRLNumber).getParsedValue()).getValue();
            }
            return new CrlIndex(new X500Principal(tbs.getIssuer().getEncoded()),
                    tbs.getThisUpdate().getDate().toInstant(), next, number, Collections.unmodifiableSet(serials));
        } catch (IOException | RuntimeException e) {
            throw new RejectedException(ReasonCode.EDS_MALFORMED, "unreadable CRL: " + e.getClass().getSimpleName());
        }
    }
}
