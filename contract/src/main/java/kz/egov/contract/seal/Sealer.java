package kz.egov.contract.seal;

/**
 * Makes a detached signature (CMS) over bytes with a system's own key: the sender's seal on an envelope. Implemented
 * by the signatures library (module {@code eds}); the contract only needs this interface.
 */
public interface Sealer {

    /** A detached CMS signature over {@code content}. */
    byte[] sealDetached(byte[] content);

    /** The identity in the sealing certificate. */
    SignerIdentity identity();
}
