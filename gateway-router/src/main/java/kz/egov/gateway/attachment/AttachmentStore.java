package kz.egov.gateway.attachment;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import kz.egov.contract.envelope.SealInput;
import kz.egov.contract.message.AttachmentRef;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.gateway.config.GatewayConfig;
import kz.egov.platform.persistence.AppendOnlyInserts;
import kz.egov.platform.persistence.NativeRows;

/**
 * The gateway's attachment store: files content-addressed by SHA-256, with size and type limits. A file belongs to
 * each participant that uploaded it ({@code attachment_owner}) until a request of that participant lists it; a
 * request's files are then granted to its recipient provider only.
 */
@ApplicationScoped
public class AttachmentStore {

    /** A stored file's description. */
    public record Stored(String sha256, long size, String mediaType) {
    }

    private final EntityManager em;
    private final AppendOnlyInserts inserts;
    private final long maxBytes;
    private final Set<String> mediaTypes;

    AttachmentStore(EntityManager em, AppendOnlyInserts inserts, GatewayConfig config) {
        this.em = em;
        this.inserts = inserts;
        this.maxBytes = config.attachments().maxBytes();
        this.mediaTypes = config.attachments().mediaTypes();
    }

    /** Stores a file (idempotent: the same bytes are stored once); must run in a transaction. */
    public Stored put(byte[] content, String mediaType, String uploader) {
        if (content == null || content.length == 0) {
            throw new RejectedException(ReasonCode.VALIDATION_FAILED, "empty file");
        }
        if (content.length > maxBytes) {
            throw new RejectedException(ReasonCode.PAYLOAD_TOO_LARGE, "file exceeds " + maxBytes + " bytes");
        }
        String type = mediaType == null ? "" : mediaType.split(";")[0].trim().toLowerCase();
        if (!mediaTypes.contains(type)) {
            throw new RejectedException(ReasonCode.UNSUPPORTED_MEDIA_TYPE, "allowed: " + mediaTypes);
        }
        String sha = SealInput.sha256Hex(content);
        em.createNativeQuery("INSERT INTO attachment (sha256, size, media_type, uploaded_by, content) "
                + "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (sha256) DO NOTHING").setParameter(1, sha)
                .setParameter(2, (long) content.length).setParameter(3, type).setParameter(4, uploader)
                .setParameter(5, content).executeUpdate();
        em.createNativeQuery("INSERT INTO attachment_owner (sha256, participant_id) VALUES (?1, ?2) "
                + "ON CONFLICT DO NOTHING").setParameter(1, sha).setParameter(2, uploader).executeUpdate();
        return new Stored(sha, content.length, type);
    }

    /**
     * Refuses a request whose listed attachments are missing, differ from what is stored, or were not uploaded by the
     * request's {@code origin} (to whom else it looks missing: a hash does not open someone else's file).
     */
    public void requireAll(List<AttachmentRef> refs, String origin) {
        for (AttachmentRef ref : refs) {
            Optional<Stored> stored = describe(ref.sha256());
            if (stored.isPresent() && !uploadedBy(ref.sha256(), origin)) {
                stored = Optional.empty();
            }
            if (stored.isEmpty()) {
                throw new RejectedException(ReasonCode.MSG_ATTACHMENT_MISSING,
                        "attachment " + ref.sha256() + " not in the store");
            }
            if (stored.get().size() != ref.size() || !stored.get().mediaType().equals(ref.mediaType())) {
                throw new RejectedException(ReasonCode.MSG_ATTACHMENT_HASH_MISMATCH,
                        "attachment " + ref.sha256() + " differs in size or type from the stored file");
            }
        }
    }

    public void grant(String requestId, List<AttachmentRef> refs, String participantId) {
        for (AttachmentRef ref : refs) {
            inserts.insert("INSERT INTO attachment_grant (sha256, request_id, participant_id) VALUES (?, ?, ?) "
                    + "ON CONFLICT DO NOTHING", ref.sha256(), requestId, participantId);
        }
    }

    /** Whether {@code participant} uploaded the file. */
    protected boolean uploadedBy(String sha256, String participant) {
        return !em.createNativeQuery("SELECT 1 FROM attachment_owner WHERE sha256 = ?1 AND participant_id = ?2")
                .setParameter(1, sha256).setParameter(2, participant).getResultList().isEmpty();
    }

    public Optional<Stored> describe(String sha256) {
        return NativeRows.list(em, "SELECT sha256, size, media_type FROM attachment WHERE sha256 = ?1", sha256).stream()
                .map(r -> new Stored(((String) r[0]).trim(), ((Number) r[1]).longValue(), (String) r[2])).findFirst();
    }

    /** The file's bytes, for a participant granted it for that request; otherwise refused. */
    public byte[] download(String sha256, String requestId, String participantId) {
        List<?> granted = em.createNativeQuery("SELECT 1 FROM attachment_grant WHERE sha256 = ?1 AND request_id = ?2 "
                + "AND participant_id = ?3").setParameter(1, sha256).setParameter(2, requestId)
                .setParameter(3, participantId).getResultList();
        if (granted.isEmpty()) {
            throw new RejectedException(ReasonCode.FORBIDDEN, "only the request's recipient provider may download it");
        }
        return (byte[]) em.createNativeQuery("SELECT content FROM attachment WHERE sha256 = ?1").setParameter(1, sha256)
                .getSingleResult();
    }
}
