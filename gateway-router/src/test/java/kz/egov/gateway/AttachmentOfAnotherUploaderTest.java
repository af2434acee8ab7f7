package kz.egov.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.message.AttachmentRef;
import kz.egov.contract.message.PersonRecord;
import kz.egov.contract.message.ServiceRequest;
import kz.egov.contract.topic.Topics;
import kz.egov.reference.Participants;
import kz.egov.testinfra.EgovInfrastructureResource;
import kz.egov.testinfra.TestParticipant;
import kz.egov.testinfra.TestPeople;
import org.junit.jupiter.api.Test;

/**
 * Issue [wave 2 · 6/16]: "an attachment is granted by its hash alone … an upload belongs to its uploader until a
 * request lists it": a request listing a file another participant uploaded is refused as if the file were missing,
 * and nothing is granted to a provider.
 */
@QuarkusTest
@QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)
class AttachmentOfAnotherUploaderTest {

    @Test
    void aRequestCannotCarryAFileSomeoneElseUploaded() {
        String branch = Participants.ofKind("BRANCH").get(0).id();
        byte[] file = ("%PDF-1.4 someone else's identity document " + System.nanoTime())
                .getBytes(StandardCharsets.UTF_8);
        Map<?, ?> stored = SealedCalls.sealed(branch, "POST", "/api/attachments", file).contentType("application/pdf")
                .body(file).post("/api/attachments").then().statusCode(201).extract().as(Map.class);
        String sha = (String) stored.get("sha256");

        PersonRecord citizen = Citizens.livingIn("43101");
        ServiceRequest request = Citizens.portalRequest(citizen, "JOB_SEEKER_REGISTRATION",
                List.of(new AttachmentRef(sha, file.length, "application/pdf", "id.pdf", "IDENTITY_DOCUMENT")));
        byte[] document = EnvelopeCodec.encode(request);
        try (TestParticipant portal = new TestParticipant("portal", Topics.TO_PORTAL)) {
            portal.sendBytes(MessageType.SERVICE_REQUEST, request.serviceCode(), request.requestId(), null, document,
                    TestPeople.citizen(citizen).sign(document));
            assertThat(GatewayRejectionTest.rejectionOf(portal, request.requestId())).isEqualTo("MSG_ATTACHMENT_MISSING");
        }
        String path = "/api/attachments/" + sha + "?requestId=" + request.requestId();
        for (String provider : List.of("ec-4310", "akimat-4310")) {
            SealedCalls.sealed(provider, "GET", path, null).get(path).then().statusCode(403);
        }
    }
}
