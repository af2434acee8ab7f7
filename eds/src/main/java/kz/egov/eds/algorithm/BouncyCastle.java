package kz.egov.eds.algorithm;

import java.security.Provider;
import java.security.Security;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

/** Registers the BouncyCastle provider once (appended, so JDK defaults stay first) and names it for JCA look-ups. */
public final class BouncyCastle {

    public static final String PROVIDER = "BC";

    private static final Provider INSTANCE;

    static {
        Provider existing = Security.getProvider(PROVIDER);
        if (existing == null) {
            existing = new BouncyCastleProvider();
            Security.addProvider(existing);
        }
        INSTANCE = existing;
    }

    /** The registered provider name; calling it guarantees registration. */
    public static String provider() {
        return PROVIDER;
    }

    public static Provider instance() {
        return INSTANCE;
    }

    private BouncyCastle() {
    }
}
