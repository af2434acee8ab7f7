package kz.egov.portal.cabinet;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import kz.egov.platform.persistence.Rows;

/** The result_document table; every method runs in the caller's transaction. */
@ApplicationScoped
public class Results {

    private static final String COLUMNS = "document_id, request_id, body, body_sha256, signature, kind, title, "
            + "signer_name, signer_organisation, signer_bin, certificate_serial, provider_id, message_id, "
            + "gateway_checked_at, received_at";

    private final EntityManager em;

    Results(EntityManager em) {
        this.em = em;
    }

    /** Stores a result; false when this document was stored before (a repeated delivery). */
    public boolean store(StoredResult r) {
        return em.createNativeQuery("INSERT INTO result_document (document_id, request_id, body, body_sha256, signature, "
                + "kind, title, signer_name, signer_organisation, signer_bin, certificate_serial, provider_id, message_id, "
                + "gateway_checked_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
                + "CAST(?14 AS VARCHAR)) ON CONFLICT (document_id) DO NOTHING")
                .setParameter(1, r.documentId()).setParameter(2, r.requestId()).setParameter(3, r.body())
                .setParameter(4, r.bodySha256()).setParameter(5, r.signature()).setParameter(6, r.kind())
                .setParameter(7, r.title()).setParameter(8, r.signerName()).setParameter(9, r.signerOrganisation())
                .setParameter(10, r.signerBin()).setParameter(11, r.certificateSerial()).setParameter(12, r.providerId())
                .setParameter(13, r.messageId()).setParameter(14, r.gatewayCheckedAt()).executeUpdate() == 1;
    }

    /** The latest result of a request (the caller has checked the request is the citizen's). */
    public Optional<StoredResult> latestOf(String requestId) {
        return one(Rows.list(em, "SELECT " + COLUMNS + " FROM result_document WHERE request_id = ?1 "
                + "ORDER BY received_at DESC LIMIT 1", requestId));
    }

    /** The result with exactly these bytes, if the portal received one. */
    public Optional<StoredResult> byBodySha256(String sha256) {
        return one(Rows.list(em, "SELECT " + COLUMNS + " FROM result_document WHERE body_sha256 = ?1 "
                + "ORDER BY received_at LIMIT 1", sha256));
    }

    private static Optional<StoredResult> one(List<Object[]> rows) {
        return rows.stream().findFirst().map(r -> new StoredResult(Rows.string(r[0]), Rows.string(r[1]), (byte[]) r[2],
                Rows.string(r[3]), (byte[]) r[4], Rows.string(r[5]), (String) r[6], (String) r[7], (String) r[8],
                Rows.string(r[9]), Rows.string(r[10]), Rows.string(r[11]), Rows.string(r[12]), Rows.string(r[13]),
                Rows.instant(r[14])));
    }
}
