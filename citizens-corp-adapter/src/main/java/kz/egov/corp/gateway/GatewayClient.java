package kz.egov.corp.gateway;

import java.util.Optional;

import kz.egov.contract.message.PersonRecord;

/** The gateway's REST endpoints ИС ЦОН calls as a branch (sealed participant calls). */
public interface GatewayClient {

    /** A stored file's description as the attachment store answers it. */
    record StoredFile(String sha256, long size, String mediaType) {
    }
    /**
     * A walk-in citizen in ГБД ФЛ, read for the operator entering them (purpose WALK_IN, logged at the gateway with
     * the operator's IIN); empty when the person is unknown.
     */
    Optional<PersonRecord> walkIn(String branchId, String iin, String operatorIin);

    /** Uploads a scan to the gateway's attachment store. */
    StoredFile upload(String branchId, byte[] content, String mediaType);
}
