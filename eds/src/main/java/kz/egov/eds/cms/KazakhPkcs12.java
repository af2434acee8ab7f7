package kz.egov.eds.cms;

import java.io.IOException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import kz.egov.contract.reason.RejectedException;
import kz.egov.eds.algorithm.BouncyCastle;
import kz.egov.eds.algorithm.KazakhGost;
import kz.egov.eds.algorithm.SignatureAlgorithm;
import kz.egov.eds.identity.Identities;
import kz.egov.eds.pki.Certificates;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.DERBMPString;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.Attribute;
import org.bouncycastle.asn1.pkcs.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.operator.OutputEncryptor;
import org.bouncycastle.pkcs.PKCS12PfxPdu;
import org.bouncycastle.pkcs.PKCS12PfxPduBuilder;
import org.bouncycastle.pkcs.PKCS12SafeBag;
import org.bouncycastle.pkcs.PKCS12SafeBagBuilder;
import org.bouncycastle.pkcs.PKCS12SafeBagFactory;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.jcajce.JcePKCS12MacCalculatorBuilder;
import org.bouncycastle.pkcs.jcajce.JcePKCS12MacCalculatorBuilderProvider;
import org.bouncycastle.pkcs.jcajce.JcePKCSPBEInputDecryptorProviderBuilder;
import org.bouncycastle.pkcs.jcajce.JcePKCSPBEOutputEncryptorBuilder;

/**
 * PKCS#12 key files of Kazakh GOST 2015 keys, as НУЦ issues them to people: the private key under the Kazakh OIDs,
 * which neither BouncyCastle's nor the JDK's KeyStore reads ("Invalid key encoding" / no KeyFactory). Read and written
 * at the PKCS#12 structure level; the key is re-wrapped under the TC26 OIDs for BouncyCastle to sign with.
 */
final class KazakhPkcs12 {

    /**
     * The key entry of a PKCS#12 file whose key BouncyCastle's KeyStore cannot read.
     *
     * @throws IllegalArgumentException for a wrong password, a file that is not PKCS#12, or one without a Kazakh GOST
     *         2015 key
     * @throws RejectedException EDS_ALGORITHM_NOT_SUPPORTED for a Kazakh key on another parameter set
     */
    static SigningKey read(byte[] p12, char[] password) {
        try {
            PKCS12PfxPdu pfx = new PKCS12PfxPdu(p12);
            if (pfx.hasMac() && !pfx.isMacValid(new JcePKCS12MacCalculatorBuilderProvider()
                    .setProvider(BouncyCastle.provider()), password)) {
                throw new IllegalArgumentException("cannot open PKCS#12 (wrong password)");
            }
            var decryptor = new JcePKCSPBEInputDecryptorProviderBuilder().setProvider(BouncyCastle.provider())
                    .build(password);
            PrivateKeyInfo key = null;
            byte[] keyId = null;
            List<X509CertificateHolder> certs = new ArrayList<>();
            List<byte[]> certIds = new ArrayList<>();
            for (ContentInfo ci : pfx.getContentInfos()) {
                PKCS12SafeBagFactory bags = PKCSObjectIdentifiers.encryptedData.equals(ci.getContentType())
                        ? new PKCS12SafeBagFactory(ci, decryptor) : new PKCS12SafeBagFactory(ci);
                for (PKCS12SafeBag bag : bags.getSafeBags()) {
                    if (bag.getBagValue() instanceof PKCS8EncryptedPrivateKeyInfo shrouded && key == null) {
                        key = shrouded.decryptPrivateKeyInfo(decryptor);
                        keyId = localKeyId(bag);
                    } else if (bag.getBagValue() instanceof PrivateKeyInfo plain && key == null) {
                        key = plain;
                        keyId = localKeyId(bag);
                    } else if (bag.getBagValue() instanceof X509CertificateHolder cert) {
                        certs.add(cert);
                        certIds.add(localKeyId(bag));
                    }
                }
            }
            if (key == null || certs.isEmpty()) {
                throw new IllegalArgumentException("no private key entry in the PKCS#12 file");
            }
            if (!KazakhGost.isKazakhKey(key.getPrivateKeyAlgorithm())) {
                throw new IllegalArgumentException("not a Kazakh GOST 2015 key: "
                        + key.getPrivateKeyAlgorithm().getAlgorithm().getId());
            }
            int leaf = 0;
            for (int i = 0; i < certs.size(); i++) {
                if (keyId != null && Arrays.equals(keyId, certIds.get(i))) {
                    leaf = i;
                }
            }
            PrivateKey privateKey = KazakhGost.privateKey(key);
            X509Certificate certificate = x509(certs.get(leaf));
            List<X509Certificate> chain = new ArrayList<>();
            for (int i = 0; i < certs.size(); i++) {
                if (i != leaf) {
                    chain.add(x509(certs.get(i)));
                }
            }
            return new SigningKey(privateKey, certificate, chain, SignatureAlgorithm.GOST2015_512);
        } catch (IllegalArgumentException | RejectedException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalArgumentException("cannot open PKCS#12 (wrong password or not a PKCS#12 file)", e);
        }
    }

