package kz.egov.gateway.check;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import kz.egov.contract.message.PersonRecord;
import kz.egov.contract.message.ServiceRequest;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.gateway.config.GatewayConfig;
import kz.egov.gateway.evidence.EvidenceLog;
import kz.egov.gateway.person.PersonDirectory;

/**
 * Step 5 of the regulations' order, ГБД ФЛ: the applicant is in the state database of individuals, alive, and has a
 * registered address (its KATO code chooses the variant and the provider). The read is logged as the gateway's, for
 * the routing of the request. Records {@code GBD_FL}.
 *
 * <p>Refuses with {@code PERSON_NOT_FOUND}, {@code PERSON_DECEASED}, {@code PERSON_NO_REGISTERED_ADDRESS}.
 */
@ApplicationScoped
public class GbdFlCheck implements ServiceRequestCheck {

    private final PersonDirectory persons;
    private final EvidenceLog evidence;
    private final String gatewayId;

    GbdFlCheck(PersonDirectory persons, EvidenceLog evidence, GatewayConfig config) {
        this.persons = persons;
        this.evidence = evidence;
        this.gatewayId = config.participantId();
    }

    @Override
    public CheckContext check(CheckContext context) {
        ServiceRequest request = context.request();
        PersonRecord p = persons.read(request.applicant().iin(), gatewayId, "routing of a service request",
                request.requestId()).orElseThrow(() -> new RejectedException(ReasonCode.PERSON_NOT_FOUND,
                        "the applicant is not in ГБД ФЛ"));
        if (p.deceased()) {
            throw new RejectedException(ReasonCode.PERSON_DECEASED, "ГБД ФЛ records the applicant as deceased");
        }
        if (p.addressKato() == null) {
            throw new RejectedException(ReasonCode.PERSON_NO_REGISTERED_ADDRESS, "no registered address in ГБД ФЛ");
        }
        evidence.append(request.requestId(), null, EvidenceLog.CHECK, "GBD_FL", EvidenceLog.OK,
                Map.of("kato", p.addressKato()));
        return context.withPerson(p);
    }
}
