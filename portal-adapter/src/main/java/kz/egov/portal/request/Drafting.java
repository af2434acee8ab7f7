package kz.egov.portal.request;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import kz.egov.contract.id.Ids;
import kz.egov.catalog.model.BaseService;
import kz.egov.catalog.model.ChecklistDocument;
import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.envelope.SealInput;
import kz.egov.contract.message.Applicant;
import kz.egov.contract.message.AttachmentRef;
import kz.egov.contract.message.Channel;
import kz.egov.contract.message.ServiceRequest;
import kz.egov.contract.message.SignerRole;
import kz.egov.contract.message.Submitter;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.contract.schema.BodyValidator;
import kz.egov.portal.account.Citizen;
import kz.egov.portal.catalog.PortalCatalog;
import kz.egov.portal.config.PortalConfig;
import kz.egov.portal.gateway.GatewayClient;

/**
 * Process 3 of the regulations: the citizen picks the service and fills the form. The portal checks the form,
 * uploads the attachments to the gateway's store and fixes the request document the citizen is to sign (process 4).
 */
@ApplicationScoped
public class Drafting {

    private final PortalCatalog catalog;
    private final AttachmentRules rules;
    private final GatewayClient gateway;
    private final Drafts drafts;
    private final Clock clock;
    private final Duration lifetime;

    Drafting(PortalCatalog catalog, AttachmentRules rules, GatewayClient gateway, Drafts drafts, Clock clock,
            PortalConfig config) {
        this.catalog = catalog;
        this.rules = rules;
        this.gateway = gateway;
        this.drafts = drafts;
        this.clock = clock;
        this.lifetime = config.portal().draftDuration();
    }

    public DraftView create(Citizen citizen, String serviceCode, JsonNode form, List<Upload> uploads) {
        if (serviceCode == null || serviceCode.isBlank()) {
            throw new RejectedException(ReasonCode.VALIDATION_FAILED, "serviceCode is required");
        }
        BaseService base = catalog.requirePortal(serviceCode);
        FormCheck.check(form, base.formFields(), citizen.iin());
        Set<String> codes = base.documentChecklist() == null ? Set.of()
                : base.documentChecklist().documents().stream().map(ChecklistDocument::code).collect(Collectors.toSet());
        rules.check(uploads, codes);
        List<AttachmentRef> refs = new ArrayList<>();
        for (Upload u : uploads) {
            GatewayClient.StoredFile stored = gateway.upload(u.content(), AttachmentRules.mediaType(u.mediaType()));
            if (!stored.sha256().equalsIgnoreCase(SealInput.sha256Hex(u.content())) || stored.size() != u.content().length) {
                throw new RejectedException(ReasonCode.MSG_ATTACHMENT_HASH_MISMATCH, "the store holds other bytes");
            }
            refs.add(new AttachmentRef(stored.sha256(), stored.size(), stored.mediaType(), fileName(u), u.documentCode()));
        }
        Instant now = clock.instant();
        ServiceRequest request = new ServiceRequest(Ids.next(), serviceCode, Channel.PORTAL,
                new Applicant(citizen.iin(), or(citizen.surname(), text(form, "lastName")),
                        or(citizen.givenName(), text(form, "firstName")), citizen.patronymic(),
                        text(form, "phone"), text(form, "email")),
                new Submitter(SignerRole.CITIZEN, citizen.iin(), null), form, refs, citizen.language(), now,
                null, null);
        byte[] document = EnvelopeCodec.encode(request);
        BodyValidator.validate(MessageType.SERVICE_REQUEST, document);
        Draft draft = new Draft(Ids.next(), request.requestId(), citizen.iin(), serviceCode, document,
                now.plus(lifetime));
        QuarkusTransaction.requiringNew().run(() -> drafts.create(draft));
        return view(draft, refs);
    }

    static DraftView view(Draft d, List<AttachmentRef> refs) {
        return new DraftView(d.id(), d.requestId(), d.serviceCode(), Base64.getEncoder().encodeToString(d.document()),
                SealInput.sha256Hex(d.document()), refs, d.expiresAt());
    }

    private static String fileName(Upload u) {
        String name = u.fileName() == null || u.fileName().isBlank() ? u.documentCode() : u.fileName();
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    private static String or(String a, String b) {
        return a != null ? a : b == null ? "" : b;
    }

    private static String text(JsonNode form, String field) {
        JsonNode v = form.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }
}
