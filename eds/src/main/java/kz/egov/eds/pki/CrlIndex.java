package kz.egov.eds.pki;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.security.auth.x500.X500Principal;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.eds.algorithm.Verifiers;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1UTCTime;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CertificateList;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.TBSCertList;
import org.bouncycastle.asn1.x509.Time;
import org.bouncycastle.cert.X509CRLHolder;

/**
 * A CRL parsed once into a map of revoked serial numbers to their revocation dates, so a revocation look-up is one
 * hash probe. Built on every refresh of a НУЦ CRL, never per check. A delta CRL (Delta CRL Indicator) is indexed the
 * same way, with the serials it takes off the list (removeFromCRL, e.g. a hold released) kept apart.
 *
 * @param issuer        the CRL issuer's name
 * @param nextUpdate    null when the CRL names none (then a configured maximum age applies)
 * @param crlNumber     null when absent
 * @param revoked       serial → revocation date (certificateHold included: a held certificate counts as revoked)
 * @param baseCrlNumber the Delta CRL Indicator's base CRL number; null for a complete CRL
 * @param removed       serials a delta CRL lists as removeFromCRL; empty for a complete CRL
 * @param freshestCrl   where the CRL's Freshest CRL extension says its delta CRLs are (http/https only)
 */
public record CrlIndex(X500Principal issuer, Instant thisUpdate, Instant nextUpdate, BigInteger crlNumber,
                       Map<BigInteger, Instant> revoked, BigInteger baseCrlNumber, Set<BigInteger> removed,
                       List<URI> freshestCrl) {

    /** The DER value of the reasonCode extension removeFromCRL (ENUMERATED 8). */
    private static final byte[] REMOVE_FROM_CRL = {0x0A, 0x01, 0x08};

    public CrlIndex {
        revoked = revoked instanceof RevocationDates ? revoked : Collections.unmodifiableMap(revoked);
        removed = Set.copyOf(removed);
        freshestCrl = List.copyOf(freshestCrl);
    }

    public boolean isRevoked(BigInteger serial) {
        return revoked.containsKey(serial);
    }

    /** When {@code serial} was revoked per this CRL; null when it is not listed. */
    public Instant revocationDate(BigInteger serial) {
        return revoked.get(serial);
    }

    /** The revoked serials. */
    public Set<BigInteger> revokedSerials() {
        return revoked.keySet();
    }

    /** Whether this is a delta CRL (it carries a Delta CRL Indicator). */
    public boolean isDelta() {
        return baseCrlNumber != null;
    }

    public int size() {
        return revoked.size();
    }

    /** Parses a DER CRL without checking its signature (for reading foreign CRLs). */
    public static CrlIndex parse(byte[] der) {
        return fromList(certificateList(der));
    }

    /**
     * Parses a DER CRL and checks it is signed by one of {@code issuers} (matched by name, proved by signature; Kazakh
     * GOST 2015 signatures included).
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
                if (holder.isSignatureValid(Verifiers.forCertificate(issuer))) {
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
            Map<BigInteger, ASN1Encodable> revoked = new HashMap<>();
            Set<BigInteger> removed = new HashSet<>();
            Enumeration<?> entries = tbs.getRevokedCertificateEnumeration();
            while (entries.hasMoreElements()) {
                TBSCertList.CRLEntry entry = (TBSCertList.CRLEntry) entries.nextElement();
                BigInteger serial = entry.getUserCertificate().getValue();
                if (entry.hasExtensions() && isRemoveFromCrl(entry.getExtensions())) {
                    removed.add(serial);
                } else {
                    // the date as encoded: read into an Instant only when asked (a refresh of 200 000 entries
                    // would spend most of its time reading dates no check ever needs)
                    ASN1Encodable date = ASN1Sequence.getInstance(entry.toASN1Primitive()).getObjectAt(1);
                    if (!(date instanceof ASN1UTCTime) && !(date instanceof ASN1GeneralizedTime)) {
                        throw new IllegalArgumentException("revocation date is not a time");
                    }
                    revoked.put(serial, date);
                }
            }
            Instant next = tbs.getNextUpdate() == null ? null : tbs.getNextUpdate().getDate().toInstant();
            Extensions ext = tbs.getExtensions();
            BigInteger number = integer(ext, Extension.cRLNumber);
            BigInteger base = integer(ext, Extension.deltaCRLIndicator);
            return new CrlIndex(new X500Principal(tbs.getIssuer().getEncoded()),
                    tbs.getThisUpdate().getDate().toInstant(), next, number, new RevocationDates(revoked), base,
                    removed, freshestCrl(ext));
        } catch (IOException | RuntimeException e) {
            throw new RejectedException(ReasonCode.EDS_MALFORMED, "unreadable CRL: " + e.getClass().getSimpleName());
        }
    }

    /** Serial → revocation date, each date read from its encoding on first use; unmodifiable. */
    private static final class RevocationDates extends AbstractMap<BigInteger, Instant> {
        private final Map<BigInteger, ASN1Encodable> encoded;

        RevocationDates(Map<BigInteger, ASN1Encodable> encoded) {
            this.encoded = encoded;
        }

        @Override
        public Instant get(Object serial) {
            ASN1Encodable time = encoded.get(serial);
            return time == null ? null : instant(time);
        }

        /** An unreadable date reads as the earliest instant: the serial counts as revoked (fail closed). */
        private static Instant instant(ASN1Encodable time) {
            try {
                return Time.getInstance(time).getDate().toInstant();
            } catch (RuntimeException e) {
                return Instant.MIN;
            }
        }

        @Override
        public boolean containsKey(Object serial) {
            return encoded.containsKey(serial);
        }

        @Override
        public int size() {
            return encoded.size();
        }

        @Override
        public Set<BigInteger> keySet() {
            return Collections.unmodifiableSet(encoded.keySet());
        }

        @Override
        public Set<Map.Entry<BigInteger, Instant>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Map.Entry<BigInteger, Instant>> iterator() {
                    Iterator<Map.Entry<BigInteger, ASN1Encodable>> it = encoded.entrySet().iterator();
                    return new Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return it.hasNext();
                        }

                        @Override
                        public Map.Entry<BigInteger, Instant> next() {
                            Map.Entry<BigInteger, ASN1Encodable> e = it.next();
                            return Map.entry(e.getKey(), instant(e.getValue()));
                        }
                    };
                }

                @Override
                public int size() {
                    return encoded.size();
                }
            };
        }
    }

    private static boolean isRemoveFromCrl(Extensions ext) {
        Extension reason = ext.getExtension(Extension.reasonCode);
        return reason != null && Arrays.equals(reason.getExtnValue().getOctets(), REMOVE_FROM_CRL);
    }

    private static BigInteger integer(Extensions ext, ASN1ObjectIdentifier oid) {
        if (ext == null || ext.getExtension(oid) == null) {
            return null;
        }
        return ASN1Integer.getInstance(ext.getExtension(oid).getParsedValue()).getValue();
    }

    private static List<URI> freshestCrl(Extensions ext) {
        if (ext == null || ext.getExtension(Extension.freshestCRL) == null) {
            return List.of();
        }
        List<URI> out = new ArrayList<>();
        CRLDistPoint points = CRLDistPoint.getInstance(ext.getExtension(Extension.freshestCRL).getParsedValue());
        for (DistributionPoint p : points.getDistributionPoints()) {
            DistributionPointName name = p.getDistributionPoint();
            if (name == null || name.getType() != DistributionPointName.FULL_NAME) {
                continue;
            }
            for (GeneralName n : GeneralNames.getInstance(name.getName()).getNames()) {
                if (n.getTagNo() == GeneralName.uniformResourceIdentifier) {
                    String uri = n.getName().toString();
                    if (uri.startsWith("http://") || uri.startsWith("https://")) {
                        try {
                            out.add(URI.create(uri));
                        } catch (IllegalArgumentException e) {
                            // not a usable address: the delta CRL is not followed
                        }
                    }
                }
            }
        }
        return out;
    }
}
