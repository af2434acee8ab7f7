package kz.egov.eds.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import kz.egov.eds.identity.CertificateIdentity;
import kz.egov.eds.pki.CertificateProfileKind;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * What a certificate is for: whose it is by its subject (an individual, or a legal entity when the subject carries a
 * BIN), its key usages by name, and its extended key usage and policy OIDs as НУЦ РК writes them (e.g. EKU
 * 1.2.398.3.3.4.1.1 individual, 1.2.398.3.3.4.1.2 legal entity; policy 1.2.398.3.3.2.3 an individual's signing
 * certificate), and from these the НУЦ profile it is ({@link #kind()}, {@link #name()}): individual signing,
 * individual authentication, legal entity head signing, …
 *
 * @param subject          {@code individual}, {@code legal entity}, or {@code unknown} (neither IIN nor BIN)
 * @param keyUsage         e.g. {@code digitalSignature}, {@code nonRepudiation}; empty when the extension is absent
 * @param extendedKeyUsage OIDs; empty when absent
 * @param policies         certificate policy OIDs; empty when absent
 */
public record CertificateProfile(String subject, List<String> keyUsage, List<String> extendedKeyUsage,
                                 List<String> policies) {

    private static final String[] KEY_USAGE_NAMES = {"digitalSignature", "nonRepudiation", "keyEncipherment",
        "dataEncipherment", "keyAgreement", "keyCertSign", "cRLSign", "encipherOnly", "decipherOnly"};
    private static final int[] KEY_USAGE_BITS = {KeyUsage.digitalSignature, KeyUsage.nonRepudiation,
        KeyUsage.keyEncipherment, KeyUsage.dataEncipherment, KeyUsage.keyAgreement, KeyUsage.keyCertSign,
        KeyUsage.cRLSign, KeyUsage.encipherOnly, KeyUsage.decipherOnly};

    public CertificateProfile {
        keyUsage = List.copyOf(keyUsage);
        extendedKeyUsage = List.copyOf(extendedKeyUsage);
        policies = List.copyOf(policies);
    }

    /** Reads the profile of a certificate whose subject {@code person} was read from. */
    public static CertificateProfile of(X509CertificateHolder cert, CertificateIdentity person) {
        String subject = person.bin() != null ? "legal entity" : person.iin() != null ? "individual" : "unknown";
        Extensions ext = cert.getExtensions();
        List<String> usages = new ArrayList<>();
        List<String> ekus = new ArrayList<>();
        List<String> policies = new ArrayList<>();
        if (ext != null) {
            try {
                KeyUsage ku = KeyUsage.fromExtensions(ext);
                for (int i = 0; ku != null && i < KEY_USAGE_BITS.length; i++) {
                    if (ku.hasUsages(KEY_USAGE_BITS[i])) {
                        usages.add(KEY_USAGE_NAMES[i]);
                    }
                }
                ExtendedKeyUsage eku = ExtendedKeyUsage.fromExtensions(ext);
                for (KeyPurposeId id : eku == null ? new KeyPurposeId[0] : eku.getUsages()) {
                    ekus.add(((ASN1ObjectIdentifier) id.toASN1Primitive()).getId());
                }
                CertificatePolicies cp = CertificatePolicies.fromExtensions(ext);
                for (PolicyInformation p : cp == null ? new PolicyInformation[0] : cp.getPolicyInformation()) {
                    policies.add(p.getPolicyIdentifier().getId());
                }
            } catch (RuntimeException e) {
                // an unreadable extension leaves its part of the profile empty; the identity still reads
            }
        }
        return new CertificateProfile(subject, usages, ekus, policies);
    }

    /** The НУЦ profile its key usage and extended key usage name ({@link CertificateProfileKind#of}). */
    public Optional<CertificateProfileKind> kind() {
        return CertificateProfileKind.of(keyUsage, extendedKeyUsage);
    }

    /** Whose certificate it is by its extended key usage ({@link CertificateProfileKind#holderOf}). */
    public Optional<CertificateProfileKind.Holder> holder() {
        return CertificateProfileKind.holderOf(extendedKeyUsage);
    }

    /** Signing (nonRepudiation) or authentication (digitalSignature alone); empty with neither. */
    public Optional<CertificateProfileKind.Use> use() {
        return CertificateProfileKind.useOf(keyUsage);
    }

    /**
     * The profile by name, as {@code ./egov verify} prints it: {@code individual signing}, {@code individual
     * authentication}, {@code legal entity head signing}, … ; {@code no key usage} or {@code unknown profile} when it
     * is none of НУЦ's.
     */
    public String name() {
        if (keyUsage.isEmpty()) {
            return "no key usage";
        }
        return kind().map(CertificateProfileKind::label).orElse("unknown profile");
    }
}
