package kz.egov.eds.pki;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The certificate profiles НУЦ РК issues, by key usage, extended key usage and certificate policy (read from its test
 * certificates and its published OID list), and the one profile this system adds for participants' seals:
 *
 * <table>
 * <caption>profiles</caption>
 * <tr><th>profile</th><th>key usage</th><th>extended key usage</th><th>policy</th></tr>
 * <tr><td>individual, signing</td><td>digitalSignature, nonRepudiation</td>
 *     <td>emailProtection, 1.2.398.3.3.4.1.1</td><td>1.2.398.3.3.2.3</td></tr>
 * <tr><td>individual, authentication</td><td>digitalSignature, keyEncipherment</td>
 *     <td>clientAuth, 1.2.398.3.3.4.1.1</td><td>1.2.398.3.3.2.4</td></tr>
 * <tr><td>legal entity's head / signing right / employee, signing</td><td>digitalSignature, nonRepudiation</td>
 *     <td>emailProtection, 1.2.398.3.3.4.1.2, 1.2.398.3.3.4.1.2.1 / .2.2 / .2.5</td><td>1.2.398.3.3.2.1</td></tr>
 * <tr><td>the same, authentication</td><td>digitalSignature, keyEncipherment</td>
 *     <td>clientAuth, 1.2.398.3.3.4.1.2, 1.2.398.3.3.4.1.2.1 / .2.2 / .2.5</td><td>1.2.398.3.3.2.2</td></tr>
 * <tr><td>information system (a participant's seal)</td><td>digitalSignature, nonRepudiation</td>
 *     <td>1.2.398.3.3.4.1.2, {@value #EKU_INFORMATION_SYSTEM}</td><td>{@value #POLICY_INFORMATION_SYSTEM}</td></tr>
 * </table>
 *
 * <p>The information-system profile is a development assumption: НУЦ's published list names no OID for an
 * information system's certificate, so this system marks one with OIDs of its own under the UUID arc 2.25 (ITU-T
 * X.667, no registration needed), never with a guessed OID in НУЦ's arc. A real participant's certificate would be
 * checked against whatever НУЦ issues for it once that is known.
 */
public enum CertificateProfileKind {

    INDIVIDUAL_SIGNING("individual signing", Holder.INDIVIDUAL, Use.SIGNING, null, "1.2.398.3.3.2.3"),
    INDIVIDUAL_AUTHENTICATION("individual authentication", Holder.INDIVIDUAL, Use.AUTHENTICATION, null,
            "1.2.398.3.3.2.4"),
    LEGAL_ENTITY_HEAD_SIGNING("legal entity head signing", Holder.LEGAL_ENTITY, Use.SIGNING,
            CertificateProfileKind.EKU_HEAD, CertificateProfileKind.POLICY_LEGAL_ENTITY_SIGNING),
    LEGAL_ENTITY_HEAD_AUTHENTICATION("legal entity head authentication", Holder.LEGAL_ENTITY,
            Use.AUTHENTICATION, CertificateProfileKind.EKU_HEAD,
            CertificateProfileKind.POLICY_LEGAL_ENTITY_AUTHENTICATION),
    LEGAL_ENTITY_SIGNING_RIGHT_SIGNING("legal entity signing-right signing", Holder.LEGAL_ENTITY, Use.SIGNING,
            CertificateProfileKind.EKU_SIGNING_RIGHT, CertificateProfileKind.POLICY_LEGAL_ENTITY_SIGNING),
    LEGAL_ENTITY_SIGNING_RIGHT_AUTHENTICATION("legal entity signing-right authentication", Holder.LEGAL_ENTITY,
            Use.AUTHENTICATION, CertificateProfileKind.EKU_SIGNING_RIGHT,
            CertificateProfileKind.POLICY_LEGAL_ENTITY_AUTHENTICATION),
    LEGAL_ENTITY_EMPLOYEE_SIGNING("legal entity employee signing", Holder.LEGAL_ENTITY, Use.SIGNING,
            CertificateProfileKind.EKU_EMPLOYEE, CertificateProfileKind.POLICY_LEGAL_ENTITY_SIGNING),
    LEGAL_ENTITY_EMPLOYEE_AUTHENTICATION("legal entity employee authentication", Holder.LEGAL_ENTITY,
            Use.AUTHENTICATION, CertificateProfileKind.EKU_EMPLOYEE,
            CertificateProfileKind.POLICY_LEGAL_ENTITY_AUTHENTICATION),
    /** A participant's information system (its seal); development OIDs, see the class comment. */
    SYSTEM("information system", Holder.SYSTEM, Use.SIGNING, CertificateProfileKind.EKU_INFORMATION_SYSTEM,
            CertificateProfileKind.POLICY_INFORMATION_SYSTEM);

    /** Whose certificate it is. */
    public enum Holder { INDIVIDUAL, LEGAL_ENTITY, SYSTEM }

    /** What its key is for: signing documents (nonRepudiation) or authentication (digitalSignature alone). */
    public enum Use { SIGNING, AUTHENTICATION }

    public static final String EKU_EMAIL_PROTECTION = "1.3.6.1.5.5.7.3.4";
    public static final String EKU_CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";
    /** НУЦ: an individual. */
    public static final String EKU_INDIVIDUAL = "1.2.398.3.3.4.1.1";
    /** НУЦ: a legal entity. */
    public static final String EKU_LEGAL_ENTITY = "1.2.398.3.3.4.1.2";
    /** НУЦ: the legal entity's first head. */
    public static final String EKU_HEAD = "1.2.398.3.3.4.1.2.1";
    /** НУЦ: a person with the right to sign for the legal entity. */
    public static final String EKU_SIGNING_RIGHT = "1.2.398.3.3.4.1.2.2";
    /** НУЦ: an employee of the legal entity. */
    public static final String EKU_EMPLOYEE = "1.2.398.3.3.4.1.2.5";
    /** Development assumption: an information system (under this system's UUID arc). */
    public static final String EKU_INFORMATION_SYSTEM = "2.25.283580332961035975032883620888567352639.1";
    public static final String POLICY_LEGAL_ENTITY_SIGNING = "1.2.398.3.3.2.1";
    public static final String POLICY_LEGAL_ENTITY_AUTHENTICATION = "1.2.398.3.3.2.2";
    /** Development assumption: an information system's certificate (under this system's UUID arc). */
    public static final String POLICY_INFORMATION_SYSTEM = "2.25.283580332961035975032883620888567352639.2";

    private static final String[] KEY_USAGE_NAMES = {"digitalSignature", "nonRepudiation", "keyEncipherment",
        "dataEncipherment", "keyAgreement", "keyCertSign", "cRLSign", "encipherOnly", "decipherOnly"};

    private final String label;
    private final Holder holder;
    private final Use use;
    private final String roleEku;
    private final String policy;

    CertificateProfileKind(String label, Holder holder, Use use, String roleEku, String policy) {
        this.label = label;
        this.holder = holder;
        this.use = use;
        this.roleEku = roleEku;
        this.policy = policy;
    }

    /** For people: {@code individual signing}, {@code legal entity head authentication}, … */
    public String label() {
        return label;
    }

    public Holder holder() {
        return holder;
    }

    public Use use() {
        return use;
    }

    /** The key usage names, as {@link java.security.cert.X509Certificate#getKeyUsage()} orders them. */
    public List<String> keyUsage() {
        return use == Use.SIGNING ? List.of("digitalSignature", "nonRepudiation")
                : List.of("digitalSignature", "keyEncipherment");
    }

    /** The extended key usage OIDs, in the order НУЦ writes them. */
    public List<String> extendedKeyUsage() {
        List<String> out = new ArrayList<>();
        if (holder != Holder.SYSTEM) {
            out.add(use == Use.SIGNING ? EKU_EMAIL_PROTECTION : EKU_CLIENT_AUTH);
        }
        out.add(holder == Holder.INDIVIDUAL ? EKU_INDIVIDUAL : EKU_LEGAL_ENTITY);
        if (roleEku != null) {
            out.add(roleEku);
        }
        return List.copyOf(out);
    }

    /** The certificate policy OID. */
    public String policy() {
        return policy;
    }

    /**
     * Whose certificate it is by its extended key usage: the information-system OID, else НУЦ's legal-entity OID, else
     * its individual OID; empty when it carries none of them.
     */
    public static Optional<Holder> holderOf(List<String> extendedKeyUsage) {
        if (extendedKeyUsage.contains(EKU_INFORMATION_SYSTEM)) {
            return Optional.of(Holder.SYSTEM);
        }
        if (extendedKeyUsage.contains(EKU_LEGAL_ENTITY)) {
            return Optional.of(Holder.LEGAL_ENTITY);
        }
        if (extendedKeyUsage.contains(EKU_INDIVIDUAL)) {
            return Optional.of(Holder.INDIVIDUAL);
        }
        return Optional.empty();
    }

    /**
     * What the key is for by its key usage names: nonRepudiation signs documents, digitalSignature alone
     * authenticates; empty when it has neither (or no key usage at all).
     */
    public static Optional<Use> useOf(List<String> keyUsage) {
        if (keyUsage.contains("nonRepudiation")) {
            return Optional.of(Use.SIGNING);
        }
        if (keyUsage.contains("digitalSignature")) {
            return Optional.of(Use.AUTHENTICATION);
        }
        return Optional.empty();
    }

    /** The profile of {@code certificate} ({@link #of(List, List)}); empty when unreadable or none of these. */
    public static Optional<CertificateProfileKind> of(X509Certificate certificate) {
        List<String> usages = new ArrayList<>();
        boolean[] ku = certificate.getKeyUsage();
        for (int i = 0; ku != null && i < ku.length && i < KEY_USAGE_NAMES.length; i++) {
            if (ku[i]) {
                usages.add(KEY_USAGE_NAMES[i]);
            }
        }
        try {
            List<String> ekus = certificate.getExtendedKeyUsage();
            return of(usages, ekus == null ? List.of() : ekus);
        } catch (CertificateParsingException e) {
            return Optional.empty();
        }
    }

    /**
     * The profile a certificate's key usage and extended key usage name; for a legal entity's certificate without
     * a head, signing-right or employee OID (e.g. only НУЦ's HR or financial OIDs), empty.
     */
    public static Optional<CertificateProfileKind> of(List<String> keyUsage, List<String> extendedKeyUsage) {
        Optional<Holder> holder = holderOf(extendedKeyUsage);
        Optional<Use> use = useOf(keyUsage);
        if (holder.isEmpty() || use.isEmpty()) {
            return Optional.empty();
        }
        for (CertificateProfileKind k : values()) {
            if (k.holder == holder.get() && k.use == use.get()
                    && (k.roleEku == null || extendedKeyUsage.contains(k.roleEku))) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
