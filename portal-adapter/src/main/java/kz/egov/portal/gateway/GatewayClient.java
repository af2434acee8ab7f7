package kz.egov.portal.gateway;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import kz.egov.contract.message.PersonRecord;

/** The gateway's REST endpoints the portal calls as participant {@code portal} (sealed participant calls). */
public interface GatewayClient {

    /** A stored file as the attachment store describes it. */
    record StoredFile(String sha256, long size, String mediaType) {
    }

    /** One record of the gateway's message log (evidence) of a request. */
    record EvidenceEntry(long seq, String requestId, String messageId, String kind, String subject, String outcome,
            JsonNode detail, String recordedAt) {
    }

    /** Uploads a file to the gateway's attachment store. */
    StoredFile upload(byte[] content, String mediaType);

    /**
     * The signed-in citizen in ГБД ФЛ through the gateway (purpose CITIZEN_SESSION: the portal reads no one else; the
     * read is logged there); empty when the person is unknown.
     */
    Optional<PersonRecord> signedInCitizen(String iin);

    /**
     * The gateway's evidence of a request the portal sent (a sealed read-only call the participant registry allows);
     * empty when the gateway cannot be asked or does not answer it.
     */
    Optional<List<EvidenceEntry>> evidence(String requestId);
}