    /**
     * A Kazakh GOST 2015 key file as Kalkan writes one: the key under the Kazakh OIDs in a shrouded key bag, the
     * certificate and chain in an encrypted bag, the key and its certificate sharing a localKeyId.
     */
    static byte[] write(SigningKey key, char[] password) {
        try {
            OutputEncryptor encryptor = new JcePKCSPBEOutputEncryptorBuilder(NISTObjectIdentifiers.id_aes256_CBC)
                    .setProvider(BouncyCastle.provider()).build(password);
            DEROctetString localKeyId = new DEROctetString(
                    HexFormat.of().parseHex(Identities.sha256Hex(key.certificate().getEncoded())));
            PKCS12SafeBag keyBag = new PKCS12SafeBagBuilder(KazakhGost.toKazakh(key.privateKey()), encryptor)
                    .addBagAttribute(PKCS12SafeBag.friendlyNameAttribute, new DERBMPString("signing"))
                    .addBagAttribute(PKCS12SafeBag.localKeyIdAttribute, localKeyId).build();
            List<PKCS12SafeBag> certBags = new ArrayList<>();
            certBags.add(new PKCS12SafeBagBuilder(new X509CertificateHolder(key.certificate().getEncoded()))
                    .addBagAttribute(PKCS12SafeBag.friendlyNameAttribute, new DERBMPString("signing"))
                    .addBagAttribute(PKCS12SafeBag.localKeyIdAttribute, localKeyId).build());
            for (X509Certificate c : key.chain()) {
                certBags.add(new PKCS12SafeBagBuilder(new X509CertificateHolder(c.getEncoded())).build());
            }
            return new PKCS12PfxPduBuilder()
                    .addData(keyBag)
                    .addEncryptedData(encryptor, certBags.toArray(new PKCS12SafeBag[0]))
                    .build(new JcePKCS12MacCalculatorBuilder(NISTObjectIdentifiers.id_sha256)
                            .setProvider(BouncyCastle.provider()), password)
                    .getEncoded("DER");
        } catch (Exception e) {
            throw new IllegalStateException("cannot write PKCS#12", e);
        }
    }

    private static byte[] localKeyId(PKCS12SafeBag bag) {
        for (Attribute a : bag.getAttributes() == null ? new Attribute[0] : bag.getAttributes()) {
            if (PKCS12SafeBag.localKeyIdAttribute.equals(a.getAttrType()) && a.getAttrValues().size() > 0) {
                return ASN1OctetString.getInstance(a.getAttrValues().getObjectAt(0)).getOctets();
            }
        }
        return null;
    }

    private static X509Certificate x509(X509CertificateHolder h) throws IOException {
        return Certificates.parse(h.getEncoded());
    }

    private KazakhPkcs12() {
    }
}
