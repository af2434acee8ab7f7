package kz.egov.mio.result;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import kz.egov.contract.message.ResultKind;
import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.message.PersonRecord;
import kz.egov.contract.message.ResultDocument;
import kz.egov.contract.message.ServiceRequest;
import kz.egov.mio.config.MioConfig;
import kz.egov.mio.deadline.WorkflowClock;
import kz.egov.mio.inbox.GatewayEnrichment;
import kz.egov.mio.officer.Officer;
import kz.egov.mio.officer.OfficerRole;
import kz.egov.mio.provider.Provider;
import kz.egov.mio.workflow.Decisions;
import kz.egov.mio.workflow.Plan;
import kz.egov.mio.workflow.ServiceCase;

/**
 * The result document (or motivated refusal) as the exact bytes the signing officer signs: the catalog's document of
 * the prepared kind, its fields filled from the request, the gateway's ГБД ФЛ record and the registry's card. Its
 * issue time and its printed date are one reading of the {@link WorkflowClock}.
 */
@ApplicationScoped
public class ResultDocuments {

    private final WorkflowClock clock;

    ResultDocuments(WorkflowClock clock) {
        this.clock = clock;
    }

    public byte[] build(ServiceCase c, Plan plan, Provider provider, Officer signer, OfficerRole role) {
        boolean refusal = Decisions.REFUSAL.equals(c.draftKind);
        kz.egov.catalog.model.ResultDocument template = plan.variant().resultDocuments().stream()
                .filter(d -> refusal ? d.kind() == ResultKind.MOTIVATED_REFUSAL : d.code().equals(c.draftResultCode))
                .findFirst().orElse(null);
        ServiceRequest request = EnvelopeCodec.decode(c.requestDocument, ServiceRequest.class);
        GatewayEnrichment enrichment = GatewayEnrichment.read(c.enrichment);
        PersonRecord person = enrichment == null ? null : enrichment.person();
        JsonNode card = card(c.registryCard);
        JsonNode details = kz.egov.mio.registry.RegistryCalls.details(c);
        Instant issued = clock.instant();
        LocalDate date = LocalDate.ofInstant(issued, MioConfig.ZONE);
        ObjectNode fields = EnvelopeCodec.json().createObjectNode();
        if (template != null) {
            for (String name : template.fields()) {
                put(fields, name, value(name, c, request, person, card, details, provider, signer, date));
            }
        }
        fields.put("incomingNumber", c.incomingNumber);
        if (card != null && card.hasNonNull("cardNumber")) {
            fields.put("cardNumber", card.get("cardNumber").asText());
        }
        String title = template != null ? template.names().any() : refusal ? "Мотивированный отказ" : "Результат";
        kz.egov.contract.message.ResultKind kind = refusal ? kz.egov.contract.message.ResultKind.MOTIVATED_REFUSAL
                : template == null ? kz.egov.contract.message.ResultKind.NOTIFICATION : template.kind();
        ResultDocument doc = new ResultDocument(c.requestId, c.requestId + "-" + c.documentVersion, kind, c.variantCode,
                c.providerId, c.applicantIin, title, fields, refusal ? c.draftReasonCode : null,
                refusal ? c.draftGround : null, signer.iin, role.name(), issued);
        return EnvelopeCodec.encode(doc);
    }

    private static Object value(String name, ServiceCase c, ServiceRequest request, PersonRecord person, JsonNode card,
            JsonNode details, Provider provider, Officer signer, LocalDate date) {
        return switch (name) {
            case "number" -> c.incomingNumber + "-R" + c.documentVersion;
            case "date" -> date.toString();
            case "iin" -> c.applicantIin;
            case "fullName" -> person != null ? fullName(person.surname(), person.givenName(), person.patronymic())
                    : fullName(request.applicant().surname(), request.applicant().givenName(), request.applicant().patronymic());
            case "providerName", "districtDepartment" -> provider.name;
            case "signedBy" -> signer.fullName();
            case "grounds" -> c.draftGround;
            case "registrationDate" -> card != null && card.hasNonNull("registeredAt") ? card.get("registeredAt").asText()
                    : date.toString();
            default -> from(details, name) != null ? from(details, name)
                    : from(request.form(), name) != null ? from(request.form(), name) : from(card, name);
        };
    }

    private static String from(JsonNode node, String name) {
        return node != null && node.hasNonNull(name) ? node.get(name).asText() : null;
    }

    private static void put(ObjectNode fields, String name, Object value) {
        if (value == null) {
            fields.putNull(name);
        } else {
            fields.put(name, value.toString());
        }
    }

    private static String fullName(String surname, String given, String patronymic) {
        return surname + " " + given + (patronymic == null ? "" : " " + patronymic);
    }

    private static JsonNode card(String json) {
        try {
            return json == null ? null : EnvelopeCodec.json().readTree(json);
        } catch (IOException e) {
            return null;
        }
    }
}
