package kz.egov.gateway.check;

import static kz.egov.gateway.check.Requests.arriving;
import static kz.egov.gateway.check.Requests.read;
import static kz.egov.gateway.check.Requests.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;
import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.message.AttachmentRef;
import kz.egov.contract.message.PersonRecord;
import kz.egov.contract.message.ServiceRequest;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.gateway.Citizens;
import kz.egov.gateway.attachment.AttachmentStore.Stored;
import kz.egov.gateway.attachment.FixedAttachmentStore;
import kz.egov.gateway.participant.FixedParticipantRegistry;
import kz.egov.gateway.participant.Participant;
import org.junit.jupiter.api.Test;

/**
 * Step 3, the schema: the body read once as a conforming request that names its envelope's request and service, and
 * its attachments stored as listed.
 */
class SchemaCheckTest {

    private static final String SHA = "a".repeat(64);

    private final SchemaCheck check = new SchemaCheck(new FixedAttachmentStore(new Stored(SHA, 100, "application/pdf")));
    private final PersonRecord citizen = Citizens.livingIn("43101");
    private final Participant portal = FixedParticipantRegistry.seeded("portal");

    @Test
    void aConformingBodyIsReadAsTheRequestItsEnvelopeNamesWithItsAttachmentsStored() {
        ServiceRequest request = Citizens.portalRequest(citizen, "JOB_SEEKER_REGISTRATION",
                List.of(new AttachmentRef(SHA, 100, "application/pdf", "id.pdf", "IDENTITY_DOCUMENT")));
        CheckContext arriving = arriving(portal, EnvelopeCodec.encode(request), request.requestId(),
                request.serviceCode());
        CheckContext read = check.namesItsEnvelope(check.read(arriving));
        assertThat(read.request()).isEqualTo(request);
        assertThat(check.check(read)).isEqualTo(read);
    }

    @Test
    void aBodyThatIsNotJsonIsRefused() {
        byte[] body = "not a request".getBytes(StandardCharsets.UTF_8);
        refusal(() -> check.read(arriving(portal, body, UUID.randomUUID().toString(), "JOB_SEEKER_REGISTRATION")),
                ReasonCode.MSG_UNPARSEABLE);
    }

    @Test
    void aBodyThatDoesNotConformToItsSchemaIsRefused() {
        ServiceRequest request = Citizens.portalRequest(citizen, "JOB_SEEKER_REGISTRATION", List.of());
        ObjectNode tree = EnvelopeCodec.json().valueToTree(request);
        tree.remove("applicant");
        refusal(() -> check.read(arriving(portal, EnvelopeCodec.encode(tree), request.requestId(),
                request.serviceCode())), ReasonCode.MSG_SCHEMA_VIOLATION);
    }

    @Test
    void aRequestNamingAnotherRequestThanItsEnvelopeIsRefused() {
        ServiceRequest request = Citizens.portalRequest(citizen, "JOB_SEEKER_REGISTRATION", List.of());
        CheckContext context = arriving(portal, EnvelopeCodec.encode(request), UUID.randomUUID().toString(),
                request.serviceCode());
        refusal(() -> check.namesItsEnvelope(check.read(context)), ReasonCode.MSG_SCHEMA_VIOLATION);
    }

    @Test
    void aRequestNamingAnotherServiceThanItsEnvelopeIsRefused() {
        ServiceRequest request = Citizens.portalRequest(citizen, "JOB_SEEKER_REGISTRATION", List.of());
        CheckContext context = arriving(portal, EnvelopeCodec.encode(request), request.requestId(),
                "UNEMPLOYED_REGISTRATION");
        // read before the refusal: the gateway's record of the refused request keeps its channel
        CheckContext read = check.read(context);
        assertThat(read.request()).isEqualTo(request);
        refusal(() -> check.namesItsEnvelope(read), ReasonCode.MSG_SCHEMA_VIOLATION);
    }

    @Test
    void anAttachmentMissingFromTheStoreIsRefused() {
        ServiceRequest request = Citizens.portalRequest(citizen, "JOB_SEEKER_REGISTRATION",
                List.of(new AttachmentRef("b".repeat(64), 100, "application/pdf", "id.pdf", "IDENTITY_DOCUMENT")));
        refusal(() -> check.check(read(portal, request)), ReasonCode.MSG_ATTACHMENT_MISSING);
    }

    @Test
    void anAttachmentDifferingFromTheStoredFileIsRefused() {
        ServiceRequest bigger = Citizens.portalRequest(citizen, "JOB_SEEKER_REGISTRATION",
                List.of(new AttachmentRef(SHA, 101, "application/pdf", "id.pdf", "IDENTITY_DOCUMENT")));
        refusal(() -> check.check(read(portal, bigger)), ReasonCode.MSG_ATTACHMENT_HASH_MISMATCH);
        ServiceRequest otherType = Citizens.portalRequest(citizen, "JOB_SEEKER_REGISTRATION",
                List.of(new AttachmentRef(SHA, 100, "image/png", "id.png", "IDENTITY_DOCUMENT")));
        refusal(() -> check.check(read(portal, otherType)), ReasonCode.MSG_ATTACHMENT_HASH_MISMATCH);
    }
}
