package kz.egov.eds.identity;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;

import kz.egov.contract.seal.SignerIdentity;
import kz.egov.eds.algorithm.SignatureAlgorithm;
import org.bouncycastle.cert.X509CertificateHolder;

/** Builds the contract's {@link SignerIdentity} from a НУЦ certificate. */
public final class Identities {

    public static SignerIdentity of(X509Certificate cert) {
        try {
            return of(new X509CertificateHolder(cert.getEncoded()));
        } catch (CertificateEncodingException | IOException e) {
            throw new IllegalArgumentException("unencodable certificate", e);
        }
    }

    public static SignerIdentity of(X509CertificateHolder h) {
        CertificateIdentity id = SubjectReader.read(h.getSubject());
        String keyOid = h.getSubjectPublicKeyInfo().getAlgorithm().getAlgorithm().getId();
        String algorithm = SignatureAlgorithm.forPublicKeyOid(keyOid).map(SignatureAlgorithm::jcaName)
                .orElse("unsupported:" + keyOid);
        byte[] der;
        try {
            der = h.getEncoded();
        } catch (IOException e) {
            throw new IllegalArgumentException("unencodable certificate", e);
        }
        return new SignerIdentity(h.getSubject().toString(), id.commonName(), id.iin(), id.bin(), id.organisation(),
                h.getSerialNumber().toString(16), h.getIssuer().toString(), sha256Hex(der),
                h.getNotBefore().toInstant(), h.getNotAfter().toInstant(), algorithm);
    }

    public static String sha256Hex(byte[] der) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Identities() {
    }
}
