package kz.egov.platform.admin;

import java.security.GeneralSecurityException;

import io.quarkus.elytron.security.common.BcryptUtil;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.util.ModularCrypt;

/** bcrypt (cost 10) through WildFly Elytron, the library Quarkus ships: never a home-made hash. */
public final class PasswordHashing {

    private static final WildFlyElytronPasswordProvider PROVIDER = new WildFlyElytronPasswordProvider();

    private PasswordHashing() {
    }

    public static String hash(String password) {
        return BcryptUtil.bcryptHash(password);
    }

    /** A hash of nothing anyone knows: checking a password against it costs what a real check costs. */
    private static final String NOBODY = hash(java.util.UUID.randomUUID().toString());

    /**
     * Whether {@code password} is the one of {@code modularCryptHash}; with no hash (no such account) the same bcrypt
     * work is done against a hash of nothing and the answer is false, so the time taken does not tell.
     */
    public static boolean matchesAccount(String password, java.util.Optional<String> modularCryptHash) {
        boolean ok = matches(password, modularCryptHash.orElse(NOBODY));
        return ok && modularCryptHash.isPresent();
    }

    public static boolean matches(String password, String modularCryptHash) {
        if (password == null || modularCryptHash == null) {
            return false;
        }
        try {
            Password stored = ModularCrypt.decode(modularCryptHash);
            PasswordFactory factory = PasswordFactory.getInstance(stored.getAlgorithm(), PROVIDER);
            return factory.verify(factory.translate(stored), password.toCharArray());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
