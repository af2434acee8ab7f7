package kz.egov.corp.gateway;

import java.util.Optional;

import kz.egov.contract.message.PersonRecord;

/** The gateway's REST endpoints ИС ЦОН calls as a branch (sealed participant calls). */
public interface GatewayClient {

    /** A stored file's description as the attachment store answers it. */
    record StoredFile(String sha256, long size, String mediaType) {
    }

    /** ГБД ФЛ through the gateway; empty when the person is not there. Every read is logged there with the purpose. */
    Optional<PersonRecord> person(String branchId, String iin, String purpose);

    /** Uploads a scan to the gateway's attachment store. */
    StoredFile upload(String branchId, byte[] content, String mediaType);
}
