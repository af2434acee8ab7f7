package kz.egov.portal.catalog;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import kz.egov.catalog.ServiceCatalog;
import kz.egov.catalog.calendar.WorkingCalendar;
import kz.egov.catalog.model.BaseService;
import kz.egov.contract.message.Channel;
import kz.egov.catalog.model.MaxDuration;
import kz.egov.catalog.model.Names;
import kz.egov.catalog.model.Term;
import kz.egov.catalog.model.Variant;
import kz.egov.contract.message.PersonRecord;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.portal.gateway.GatewayClient;

/** The catalog on the portal channel (process 3: the citizen picks the service). */
@ApplicationScoped
public class PortalCatalog {

    private final ServiceCatalog catalog;
    private final WorkingCalendar calendar;
    private final GatewayClient gateway;
    private final Clock clock;

    PortalCatalog(ServiceCatalog catalog, WorkingCalendar calendar, GatewayClient gateway, Clock clock) {
        this.catalog = catalog;
        this.calendar = calendar;
        this.gateway = gateway;
        this.clock = clock;
    }

    public List<ServiceView> services(String language, boolean portalOnly) {
        return catalog.baseServices().stream().map(s -> view(s, language))
                .filter(v -> !portalOnly || v.availableOnPortal()).toList();
    }

    public ServiceView service(String code, String language) {
        return view(base(code), language);
    }

    /** A base service the citizen may submit here; SERVICE_NOT_ON_CHANNEL when it has no portal channel. */
    public BaseService requirePortal(String code) {
        BaseService base = base(code);
        if (portalVariants(code).isEmpty()) {
            throw new RejectedException(ReasonCode.SERVICE_NOT_ON_CHANNEL,
                    code + " has no portal channel in any region's regulation; apply at the State Corporation or the provider");
        }
        return base;
    }

    /** The citizen's own variant, from their registered address in ГБД ФЛ (a logged read through the gateway). */
    public VariantView variantOf(String serviceCode, String iin, String language) {
        requirePortal(serviceCode);
        PersonRecord person = gateway.signedInCitizen(iin).orElseThrow(() ->
                new RejectedException(ReasonCode.PERSON_NOT_FOUND, "the citizen is not in ГБД ФЛ"));
        if (person.addressKato() == null) {
            throw new RejectedException(ReasonCode.PERSON_NO_REGISTERED_ADDRESS, "no registered address in ГБД ФЛ");
        }
        Variant v = catalog.variantFor(serviceCode, person.addressKato()).orElseThrow(() ->
                new RejectedException(ReasonCode.ROUTE_NOT_FOUND, "no regulation of " + serviceCode + " for the citizen's region"))
                .requireComplete();
        boolean portal = v.hasChannel(Channel.PORTAL);
        Term term = portal ? v.term(Channel.PORTAL) : null;
        return new VariantView(serviceCode, v.code(), v.region() == null ? null : text(v.region().names(), language),
                v.providerType().name(), text(v.providerName(), language), portal,
                term == null ? List.of() : term.parts().stream().map(MaxDuration::shortForm).toList(),
                term == null || term.start() == null ? null : term.start().name(),
                dueAt(v, clock.instant()).orElse(null));
    }

    /** The due date of a request under a variant, counted in working time from {@code start}; empty without a term. */
    public Optional<Instant> dueAt(Variant v, Instant start) {
        if (!v.hasChannel(Channel.PORTAL) || v.term(Channel.PORTAL) == null || v.term(Channel.PORTAL).parts().isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(calendar.deadline(start, v.term(Channel.PORTAL)));
        } catch (RuntimeException outsideTheCalendar) {
            return Optional.empty(); // a year the working-day calendar does not configure
        }
    }

    public Optional<Variant> variant(String code) {
        return catalog.variants().stream().filter(v -> v.code().equals(code)).findFirst();
    }

    private BaseService base(String code) {
        return catalog.findBaseService(code).orElseThrow(() ->
                new RejectedException(ReasonCode.SERVICE_UNKNOWN, "no base service " + code));
    }

    private List<Variant> portalVariants(String code) {
        return catalog.variantsFor(code).stream().filter(v -> v.hasChannel(Channel.PORTAL)).toList();
    }

    private ServiceView view(BaseService s, String language) {
        List<Variant> portal = portalVariants(s.code());
        boolean available = !portal.isEmpty();
        List<ServiceView.Field> fields = s.formFields() == null ? List.of() : s.formFields().fields().stream()
                .map(f -> new ServiceView.Field(f.name(), f.type().name(), f.required(),
                        "kk".equals(language) ? f.labelKk() : f.labelRu(), f.options())).toList();
        List<ServiceView.Attachment> attachments = s.documentChecklist() == null ? List.of()
                : s.documentChecklist().documents().stream().map(d -> new ServiceView.Attachment(d.code(),
                        text(d.names(), language), d.required(), d.hasExpiry())).toList();
        Map<String, ServiceView.Result> results = new LinkedHashMap<>();
        for (Variant v : available ? portal : catalog.variantsFor(s.code())) {
            v.resultDocuments().forEach(r -> results.putIfAbsent(r.code(),
                    new ServiceView.Result(r.code(), r.kind().name(), text(r.names(), language))));
        }
        ReasonCode why = available ? null : ReasonCode.SERVICE_NOT_ON_CHANNEL;
        return new ServiceView(s.code(), text(s.names(), language), s.names().ru(), s.names().kk(), available,
                why == null ? null : why.code(), why == null ? null : why.text(language), fields, attachments,
                List.copyOf(results.values()), portal.stream().map(Variant::code).toList());
    }

    static String text(Names names, String language) {
        if (names == null) {
            return null;
        }
        String preferred = "kk".equals(language) ? names.kk() : names.ru();
        return preferred != null ? preferred : names.any();
    }
}
