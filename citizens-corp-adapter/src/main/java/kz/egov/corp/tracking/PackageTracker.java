package kz.egov.corp.tracking;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.message.PackageMovement;
import kz.egov.contract.topic.Topics;
import kz.egov.platform.persistence.Rows;
import kz.egov.corp.request.DeskRequest;
import kz.egov.platform.config.PlatformConfig;
import kz.egov.platform.messaging.EnvelopeSender;

/**
 * Paper package tracking: each movement is a signed PACKAGE_MOVEMENT through the gateway (the branch's own, sealed
 * as the branch; the provider's, forwarded back by the gateway) and is recorded here so the package can be located.
 */
@ApplicationScoped
public class PackageTracker {

    private final EntityManager em;
    private final EnvelopeSender sender;
    private final String gatewayId;

    PackageTracker(EntityManager em, EnvelopeSender sender, PlatformConfig platform) {
        this.em = em;
        this.sender = sender;
        this.gatewayId = platform.gatewayId();
    }

    /** The branch records and announces a movement (must run in the caller's transaction: the outbox). */
    public Envelope announce(DeskRequest r, PackageMovement.Movement movement, String recordedBy, Instant at) {
        PackageMovement body = new PackageMovement(r.packageId(), r.requestId(), movement, at, recordedBy, null);
        Envelope sent = sender.send(Topics.TO_GATEWAY, r.branchId(), gatewayId, MessageType.PACKAGE_MOVEMENT,
                r.serviceCode(), r.requestId(), null, body);
        record(body, r.branchId(), holderAfter(movement, r.branchId(), r.providerId()), sent.messageId());
        return sent;
    }

    /** Records a movement reported by a participant (the provider, through the gateway). */
    public void received(PackageMovement body, String reportedBy, String branchId, String messageId) {
        record(body, reportedBy, holderAfter(body.movement(), branchId, reportedBy), messageId);
    }

    public PackageLocation locate(DeskRequest r) {
        List<Movement> moves = Rows.list(em.createNativeQuery("SELECT movement, at, recorded_by, reported_by, holder "
                + "FROM package_movement WHERE package_id = ?1 ORDER BY at, id").setParameter(1, r.packageId())).stream()
                .map(x -> new Movement((String) x[0], Rows.instant(x[1]), (String) x[2], (String) x[3], (String) x[4]))
                .toList();
        Movement last = moves.isEmpty() ? null : moves.get(moves.size() - 1);
        return new PackageLocation(r.packageId(), r.requestId(), r.receiptNumber(),
                last == null ? r.branchId() : last.holder(), last == null ? null : last.movement(), moves);
    }

    private void record(PackageMovement body, String reportedBy, String holder, String messageId) {
        em.createNativeQuery("INSERT INTO package_movement (package_id, movement, at, recorded_by, reported_by, holder, "
                + "message_id) VALUES (?1, ?2, CAST(?3 AS TIMESTAMPTZ), ?4, ?5, ?6, ?7)")
                .setParameter(1, body.packageId()).setParameter(2, body.movement().name())
                .setParameter(3, body.at().toString()).setParameter(4, body.recordedBy()).setParameter(5, reportedBy)
                .setParameter(6, holder).setParameter(7, messageId).executeUpdate();
    }

    private static String holderAfter(PackageMovement.Movement m, String branchId, String providerId) {
        return switch (m) {
            case PACKED, RETURNED_TO_BRANCH -> branchId;
            case SENT_TO_PROVIDER -> PackageLocation.IN_TRANSIT;
            case RECEIVED_BY_PROVIDER -> providerId == null ? PackageLocation.IN_TRANSIT : providerId;
        };
    }
}
