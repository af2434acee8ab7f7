package kz.egov.gateway.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.envelope.Envelopes;
import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.message.Channel;
import kz.egov.contract.message.ServiceRequest;
import kz.egov.contract.message.Submitter;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.gateway.participant.Participant;

/** Service requests as the checks see them, and what a test asserts of a refusal. */
final class Requests {

    private Requests() {
    }

    /** The request as its origin sends it (unsealed, without a person signature), before any check. */
    static CheckContext arriving(Participant origin, byte[] body, String requestId, String serviceCode) {
        Envelope e = Envelopes.unsealed(origin.id(), "gateway", MessageType.SERVICE_REQUEST, serviceCode, requestId,
                null, body, null, Instant.now());
        return CheckContext.of(e, origin, Instant.now());
    }

    /** The request as its origin sends it, read (as the pipeline has it from step 2 on). */
    static CheckContext read(Participant origin, ServiceRequest request) {
        return arriving(origin, EnvelopeCodec.encode(request), request.requestId(), request.serviceCode())
                .withRequest(request);
    }

    /** The same request on another channel, by another submitter. */
    static ServiceRequest on(ServiceRequest r, Channel channel, Submitter submitter) {
        return new ServiceRequest(r.requestId(), r.serviceCode(), channel, r.applicant(), submitter, r.form(),
                r.attachments(), r.language(), r.submittedAt(), r.packageId(), r.receiptNumber());
    }

    /** The same request for another base service. */
    static ServiceRequest of(ServiceRequest r, String serviceCode) {
        return new ServiceRequest(r.requestId(), serviceCode, r.channel(), r.applicant(), r.submitter(), r.form(),
                r.attachments(), r.language(), r.submittedAt(), r.packageId(), r.receiptNumber());
    }

    /** Asserts the check refuses with the reason code; returns the refusal. */
    static RejectedException refusal(ThrowingCallable check, ReasonCode expected) {
        Throwable thrown = catchThrowable(check);
        assertThat(thrown).as("a refusal").isInstanceOf(RejectedException.class);
        RejectedException refused = (RejectedException) thrown;
        assertThat(refused.reason()).as(refused.detail()).isEqualTo(expected);
        return refused;
    }
}
