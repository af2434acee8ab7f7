package kz.egov.eds.devca;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import kz.egov.eds.algorithm.BouncyCastle;
import kz.egov.eds.algorithm.SignatureAlgorithm;
import kz.egov.eds.pki.CertificateProfileKind;
import kz.egov.eds.pki.Certificates;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.operator.ContentSigner;

/**
 * Makes X.509 certificates for the development НУЦ with BouncyCastle. Built from SubjectPublicKeyInfos, so a Kazakh
 * GOST 2015 certificate carries its key under the Kazakh OIDs and is signed as НУЦ signs (Kazakh signature OID,
 * value little-endian).
 */
final class CertificateFactoryBc {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A positive 159-bit serial, like НУЦ's 20-byte serials. */
    static BigInteger newSerial() {
        BigInteger s;
        do {
            s = new BigInteger(159, RANDOM);
        } while (s.signum() == 0);
        return s;
    }

    static X509Certificate selfSignedRoot(X500Name name, KeyPair kp, SignatureAlgorithm alg, Instant nb, Instant na)
            throws Exception {
        SubjectPublicKeyInfo spki = alg.subjectPublicKeyInfo(kp.getPublic());
        X509v3CertificateBuilder b = new X509v3CertificateBuilder(name, newSerial(), Date.from(nb), Date.from(na),
                name, spki);
        JcaX509ExtensionUtils u = new JcaX509ExtensionUtils();
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(1));
        b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        b.addExtension(Extension.subjectKeyIdentifier, false, u.createSubjectKeyIdentifier(spki));
        return sign(b, kp.getPrivate(), alg);
    }

    static X509Certificate intermediate(X500Name name, PublicKey key, X509Certificate issuer, PrivateKey issuerKey,
                                        SignatureAlgorithm alg, Instant nb, Instant na) throws Exception {
        SubjectPublicKeyInfo spki = alg.subjectPublicKeyInfo(key);
        X509v3CertificateBuilder b = new X509v3CertificateBuilder(subjectOf(issuer), newSerial(), Date.from(nb),
                Date.from(na), name, spki);
        JcaX509ExtensionUtils u = new JcaX509ExtensionUtils();
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
        b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        b.addExtension(Extension.subjectKeyIdentifier, false, u.createSubjectKeyIdentifier(spki));
        b.addExtension(Extension.authorityKeyIdentifier, false, authorityKeyIdentifier(issuer));
        return sign(b, issuerKey, alg);
    }

    /**
     * An end-entity certificate in {@code profile}: its key usage (critical; keyEncipherment alone or none when
     * {@code options} say so), extended key usage and certificate policy, as НУЦ writes them.
     */
    static X509Certificate endEntity(X500Name name, BigInteger serial, PublicKey key, X509Certificate issuer,
                                     PrivateKey issuerKey, SignatureAlgorithm alg, IssueOptions options,
                                     CertificateProfileKind profile) throws Exception {
        SubjectPublicKeyInfo spki = alg.subjectPublicKeyInfo(key);
        X509v3CertificateBuilder b = new X509v3CertificateBuilder(subjectOf(issuer), serial,
                Date.from(options.notBefore()), Date.from(options.notAfter()), name, spki);
        JcaX509ExtensionUtils u = new JcaX509ExtensionUtils();
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        if (options.keyUsage()) {
            int usage = options.signingKeyUsage() ? keyUsageBits(profile.keyUsage()) : KeyUsage.keyEncipherment;
            b.addExtension(Extension.keyUsage, true, new KeyUsage(usage));
        }
        List<String> ekus = profile.extendedKeyUsage();
        KeyPurposeId[] purposes = new KeyPurposeId[ekus.size()];
        for (int i = 0; i < purposes.length; i++) {
            purposes[i] = KeyPurposeId.getInstance(new ASN1ObjectIdentifier(ekus.get(i)));
        }
        b.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purposes));
        b.addExtension(Extension.certificatePolicies, false,
                new CertificatePolicies(new PolicyInformation(new ASN1ObjectIdentifier(profile.policy()))));
        b.addExtension(Extension.subjectKeyIdentifier, false, u.createSubjectKeyIdentifier(spki));
        b.addExtension(Extension.authorityKeyIdentifier, false, authorityKeyIdentifier(issuer));
        return sign(b, issuerKey, alg);
    }

    /**
     * A TLS end-entity certificate in {@code profile}: digitalSignature and keyEncipherment (critical), the profile's
     * extended key usage and policy, and the server's names ({@code dnsNames}, {@code ipAddresses}) as subject
     * alternative names.
     */
    static X509Certificate tlsEndEntity(X500Name name, BigInteger serial, PublicKey key, X509Certificate issuer,
                                        PrivateKey issuerKey, SignatureAlgorithm alg, IssueOptions options,
                                        TlsProfile profile, List<String> dnsNames, List<String> ipAddresses)
            throws Exception {
        SubjectPublicKeyInfo spki = alg.subjectPublicKeyInfo(key);
        X509v3CertificateBuilder b = new X509v3CertificateBuilder(subjectOf(issuer), serial,
                Date.from(options.notBefore()), Date.from(options.notAfter()), name, spki);
        JcaX509ExtensionUtils u = new JcaX509ExtensionUtils();
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
        KeyPurposeId[] purposes = profile.extendedKeyUsage().stream()
                .map(oid -> KeyPurposeId.getInstance(new ASN1ObjectIdentifier(oid))).toArray(KeyPurposeId[]::new);
        b.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purposes));
        b.addExtension(Extension.certificatePolicies, false,
                new CertificatePolicies(new PolicyInformation(new ASN1ObjectIdentifier(profile.policy()))));
        List<GeneralName> names = new java.util.ArrayList<>();
        dnsNames.forEach(d -> names.add(new GeneralName(GeneralName.dNSName, d)));
        ipAddresses.forEach(ip -> names.add(new GeneralName(GeneralName.iPAddress, ip)));
        if (!names.isEmpty()) {
            b.addExtension(Extension.subjectAlternativeName, false,
                    new GeneralNames(names.toArray(GeneralName[]::new)));
        }
        b.addExtension(Extension.subjectKeyIdentifier, false, u.createSubjectKeyIdentifier(spki));
        b.addExtension(Extension.authorityKeyIdentifier, false, authorityKeyIdentifier(issuer));
        return sign(b, issuerKey, alg);
    }

    private static int keyUsageBits(List<String> names) {
        int bits = 0;
        for (String n : names) {
            bits |= switch (n) {
                case "digitalSignature" -> KeyUsage.digitalSignature;
                case "nonRepudiation" -> KeyUsage.nonRepudiation;
                case "keyEncipherment" -> KeyUsage.keyEncipherment;
                default -> throw new IllegalArgumentException("key usage " + n);
            };
        }
        return bits;
    }

    static ContentSigner signer(PrivateKey key, SignatureAlgorithm alg) {
        return alg.contentSigner(key);
    }

    /** From the issuer's SubjectPublicKeyInfo, which a Kazakh GOST 2015 certificate has without a JCA key. */
    static AuthorityKeyIdentifier authorityKeyIdentifier(X509Certificate issuer) throws Exception {
        return new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(new X509CertificateHolder(issuer.getEncoded()));
    }

    private static X500Name subjectOf(X509Certificate c) {
        return X500Name.getInstance(c.getSubjectX500Principal().getEncoded());
    }

    private static X509Certificate sign(X509v3CertificateBuilder b, PrivateKey key, SignatureAlgorithm alg)
            throws Exception {
        return Certificates.parse(b.build(signer(key, alg)).getEncoded());
    }

    private CertificateFactoryBc() {
    }
}
