package kz.egov.eds.verify;

/**
 * What a signature is checked for, which decides the certificate profile it needs besides its role
 * ({@link EdsVerifier#verify(byte[], byte[], java.time.Instant, kz.egov.contract.message.SignerRole, Purpose)}).
 */
public enum Purpose {
    /** An ЭЦП on a document or a seal: only a signing certificate (nonRepudiation) of the role's holder. */
    SIGNATURE,
    /**
     * A signed sign-in challenge (portal registration, ЦОН and ИС МИО EDS sign-in): an authentication or a signing
     * certificate of the role's holder, as NCALayer users sign in with either.
     */
    SIGN_IN
}
