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
