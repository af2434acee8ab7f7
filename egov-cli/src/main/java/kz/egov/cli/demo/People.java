package kz.egov.cli.demo;

import java.nio.file.Path;

import kz.egov.contract.message.PersonRecord;
import kz.egov.eds.algorithm.SignatureAlgorithm;
import kz.egov.eds.cms.Pkcs12Sealer;
import kz.egov.eds.devca.DevCertificateAuthority;
import kz.egov.eds.devca.DevSubject;
import kz.egov.eds.devca.IssuedCertificate;
import kz.egov.reference.Participants;

/**
 * People's keys, issued from the stack's development CA and kept on the client side (as {@code ./egov ca issue} and
 * {@code ./egov sign} would): citizens, officers of a provider, operators of a State Corporation branch.
 */
public final class People {

    /** The password of the PKCS#12 files this class makes (development keys of the local stack only). */
    public static final String KEY_PASSWORD = "demo-key-password";
    private static final char[] PASSWORD = KEY_PASSWORD.toCharArray();

    /** A person's key: their IIN, the PKCS#12 and the certificate's serial. */
    public record Key(String iin, byte[] pkcs12, java.math.BigInteger serial) {

        /**
         * A detached CMS over the exact bytes, base64 (what NCALayer / {@code ./egov sign} gives). The PKCS#12 is
         * opened once per key (its password derivation costs more than a signature).
         */
        public String sign(byte[] content) {
            Pkcs12Sealer signer = OPENED.computeIfAbsent(java.util.HexFormat.of().formatHex(
                    kz.egov.contract.envelope.SealInput.sha256(pkcs12)), k -> Pkcs12Sealer.fromPkcs12(pkcs12, PASSWORD));
            return java.util.Base64.getEncoder().encodeToString(signer.sealDetached(content));
        }
    }

    private static final java.util.Map<String, Pkcs12Sealer> OPENED = new java.util.concurrent.ConcurrentHashMap<>();

    private final DevCertificateAuthority ca;

    /** The НУЦ in {@code caDir}, its keys under {@code caPassword} (the stack's {@code EGOV_CA_PASSWORD}). */
    public People(Path caDir, char[] caPassword) {
        this.ca = DevCertificateAuthority.openOrCreate(caDir, java.time.Clock.systemUTC(),
                DevCertificateAuthority.ALGORITHMS, caPassword);
    }

    public Key citizen(PersonRecord p) {
        return issue(DevSubject.citizen(p.iin(), p.surname(), p.givenName(), p.patronymic()));
    }

    public Key officer(String providerId, String iin, String surname, String givenName) {
        Participants.Seed org = Participants.byId(providerId);
        return issue(DevSubject.officer(iin, surname, givenName, null, org.name(), org.bin()));
    }

    public Key operator(String branchId, String iin, String surname, String givenName) {
        Participants.Seed org = Participants.byId(branchId);
        return issue(DevSubject.operator(iin, surname, givenName, null, org.name(), org.bin()));
    }

    /** Revokes in the CA's register (the НУЦ's OCSP answers «revoked» at once) and publishes fresh CRLs. */
    public void revoke(Key key) {
        ca.revoke(key.serial());
        ca.publishCrls();
    }

    private Key issue(DevSubject subject) {
        IssuedCertificate c = ca.issue(subject, SignatureAlgorithm.RSA_SHA256);
        return new Key(subject.iin(), c.toPkcs12(PASSWORD), c.serial());
    }
}
