package kz.egov.testinfra;

/**
 * The passwords of a stack's key files: the development НУЦ's own keys, and one per owner of the others (a
 * deployment's id for its system keys and broker certificate, {@link KafkaTls#BROKER}, {@link KafkaTls#OPERATOR}).
 * {@code egov up} generates every one of them ({@code StackSecrets}); the tests use one throw-away password.
 */
public interface KeyPasswords {

    /** The password of the НУЦ's own key files (only the НУЦ and {@code egov ca} are given it). */
    char[] ca();

    /** The password of {@code owner}'s key files. */
    String of(String owner);

    /** One password for every owner, the НУЦ's default one for its keys (the tests' PKI). */
    static KeyPasswords uniform(String password) {
        return new KeyPasswords() {
            @Override
            public char[] ca() {
                return kz.egov.eds.devca.DevCertificateAuthority.CA_KEY_PASSWORD.clone();
            }

            @Override
            public String of(String owner) {
                return password;
            }
        };
    }
}
