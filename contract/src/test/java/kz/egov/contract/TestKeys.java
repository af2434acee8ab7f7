package kz.egov.contract;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.contract.seal.Sealer;
import kz.egov.contract.seal.SignatureVerifier;
import kz.egov.contract.seal.SignerIdentity;

/**
 * A plain RSA key pair standing in for the signatures library in the contract's own tests: the contract depends only
 * on the Sealer and SignatureVerifier interfaces; the real CMS implementation is tested in module eds.
 */
public final class TestKeys implements Sealer, SignatureVerifier {

    private static final KeyPair KEYS = generate();
    private final SignerIdentity identity = new SignerIdentity("CN=test", "test", null, null, null, "01", "CN=test",
            "00", Instant.EPOCH, Instant.MAX, "SHA256withRSA");

    private static KeyPair generate() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public byte[] sealDetached(byte[] content) {
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initSign(KEYS.getPrivate());
            s.update(content);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public SignerIdentity identity() {
        return identity;
    }

    @Override
    public SignerIdentity verifyDetached(byte[] content, byte[] signature, Instant at) {
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initVerify(KEYS.getPublic());
            s.update(content);
            if (!s.verify(signature)) {
                throw new RejectedException(ReasonCode.EDS_CONTENT_MISMATCH, "signature does not match");
            }
            return identity;
        } catch (GeneralSecurityException e) {
            throw new RejectedException(ReasonCode.EDS_MALFORMED, e.getMessage());
        }
    }
}
