package kz.egov.gateway.check;

import static kz.egov.gateway.check.Requests.refusal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import jakarta.inject.Inject;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.envelope.Envelopes;
import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.message.PersonRecord;
import kz.egov.contract.message.ServiceRequest;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.seal.Sealer;
import kz.egov.eds.cms.Pkcs12Sealer;
import kz.egov.gateway.Citizens;
import kz.egov.gateway.auth.InboundVerification;
import kz.egov.gateway.participant.FixedParticipantRegistry;
import kz.egov.gateway.participant.Participant;
import kz.egov.testinfra.EgovInfrastructureResource;
import kz.egov.testinfra.TestPeople;
import kz.egov.testinfra.TestPki;
import org.junit.jupiter.api.Test;

/**
 * Step 1, the sender's seal, with the gateway's verifier over the test НУЦ: sealed, by the sender's own system key
 * over exactly this envelope, an active sender (what authenticates it before anything else,
 * {@link InboundVerification#requireSeal}: a refusal makes a dead letter, answered to no one); addressed to the
 * gateway, by a sender that may send service requests (the pipeline's {@link SenderSealCheck}: a rejection).
 */
@QuarkusTest
@QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)
class SenderSealCheckTest {

    @Inject
    SenderSealCheck check;

    @Inject
    InboundVerification verification;

    private final Participant portal = FixedParticipantRegistry.seeded("portal");

    @Test
    void aMessageAddressedToAnotherParticipantIsRefused() {
        Envelope toProvider = sealed(key("portal"), "portal", "ec-4310");
        refusal(() -> check.check(CheckContext.of(toProvider, portal, Instant.now())), ReasonCode.MSG_NOT_PERMITTED);
    }

    @Test
    void aMessageWithoutASealIsRefused() {
        Envelope sealed = sealed(key("portal"), "portal", "gateway");
        Envelope unsealed = Envelopes.unsealed(sealed.sender(), sealed.recipient(), sealed.type(),
                sealed.serviceCode(), sealed.correlationId(), null, sealed.body(), sealed.personSignature(),
                sealed.createdAt());
        refusal(() -> verification.requireSeal(unsealed, portal, Instant.now()), ReasonCode.MSG_SEAL_INVALID);
    }

    @Test
    void aMessageSealedByAnotherParticipantIsRefused() {
        // the branch's key seals an envelope that claims to come from the portal
        Envelope forged = sealed(key("con-43"), "portal", "gateway");
        refusal(() -> verification.requireSeal(forged, portal, Instant.now()), ReasonCode.MSG_SEAL_INVALID);
    }

    @Test
    void aMessageChangedAfterItWasSealedIsRefused() {
        Envelope sealed = sealed(key("portal"), "portal", "gateway");
        Envelope tampered = new Envelope(sealed.schemaVersion(), sealed.messageId(), sealed.correlationId(), null,
                sealed.type(), "UNEMPLOYED_REGISTRATION", sealed.sender(), sealed.recipient(), sealed.createdAt(),
                sealed.body(), sealed.personSignature(), null, null, sealed.seal(), null);
        refusal(() -> verification.requireSeal(tampered, portal, Instant.now()), ReasonCode.EDS_CONTENT_MISMATCH);
    }

    @Test
    void anInactiveSenderIsRefused() {
        Participant inactive = new Participant(portal.id(), portal.kind(), portal.name(), portal.bin(), portal.kato(),
                null, null, false, portal.maySend(), portal.services(), portal.channels());
        Envelope e = sealed(key("portal"), "portal", "gateway");
        refusal(() -> verification.requireSeal(e, inactive, Instant.now()), ReasonCode.MSG_SENDER_INACTIVE);
    }

    @Test
    void aSenderThatMayNotSendServiceRequestsIsRefused() {
        Participant lookupsOnly = new Participant(portal.id(), portal.kind(), portal.name(), portal.bin(),
                portal.kato(), null, key("portal").identity().certificateSha256(), true, EnumSet.of(MessageType.PERSON_LOOKUP_QUERY),
                portal.services(), portal.channels());
        Envelope e = sealed(key("portal"), "portal", "gateway");
        refusal(() -> check.check(CheckContext.of(e, lookupsOnly, Instant.now())), ReasonCode.MSG_NOT_PERMITTED);
    }

    /** A citizen's portal request, signed by the citizen and sealed with {@code sealer}. */
    private static Envelope sealed(Sealer sealer, String sender, String recipient) {
        PersonRecord citizen = Citizens.livingIn("43101");
        ServiceRequest request = Citizens.portalRequest(citizen, "JOB_SEEKER_REGISTRATION", List.of());
        byte[] document = EnvelopeCodec.encode(request);
        return Envelopes.sealBytes(sealer, sender, recipient, MessageType.SERVICE_REQUEST, request.serviceCode(),
                request.requestId(), null, document, TestPeople.citizen(citizen).sign(document), Instant.now());
    }

    private static Sealer key(String participant) {
        return Pkcs12Sealer.systemSeal(TestPki.get().pki().keyFile(participant),
                TestPki.KEY_PASSWORD.toCharArray());
    }
}
