package kz.egov.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.message.Applicant;
import kz.egov.contract.message.AttachmentRef;
import kz.egov.contract.message.Channel;
import kz.egov.contract.message.PackageMovement;
import kz.egov.contract.message.PersonLookupAnswer;
import kz.egov.contract.message.PersonLookupPurpose;
import kz.egov.contract.message.PersonLookupQuery;
import kz.egov.contract.message.PersonRecord;
import kz.egov.contract.message.ProviderAcknowledgement;
import kz.egov.contract.message.RegistryCommand;
import kz.egov.contract.message.RegistryCommandType;
import kz.egov.contract.message.RegistryEvent;
import kz.egov.contract.message.Rejection;
import kz.egov.contract.message.ResultDocument;
import kz.egov.contract.message.ResultKind;
import kz.egov.contract.message.ServiceRequest;
import kz.egov.contract.message.SignerRole;
import kz.egov.contract.message.StatusChange;
import kz.egov.contract.message.Submitter;
import kz.egov.contract.message.TechnicalReceipt;
import kz.egov.contract.status.BusinessStatus;
import kz.egov.contract.status.TechnicalStatus;

/** One realistic body of every message type. */
public final class SampleBodies {

    static final String IIN = "900101300123";
    static final Instant AT = Instant.parse("2026-11-23T05:10:00Z");

    private SampleBodies() {
    }

    public static Object of(MessageType type) {
        ObjectNode form = JsonNodeFactory.instance.objectNode().put("education", "высшее").put("lastJob", "бухгалтер");
        return switch (type) {
            case SERVICE_REQUEST -> new ServiceRequest("req-1", "JOB_SEEKER_REGISTRATION", Channel.PORTAL,
                    new Applicant(IIN, "Ахметов", "Данияр", null, "+77010000000", null),
                    new Submitter(SignerRole.CITIZEN, IIN, null), form,
                    List.of(new AttachmentRef("a".repeat(64), 1024, "application/pdf", "id.pdf", "IDENTITY_DOCUMENT")),
                    "kk", AT, null, null);
            case TECHNICAL_RECEIPT -> new TechnicalReceipt("req-1", TechnicalStatus.ACCEPTED_BY_GATEWAY, AT,
                    "mio-kyzylorda-city", "V06");
            case PROVIDER_ACKNOWLEDGEMENT -> new ProviderAcknowledgement("req-1", "mio-kyzylorda-city", "ВХ-2026-000017", AT,
                    new StatusChange("req-1", BusinessStatus.RECEIVED, AT, "SYSTEM", null, AT.plusSeconds(3600),
                            "ВХ-2026-000017"));
            case REJECTION -> new Rejection("req-1", "msg-1", "EDS_REVOKED", "certificate 1f revoked", "gateway", AT);
            case STATUS_CHANGE -> new StatusChange("req-1", BusinessStatus.RECEIVED, AT, "REGISTRAR", null,
                    AT.plusSeconds(3600), "ВХ-2026-000017");
            case RESULT_DOCUMENT -> new ResultDocument("req-1", "doc-1", ResultKind.NOTIFICATION, "V06",
                    "mio-kyzylorda-city", IIN, "Уведомление о регистрации в качестве лица, ищущего работу",
                    form, null, null, "850505400555", "HEAD", AT);
            case PERSON_LOOKUP_QUERY -> new PersonLookupQuery("q-1", IIN, PersonLookupPurpose.ROUTED_REQUEST, "req-1",
                    null);
            case PERSON_LOOKUP_ANSWER -> new PersonLookupAnswer("q-1", true, new PersonRecord(IIN, "Ахметов", "Данияр",
                    "Серикович", LocalDate.of(1990, 1, 1), "M", false, null, "431010000", "г. Кызылорда, ул. Абая 1"),
                    null);
            case REGISTRY_COMMAND -> new RegistryCommand("cmd-1", "req-1", RegistryCommandType.REGISTER_JOB_SEEKER, IIN,
                    "850505400555", "mio-kyzylorda-city", form);
            case REGISTRY_EVENT -> new RegistryEvent("cmd-1", "req-1", RegistryCommandType.REGISTER_JOB_SEEKER, true,
                    null, form, AT);
            case PACKAGE_MOVEMENT -> new PackageMovement("PKG-1", "req-1", PackageMovement.Movement.PACKED, AT,
                    "operator-1", null);
        };
    }
}
