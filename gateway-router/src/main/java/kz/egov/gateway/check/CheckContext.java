package kz.egov.gateway.check;

import java.time.Instant;

import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.message.PersonRecord;
import kz.egov.contract.message.ServiceRequest;
import kz.egov.contract.seal.SignatureCheck;
import kz.egov.gateway.participant.Participant;
import kz.egov.gateway.routing.Route;

/**
 * A service request as far as the gateway's checks have got with it: what it arrived with, and what each check
 * found for the checks after it and for the forwarding.
 *
 * @param envelope       the envelope as received
 * @param origin         the participant that sent it (known: an unknown sender never reaches the checks)
 * @param at             the moment of the checks (certificates are checked at it; it is handed on to the provider)
 * @param request        the body as a request, once read (null before)
 * @param signatureCheck condition 2 as found, once checked (null before)
 * @param person         the applicant as ГБД ФЛ has them, once read (null before)
 * @param route          the variant and provider, once chosen (null before)
 */
public record CheckContext(Envelope envelope, Participant origin, Instant at, ServiceRequest request,
        SignatureCheck signatureCheck, PersonRecord person, Route route) {

    /** A request before any check. */
    public static CheckContext of(Envelope envelope, Participant origin, Instant at) {
        return new CheckContext(envelope, origin, at, null, null, null, null);
    }

    public CheckContext withRequest(ServiceRequest read) {
        return new CheckContext(envelope, origin, at, read, signatureCheck, person, route);
    }

    public CheckContext withSignatureCheck(SignatureCheck found) {
        return new CheckContext(envelope, origin, at, request, found, person, route);
    }

    public CheckContext withPerson(PersonRecord read) {
        return new CheckContext(envelope, origin, at, request, signatureCheck, read, route);
    }

    public CheckContext withRoute(Route chosen) {
        return new CheckContext(envelope, origin, at, request, signatureCheck, person, chosen);
    }
}
