package kz.egov.eds.cms;

import java.nio.file.Path;
import java.util.Base64;

/**
 * The client side of a person's ЭЦП (the stand-in for NCALayer): signs bytes with a PKCS#12 key, giving base64 CMS.
 * Private keys of people stay on the client; servers only verify.
 */
public final class ClientSigner {

    /** Detached CAdES-BES over {@code content}, DER, base64 (standard alphabet, no line breaks). */
    public static String signBase64(Path pkcs12, char[] password, byte[] content) {
        return Base64.getEncoder().encodeToString(signDer(pkcs12, password, content));
    }

    public static byte[] signDer(Path pkcs12, char[] password, byte[] content) {
        return new BcCmsProvider().signDetached(content, SigningKey.fromPkcs12(pkcs12, password));
    }

    public static String signBase64(byte[] pkcs12, char[] password, byte[] content) {
        return Base64.getEncoder().encodeToString(
                new BcCmsProvider().signDetached(content, SigningKey.fromPkcs12(pkcs12, password)));
    }

    private ClientSigner() {
    }
}
