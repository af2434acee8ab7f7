package kz.egov.eds.cms;

import java.io.IOException;
import java.security.MessageDigest;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.eds.algorithm.SignatureAlgorithm;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.SignerInformation;

/** CAdES-BES: the signed signing-certificate-v2 attribute must name the embedded signer certificate by its hash. */
final class EssCheck {

    static void requireSigningCertificateV2(SignerInformation signer, X509CertificateHolder cert) {
        Attribute attr = signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (attr == null) {
            throw new RejectedException(ReasonCode.EDS_MALFORMED, "not CAdES-BES: signing-certificate-v2 missing");
        }
        ESSCertIDv2 id;
        try {
            id = SigningCertificateV2.getInstance(attr.getAttrValues().getObjectAt(0)).getCerts()[0];
        } catch (RuntimeException e) {
            throw new RejectedException(ReasonCode.EDS_MALFORMED, "unreadable signing-certificate-v2");
        }
        String hashOid = id.getHashAlgorithm().getAlgorithm().getId();
        SignatureAlgorithm digest = SignatureAlgorithm.forDigestOid(hashOid).orElseThrow(() ->
                new RejectedException(ReasonCode.EDS_ALGORITHM_NOT_SUPPORTED, "signing-certificate-v2 hash " + hashOid));
        byte[] expected;
        try {
            expected = digest.digest(cert.getEncoded());
        } catch (IOException e) {
            throw new RejectedException(ReasonCode.EDS_MALFORMED, "unencodable signer certificate");
        }
        if (!MessageDigest.isEqual(expected, id.getCertHash())) {
            throw new RejectedException(ReasonCode.EDS_NO_SIGNER_CERTIFICATE,
                    "signing-certificate-v2 names another certificate than the embedded one");
        }
    }

    private EssCheck() {
    }
}
