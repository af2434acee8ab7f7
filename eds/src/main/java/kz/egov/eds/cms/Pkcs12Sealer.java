package kz.egov.eds.cms;

import java.nio.file.Path;

import kz.egov.contract.seal.Sealer;
import kz.egov.contract.seal.SignerIdentity;
import kz.egov.eds.identity.Identities;

/** A system's seal (ЭЦП of a participant system) from its own PKCS#12 key: detached CAdES-BES over any bytes. */
public final class Pkcs12Sealer implements Sealer {

    private final SigningKey key;
    private final CmsProvider provider;
    private final SignerIdentity identity;

    public Pkcs12Sealer(SigningKey key, CmsProvider provider) {
        this.key = key;
        this.provider = provider;
        this.identity = Identities.of(key.certificate());
    }

    public static Pkcs12Sealer fromPkcs12(Path file, char[] password) {
        return new Pkcs12Sealer(SigningKey.fromPkcs12(file, password), new BcCmsProvider());
    }

    /**
     * A participant system's seal: it embeds only the system's own certificate, not the НУЦ intermediate above it.
     * Seals pass only between participants, and each of them trusts the НУЦ directory (roots and intermediates), so
     * the chain is found there; without it a seal is about 1 KB smaller, on every message and in every stored
     * envelope that carries one.
     */
    public static Pkcs12Sealer systemSeal(Path file, char[] password) {
        return new Pkcs12Sealer(SigningKey.fromPkcs12(file, password).withoutChain(), new BcCmsProvider());
    }

    public static Pkcs12Sealer fromPkcs12(byte[] p12, char[] password) {
        return new Pkcs12Sealer(SigningKey.fromPkcs12(p12, password), new BcCmsProvider());
    }

    @Override
    public byte[] sealDetached(byte[] content) {
        return provider.signDetached(content, key);
    }

    @Override
    public SignerIdentity identity() {
        return identity;
    }

    public SigningKey key() {
        return key;
    }
}
