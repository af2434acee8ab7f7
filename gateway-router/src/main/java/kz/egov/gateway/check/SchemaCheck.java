package kz.egov.gateway.check;

import jakarta.enterprise.context.ApplicationScoped;

import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.message.ServiceRequest;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.contract.schema.BodyValidator;
import kz.egov.gateway.attachment.AttachmentStore;

/**
 * Step 3 of the regulations' order, the schema: the body is a service request conforming to its JSON Schema, naming
 * the request and the service of its envelope, and the attachments it lists are in the store with the listed size
 * and type. Step 2 needs the body's service and channel, so the pipeline reads the body right after the seal
 * ({@link #read}, {@link #namesItsEnvelope}); {@link #check} is the attachments, at the step's place. Records
 * nothing.
 *
 * <p>Refuses with {@code MSG_UNPARSEABLE} (not JSON), {@code MSG_SCHEMA_VIOLATION} (does not conform; names another
 * request or service than its envelope), {@code MSG_ATTACHMENT_MISSING}, {@code MSG_ATTACHMENT_HASH_MISMATCH}.
 */
@ApplicationScoped
public class SchemaCheck implements ServiceRequestCheck {

    private final AttachmentStore attachments;

    SchemaCheck(AttachmentStore attachments) {
        this.attachments = attachments;
    }

    /** The body read as a service request, once: it conforms to its schema. */
    public CheckContext read(CheckContext context) {
        return context.withRequest(BodyValidator.parse(MessageType.SERVICE_REQUEST, context.envelope().body(),
                ServiceRequest.class));
    }

    /** The request read is the one its envelope names: the same request id and service. */
    public CheckContext namesItsEnvelope(CheckContext context) {
        Envelope e = context.envelope();
        ServiceRequest request = context.request();
        if (!request.requestId().equals(e.correlationId()) || !request.serviceCode().equals(e.serviceCode())) {
            throw new RejectedException(ReasonCode.MSG_SCHEMA_VIOLATION,
                    "request id or service differs from the envelope");
        }
        return context;
    }

    /**
     * The attachments the request lists are stored as listed, each uploaded by the request's origin (a file belongs to
     * its uploader until a request lists it: knowing its hash is not enough).
     */
    @Override
    public CheckContext check(CheckContext context) {
        attachments.requireAll(context.request().attachments(), context.origin().id());
        return context;
    }
}
