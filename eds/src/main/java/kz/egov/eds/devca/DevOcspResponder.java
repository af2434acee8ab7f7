package kz.egov.eds.devca;

import java.time.Duration;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import kz.egov.eds.algorithm.BouncyCastle;
import kz.egov.eds.algorithm.SignatureAlgorithm;
import kz.egov.eds.cms.SigningKey;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/** OCSP answers of the development НУЦ, signed by the intermediate that issued the certificate, from the register. */
final class DevOcspResponder {

    private final Clock clock;

    private static final Duration VALIDITY = Duration.ofMinutes(10);

    private final Map<SignatureAlgorithm, SigningKey> intermediates;
    private final CaIndex index;

    DevOcspResponder(Map<SignatureAlgorithm, SigningKey> intermediates, CaIndex index, Clock clock) {
        this.clock = clock;
        this.intermediates = intermediates;
        this.index = index;
    }

    byte[] respond(byte[] requestDer) {
        try {
            OCSPReq req;
            try {
                req = new OCSPReq(requestDer);
            } catch (Exception e) {
                return new OCSPRespBuilder().build(OCSPRespBuilder.MALFORMED_REQUEST, null).getEncoded();
            }
            Req[] requests = req.getRequestList();
            if (requests.length == 0) {
                return new OCSPRespBuilder().build(OCSPRespBuilder.MALFORMED_REQUEST, null).getEncoded();
            }
            DigestCalculatorProvider dcp = new JcaDigestCalculatorProviderBuilder()
                    .setProvider(BouncyCastle.provider()).build();
            SignatureAlgorithm alg = issuerOf(requests[0].getCertID(), dcp);
            if (alg == null) {
                return new OCSPRespBuilder().build(OCSPRespBuilder.UNAUTHORIZED, null).getEncoded();
            }
            index.reloadIfChanged();
            SigningKey ca = intermediates.get(alg);
            X509CertificateHolder caHolder = new X509CertificateHolder(ca.certificate().getEncoded());
            BasicOCSPRespBuilder b = new BasicOCSPRespBuilder(caHolder.getSubjectPublicKeyInfo(),
                    dcp.get(RespID.HASH_SHA1));
            Instant now = clock.instant();
            for (Req r : requests) {
                b.addResponse(r.getCertID(), status(r.getCertID(), alg), Date.from(now), Date.from(now.plus(VALIDITY)));
            }
            Extension nonce = req.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
            if (nonce != null) {
                b.setResponseExtensions(new Extensions(nonce));
            }
            var basic = b.build(CertificateFactoryBc.signer(ca.privateKey(), alg),
                    new X509CertificateHolder[] {caHolder}, Date.from(now));
            return new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, basic).getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException("OCSP response failed", e);
        }
    }

    private CertificateStatus status(CertificateID id, SignatureAlgorithm alg) {
        CaIndex.Entry e = index.get(id.getSerialNumber());
        if (e == null || e.algorithm() != alg) {
            return new UnknownStatus();
        }
        return e.revoked() ? new RevokedStatus(Date.from(e.revokedAt()), CRLReason.keyCompromise) : CertificateStatus.GOOD;
    }

    private SignatureAlgorithm issuerOf(CertificateID id, DigestCalculatorProvider dcp) throws Exception {
        for (Map.Entry<SignatureAlgorithm, SigningKey> e : intermediates.entrySet()) {
            if (id.matchesIssuer(new JcaX509CertificateHolder(e.getValue().certificate()), dcp)) {
                return e.getKey();
            }
        }
        return null;
    }
}
