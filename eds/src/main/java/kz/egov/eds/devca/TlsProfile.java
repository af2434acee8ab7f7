package kz.egov.eds.devca;

import java.util.List;

/**
 * The development НУЦ's TLS profiles, for the transport between the system's own parts (the Kafka broker and its
 * clients), apart from every signing profile ({@link kz.egov.eds.pki.CertificateProfileKind}): a TLS certificate
 * carries neither a signing key usage nor the information-system OID, so it can never pass as a participant's seal,
 * and a seal certificate, having no TLS client purpose, can never open a broker connection. Development OIDs under the
 * UUID arc 2.25, as the information-system profile's.
 */
public enum TlsProfile {

    /** A client of the broker: one per deployment, and the operators' super-user. */
    CLIENT(List.of(TlsProfile.EKU_CLIENT_AUTH), "2.25.283580332961035975032883620888567352639.3"),
    /** The broker: a server to its clients, and a client of its own controller listener. */
    SERVER(List.of(TlsProfile.EKU_SERVER_AUTH, TlsProfile.EKU_CLIENT_AUTH),
            "2.25.283580332961035975032883620888567352639.4");

    public static final String EKU_SERVER_AUTH = "1.3.6.1.5.5.7.3.1";
    public static final String EKU_CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";

    private final List<String> extendedKeyUsage;
    private final String policy;

    TlsProfile(List<String> extendedKeyUsage, String policy) {
        this.extendedKeyUsage = extendedKeyUsage;
        this.policy = policy;
    }

    public List<String> extendedKeyUsage() {
        return extendedKeyUsage;
    }

    public String policy() {
        return policy;
    }
}
