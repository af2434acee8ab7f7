package kz.egov.mio.inbox;

import java.time.Clock;
import java.util.Base64;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import kz.egov.contract.id.Ids;
import kz.egov.catalog.ServiceCatalog;
import kz.egov.contract.message.Channel;
import kz.egov.catalog.model.ProviderType;
import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.message.Applicant;
import kz.egov.contract.message.ServiceRequest;
import kz.egov.contract.message.SignerRole;
import kz.egov.contract.message.Submitter;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.contract.topic.Topics;
import kz.egov.eds.identity.ChannelRules;
import kz.egov.eds.identity.Iin;
import kz.egov.eds.verify.EdsVerifier;
import kz.egov.eds.verify.VerifiedSignature;
import kz.egov.mio.audit.AuditLog;
import kz.egov.mio.officer.Officer;
import kz.egov.mio.officer.OfficerRole;
import kz.egov.mio.provider.Provider;
import kz.egov.mio.provider.Providers;
import kz.egov.platform.config.PlatformConfig;
import kz.egov.platform.messaging.EnvelopeSender;

/**
 * Walk-in entry (provider office / district department): the officer keys in a citizen's request, signs the exact
 * request document with their own EDS, and it goes to the gateway like any other request (condition 2 for officers,
 * ГБД ФЛ), which routes it back here to follow the same workflow. The request is submitted, and its signature
 * checked, in real time (the plain clock): the workflow's time starts when the request comes back.
 */
@ApplicationScoped
public class WalkIns {

    /** The request as keyed in. */
    public record Entry(String serviceCode, Applicant applicant, JsonNode form, String language, String packageId) {
    }

    /** The document to sign. */
    public record Prepared(String requestId, String document) {
    }

    private final EntityManager em;
    private final Providers providers;
    private final ServiceCatalog catalog;
    private final EdsVerifier verifier;
    private final EnvelopeSender sender;
    private final AuditLog audit;
    private final Clock clock;
    private final String gatewayId;

    WalkIns(EntityManager em, Providers providers, ServiceCatalog catalog, EdsVerifier verifier, EnvelopeSender sender,
            AuditLog audit, Clock clock, PlatformConfig platform) {
        this.em = em;
        this.providers = providers;
        this.catalog = catalog;
        this.verifier = verifier;
        this.sender = sender;
        this.audit = audit;
        this.clock = clock;
        this.gatewayId = platform.gatewayId();
    }

    @Transactional
    public Prepared prepare(Officer o, Entry entry) {
        if (!o.has(OfficerRole.REGISTRAR) && !o.has(OfficerRole.SPECIALIST)) {
            throw new RejectedException(ReasonCode.REQ_WRONG_ROLE, "the office clerk or a specialist keys in requests");
        }
        if (entry == null || entry.serviceCode() == null || entry.applicant() == null || entry.applicant().iin() == null) {
            throw new RejectedException(ReasonCode.VALIDATION_FAILED, "serviceCode and applicant are required");
        }
        Iin.of(entry.applicant().iin());
        Provider provider = providers.require(o.providerId);
        Channel channel = officeChannel(entry.serviceCode(), provider);
        ServiceRequest request = new ServiceRequest(Ids.next(), entry.serviceCode(), channel, entry.applicant(),
                new Submitter(SignerRole.OFFICER, o.iin, provider.bin),
                entry.form() == null ? EnvelopeCodec.json().createObjectNode() : entry.form(), List.of(),
                "kk".equals(entry.language()) ? "kk" : "ru", clock.instant(), entry.packageId(), null);
        WalkInDraft d = new WalkInDraft();
        d.requestId = request.requestId();
        d.officerId = o.id;
        d.providerId = provider.id;
        d.document = EnvelopeCodec.encode(request);
        d.channel = channel.name();
        em.persist(d);
        audit.record(o, d.requestId, "WALK_IN_ENTERED", AuditLog.OK, entry.serviceCode());
        return new Prepared(d.requestId, Base64.getEncoder().encodeToString(d.document));
    }

    /** The officer's CMS over the document: verified (signer = this officer, BIN = this provider), then sent. */
    public void submit(Officer o, String requestId, String signatureBase64) {
        try {
            send(o, requestId, signatureBase64);
        } catch (RejectedException refused) {
            audit.refused(o, requestId, "WALK_IN_SUBMITTED", refused.reason().code(), refused.detail());
            throw refused;
        }
    }

    @Transactional
    void send(Officer o, String requestId, String signatureBase64) {
        WalkInDraft d = em.find(WalkInDraft.class, requestId);
        if (d == null || !d.officerId.equals(o.id)) {
            throw new RejectedException(ReasonCode.NOT_FOUND, "no walk-in request " + requestId);
        }
        if (d.submittedAt != null) {
            throw new RejectedException(ReasonCode.CONFLICT, "already submitted");
        }
        byte[] cms;
        try {
            cms = Base64.getDecoder().decode(signatureBase64 == null ? "" : signatureBase64.trim());
        } catch (IllegalArgumentException e) {
            throw new RejectedException(ReasonCode.EDS_MALFORMED, "the signature is not base64");
        }
        Provider provider = providers.require(d.providerId);
        VerifiedSignature verified = verifier.verify(d.document, cms, clock.instant(),
                kz.egov.contract.message.SignerRole.OFFICER);
        ChannelRules.checkActingOfficer(verified.signer(), o.iin, provider.bin);
        ServiceRequest request = EnvelopeCodec.decode(d.document, ServiceRequest.class);
        sender.sendSigned(Topics.TO_GATEWAY, provider.id, gatewayId, MessageType.SERVICE_REQUEST,
                request.serviceCode(), request.requestId(), null, d.document, cms);
        d.submittedAt = clock.instant();
        audit.record(o, requestId, "WALK_IN_SUBMITTED", AuditLog.OK, request.serviceCode());
    }

    /**
     * How this office takes the service, by its region's variant: its own (PROVIDER_OFFICE), or for the body that
     * provides it where the variant names this kind of office its front office (VIA_OTHER_BODY, V12's employment
     * centre for the akimat); otherwise not here.
     */
    private Channel officeChannel(String serviceCode, Provider provider) {
        if (catalog.findBaseService(serviceCode).isEmpty()) {
            throw new RejectedException(ReasonCode.SERVICE_UNKNOWN, "no base service " + serviceCode);
        }
        ProviderType type = ProviderType.valueOf(provider.providerType);
        java.util.Optional<kz.egov.catalog.model.Variant> regional = catalog.variantFor(serviceCode, provider.kato)
                .filter(v -> !v.partial());
        if (regional.filter(v -> v.providerType() == type && v.hasChannel(Channel.PROVIDER_OFFICE)).isPresent()) {
            return Channel.PROVIDER_OFFICE;
        }
        if (regional.filter(v -> v.hasChannel(Channel.VIA_OTHER_BODY) && v.organisations().stream()
                .anyMatch(org -> org.type() == type && "FRONT_OFFICE".equals(org.part()))).isPresent()) {
            return Channel.VIA_OTHER_BODY;
        }
        throw new RejectedException(ReasonCode.SERVICE_NOT_ON_CHANNEL,
                serviceCode + " is not taken at a " + provider.providerType + " office in " + provider.kato);
    }
}
