package kz.egov.gateway.check;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.reason.RejectedException;

/**
 * The checks of a service request through ШЭП/РШЭП, in the regulations' order: (1) the sender's seal, (2) the
 * sender may submit this service on this channel, (3) the body conforms and its attachments are stored,
 * (4) condition 2 for the channel, (5) ГБД ФЛ, (6) the variant and the provider. The first refusal stops them. A
 * new check is inserted into {@link #checks} at its place in the order.
 */
@ApplicationScoped
public class ServiceRequestPipeline {

    /** What the checks found: the request as far as they got, and the refusal that stopped them (null: passed). */
    public record Outcome(CheckContext context, RejectedException refusal) {

        public boolean passed() {
            return refusal == null;
        }
    }

    private final List<ServiceRequestCheck> checks;

    ServiceRequestPipeline(SenderSealCheck seal, SenderPermissionCheck senderPermission, ChannelCheck channel,
            SchemaCheck schema, ConditionTwoCheck conditionTwo, GbdFlCheck gbdFl, RoutingCheck routing) {
        this.checks = List.of(
                seal,
                // step 2 needs the body's service and channel: the body is read once, here, and is the request its
                // envelope names (step 3's schema part; its attachments are checked at the step's place)
                schema::read,
                schema::namesItsEnvelope,
                senderPermission,
                channel,
                schema,
                conditionTwo,
                gbdFl,
                routing);
    }

    /** The checks' work ahead of the batch's transaction, in parallel over the batch (the signature checks). */
    public void prepare(Envelope envelope) {
        checks.forEach(check -> check.prepare(envelope));
    }

    /** What the checks read once for a whole inbound batch (the routing table), until the transaction ends. */
    public void begin() {
        checks.forEach(ServiceRequestCheck::begin);
    }

    /** Runs the checks in order until one refuses the request. */
    public Outcome run(CheckContext start) {
        CheckContext context = start;
        try {
            for (ServiceRequestCheck check : checks) {
                context = check.check(context);
            }
            return new Outcome(context, null);
        } catch (RejectedException refused) {
            if (refused.isTransient()) {
                throw refused; // not a refusal of the request: it is tried again (no OCSP answer now, fail closed)
            }
            return new Outcome(context, refused);
        }
    }
}
