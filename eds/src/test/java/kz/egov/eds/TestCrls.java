package kz.egov.eds;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Files;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import kz.egov.eds.algorithm.SignatureAlgorithm;
import kz.egov.eds.cms.SigningKey;
import kz.egov.eds.devca.DevCertificateAuthority;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder;

/** CRLs of the shared development НУЦ's GOST 2012 intermediate with any content a test needs. */
public final class TestCrls {

    private final X509Certificate issuer;
    private final SigningKey key;
    private Instant thisUpdate = Instant.now();
    private Instant nextUpdate;
    private BigInteger number = BigInteger.ONE;
    private BigInteger deltaBase;
    private URI freshest;
    private final Map<BigInteger, Object[]> entries = new LinkedHashMap<>();

    private TestCrls(DevCertificateAuthority ca) {
        try {
            this.key = SigningKey.fromPkcs12(Files.readAllBytes(ca.directory().resolve("gost2012-ca.p12")),
                    DevCertificateAuthority.CA_KEY_PASSWORD);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        this.issuer = key.certificate();
    }

    /** A CRL of {@code ca}'s GOST 2012-256 intermediate: thisUpdate now, no nextUpdate, number 1, nothing listed. */
    public static TestCrls gost(DevCertificateAuthority ca) {
        return new TestCrls(ca);
    }

    public TestCrls thisUpdate(Instant t) {
        this.thisUpdate = t;
        return this;
    }

    public TestCrls nextUpdate(Instant t) {
        this.nextUpdate = t;
        return this;
    }

    public TestCrls number(long n) {
        this.number = BigInteger.valueOf(n);
        return this;
    }

    /** Makes it a delta CRL on the complete CRL numbered {@code base}. */
    public TestCrls deltaOf(long base) {
        this.deltaBase = BigInteger.valueOf(base);
        return this;
    }

    /** Names where its delta CRLs are (Freshest CRL). */
    public TestCrls freshest(URI uri) {
        this.freshest = uri;
        return this;
    }

    /** Lists {@code serial} revoked at {@code at} for {@code reason} (a CRLReason code). */
    public TestCrls revoked(BigInteger serial, Instant at, int reason) {
        entries.put(serial, new Object[] {at, reason});
        return this;
    }

    public byte[] build() {
        try {
            JcaX509v2CRLBuilder b = new JcaX509v2CRLBuilder(issuer, Date.from(thisUpdate));
            if (nextUpdate != null) {
                b.setNextUpdate(Date.from(nextUpdate));
            }
            entries.forEach((serial, e) -> b.addCRLEntry(serial, Date.from((Instant) e[0]), (Integer) e[1]));
            b.addExtension(Extension.cRLNumber, false, new ASN1Integer(number));
            if (deltaBase != null) {
                b.addExtension(Extension.deltaCRLIndicator, true, new ASN1Integer(deltaBase));
            }
            if (freshest != null) {
                GeneralNames where = new GeneralNames(
                        new GeneralName(GeneralName.uniformResourceIdentifier, freshest.toString()));
                b.addExtension(Extension.freshestCRL, false, new CRLDistPoint(new DistributionPoint[] {
                    new DistributionPoint(new DistributionPointName(where), null, null)}));
            }
            return b.build(SignatureAlgorithm.GOST2012_256.contentSigner(key.privateKey())).getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException("cannot build a test CRL", e);
        }
    }

    /** CRLReason codes used by the tests. */
    public static final int KEY_COMPROMISE = CRLReason.keyCompromise;
    public static final int CERTIFICATE_HOLD = CRLReason.certificateHold;
    public static final int REMOVE_FROM_CRL = CRLReason.removeFromCRL;
}
