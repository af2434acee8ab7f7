package kz.egov.gateway;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import kz.egov.contract.message.Applicant;
import kz.egov.contract.message.AttachmentRef;
import kz.egov.contract.message.Channel;
import kz.egov.contract.message.PersonRecord;
import kz.egov.contract.message.ServiceRequest;
import kz.egov.contract.message.SignerRole;
import kz.egov.contract.message.Submitter;
import kz.egov.reference.Population;

/** People of the ГБД ФЛ stand-in and the request documents they sign, for the gateway's tests. */
public final class Citizens {

    public static final Population POPULATION = Population.standard();
    private static int next;

    private Citizens() {
    }

    /** A living person with an address in the district, a different one each call. */
    public static synchronized PersonRecord livingIn(String katoPrefix) {
        return POPULATION.nth(Population.livingIn(katoPrefix), next++);
    }

    public static PersonRecord deceased() {
        return POPULATION.find(PersonRecord::deceased).orElseThrow();
    }

    public static PersonRecord withoutAddress() {
        return POPULATION.find(p -> !p.deceased() && p.addressKato() == null).orElseThrow();
    }

    public static ServiceRequest portalRequest(PersonRecord p, String service, List<AttachmentRef> attachments) {
        return new ServiceRequest(UUID.randomUUID().toString(), service, Channel.PORTAL,
                new Applicant(p.iin(), p.surname(), p.givenName(), p.patronymic(), null, null),
                new Submitter(SignerRole.CITIZEN, p.iin(), null),
                JsonNodeFactory.instance.objectNode().put("education", "среднее специальное"), attachments, "ru",
                Instant.now(), null, null);
    }
}
