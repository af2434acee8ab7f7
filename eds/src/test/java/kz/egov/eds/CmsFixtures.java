package kz.egov.eds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.IssuerAndSerialNumber;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.SignerIdentifier;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;

/** Builds odd CMS structures for tests by rewriting valid ones at the ASN.1 level. */
public final class CmsFixtures {

    /** The same signature with the certificates set removed. */
    public static byte[] withoutCertificates(byte[] cms) {
        SignedData sd = signedData(cms);
        return encode(new SignedData(sd.getDigestAlgorithms(), sd.getEncapContentInfo(), null, sd.getCRLs(),
                sd.getSignerInfos()));
    }

    /** One SignedData carrying the signer infos and certificates of both signatures. */
    public static byte[] twoSigners(byte[] first, byte[] second) {
        SignedData a = signedData(first);
        SignedData b = signedData(second);
        return encode(new SignedData(union(a.getDigestAlgorithms(), b.getDigestAlgorithms()), a.getEncapContentInfo(),
                union(a.getCertificates(), b.getCertificates()), null, union(a.getSignerInfos(), b.getSignerInfos())));
    }

    /**
     * A signature whose signer is {@code foreign} (e.g. a Kazakh GOST 34.310-2004 certificate), with the given
     * digest and signature algorithm OIDs; the signature value is meaningless.
     */
    public static byte[] withForeignSigner(byte[] cms, X509CertificateHolder foreign, String digestOid, String sigOid) {
        SignedData sd = signedData(cms);
        SignerInfo si = SignerInfo.getInstance(sd.getSignerInfos().getObjectAt(0));
        AlgorithmIdentifier digest = new AlgorithmIdentifier(new ASN1ObjectIdentifier(digestOid));
        SignerInfo forged = new SignerInfo(new SignerIdentifier(new IssuerAndSerialNumber(foreign.toASN1Structure())),
                digest, si.getAuthenticatedAttributes(), new AlgorithmIdentifier(new ASN1ObjectIdentifier(sigOid)),
                si.getEncryptedDigest(), null);
        return encode(new SignedData(new DERSet(digest), sd.getEncapContentInfo(),
                new DERSet(foreign.toASN1Structure()), null, new DERSet(forged)));
    }

    /** The same CMS with only its {@code index}-th SignerInfo (the others' signatures stay valid: each signs alone). */
    public static byte[] onlySigner(byte[] cms, int index) {
        SignedData sd = signedData(cms);
        return encode(new SignedData(sd.getDigestAlgorithms(), sd.getEncapContentInfo(), sd.getCertificates(),
                sd.getCRLs(), new DERSet(sd.getSignerInfos().getObjectAt(index))));
    }

    /** The CMS's SignerInfos. */
    public static List<SignerInfo> signerInfos(byte[] cms) {
        List<SignerInfo> out = new ArrayList<>();
        signedData(cms).getSignerInfos().forEach(e -> out.add(SignerInfo.getInstance(e)));
        return out;
    }

    /** The types of a SignerInfo's signed attributes, as OIDs. */
    public static List<String> signedAttributeTypes(SignerInfo si) {
        List<String> out = new ArrayList<>();
        si.getAuthenticatedAttributes().forEach(a -> out.add(Attribute.getInstance(a).getAttrType().getId()));
        return out;
    }

    private static SignedData signedData(byte[] cms) {
        return SignedData.getInstance(ContentInfo.getInstance(cms).getContent());
    }

    private static ASN1Set union(ASN1Set a, ASN1Set b) {
        ASN1EncodableVector v = new ASN1EncodableVector();
        a.forEach(v::add);
        b.forEach(v::add);
        return new DERSet(v);
    }

    private static byte[] encode(SignedData sd) {
        try {
            return new ContentInfo(CMSObjectIdentifiers.signedData, sd).getEncoded("DER");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CmsFixtures() {
    }
}
