package kz.egov.portal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.envelope.SealInput;
import kz.egov.contract.message.ResultKind;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.status.TechnicalStatus;
import kz.egov.eds.algorithm.SignatureAlgorithm;
import kz.egov.eds.cms.BcCmsProvider;
import kz.egov.eds.cms.Pkcs12Sealer;
import kz.egov.eds.devca.DevCertificateAuthority;
import kz.egov.eds.devca.DevSubject;
import kz.egov.eds.verify.EdsVerifier;
import kz.egov.reference.Participants;
import kz.egov.testinfra.EgovInfrastructureResource;
import kz.egov.testinfra.TestPki;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** The public verify endpoint: a delivered result checks out; a forged one (altered byte, foreign CA) does not. */
@QuarkusTest
@QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = GatewayStandIn.class, restrictToAnnotatedClass = false)
class VerifyTest {

    @Inject
    EdsVerifier verifier;

    /** A result delivered to a citizen's cabinet, with the gateway's evidence of its signature check. */
    record Delivered(String requestId, byte[] document, byte[] signature, Officers.Officer officer) {
    }

    @Test
    void verify_aDeliveredResultIsAuthenticWithSignerTimeAndGatewayEvidence() {
        Delivered d = deliver(true);
        verify(d.document(), d.signature()).body("authentic", equalTo(true))
                .body("requestId", equalTo(d.requestId()))
                .body("signer.bin", equalTo(Participants.byId(Portal.PROVIDER).bin()))
                .body("signer.iinMasked", equalTo(kz.egov.eds.identity.IinMask.mask(d.officer().iin())))
                .body("receivedAt", notNullValue()).body("gatewayEvidence.recorded", equalTo(true))
                .body("certificateStateNow", equalTo("VALID"));
    }

    @Test
    void verify_aDocumentWithOneAlteredByteFails() {
        Delivered d = deliver(true);
        byte[] altered = d.document().clone();
        altered[altered.length / 2] ^= 1;
        verify(altered, d.signature()).body("authentic", equalTo(false))
                .body("reasonCode", equalTo(ReasonCode.EDS_CONTENT_MISMATCH.code()))
                .body("reason", equalTo(ReasonCode.EDS_CONTENT_MISMATCH.russian()));
    }

    @Test
    void verify_aDocumentSignedByACertificateOutsideTheDevelopmentNucFails() throws Exception {
        Delivered d = deliver(true);
        Path dir = Files.createTempDirectory("foreign-ca");
        DevCertificateAuthority foreign = DevCertificateAuthority.openOrCreate(dir);
        Participants.Seed provider = Participants.byId(Portal.PROVIDER);
        Pkcs12Sealer forger = new Pkcs12Sealer(foreign.issue(DevSubject.officer(d.officer().iin(), "Жумабеков", "Нурлан",
                null, provider.name(), provider.bin()), SignatureAlgorithm.RSA_SHA256).signingKey(), new BcCmsProvider());
        verify(d.document(), forger.sealDetached(d.document())).body("authentic", equalTo(false))
                .body("reasonCode", equalTo(ReasonCode.EDS_UNTRUSTED_ISSUER.code()));
    }

    @Test
    void verify_aValidlySignedDocumentTheGatewayNeverDeliveredFails() {
        Officers.Officer officer = Officers.of(Portal.PROVIDER);
        byte[] document = Officers.result("never-sent", Portal.nextPerson().iin(), officer, ResultKind.NOTIFICATION);
        verify(document, officer.key().sign(document)).body("authentic", equalTo(false))
                .body("reasonCode", equalTo(ReasonCode.NOT_FOUND.code()));
    }

    @Test
    void verify_aResultWithoutTheGatewaysEvidenceFails() {
        Delivered d = deliver(false);
        verify(d.document(), d.signature()).body("authentic", equalTo(false))
                .body("reasonCode", equalTo(ReasonCode.NOT_FOUND.code()));
    }

    @Test
    void verify_aResultStaysAuthenticAfterTheOfficersCertificateIsRevoked() {
        Delivered d = deliver(true);
        TestPki.get().pki().ca().revoke(d.officer().key().issued().serial());
        verifier.refreshRevocation();
        verify(d.document(), d.signature()).body("authentic", equalTo(true))
                .body("certificateStateNow", equalTo("REVOKED"));
    }

    private static ValidatableResponse verify(byte[] document, byte[] signature) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("document", Portal.b64(document), "signature", Portal.b64(signature)))
                .post("/api/verify").then().statusCode(200);
    }

    private static Delivered deliver(boolean gatewayEvidence) {
        Portal.Citizen c = Portal.newCitizen();
        String id = Portal.submitted(c);
        Portal.receipt(id, TechnicalStatus.ACCEPTED_BY_GATEWAY);
        Officers.Officer officer = Officers.of(Portal.PROVIDER);
        byte[] document = Officers.result(id, c.iin(), officer, ResultKind.NOTIFICATION);
        byte[] signature = officer.key().sign(document);
        if (gatewayEvidence) {
            given().contentType(ContentType.JSON).body(Map.of("requestId", id, "documentSha256",
                    SealInput.sha256Hex(document), "checkedAt", Instant.now().toString()))
                    .post(ConfigProvider.getConfig().getValue("egov.gateway.url", String.class) + "/test/evidence")
                    .then().statusCode(201);
        }
        Portal.fromProvider(Portal.PROVIDER, MessageType.RESULT_DOCUMENT, id, document, signature);
        Portal.awaitRequest(c, id, j -> j.getString("resultDocumentId") != null);
        return new Delivered(id, document, signature, officer);
    }
}
