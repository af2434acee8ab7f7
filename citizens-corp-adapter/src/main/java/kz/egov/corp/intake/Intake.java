package kz.egov.corp.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.quarkus.narayana.jta.QuarkusTransaction;
import kz.egov.contract.id.Ids;
import kz.egov.catalog.ServiceCatalog;
import kz.egov.catalog.calendar.WorkingCalendar;
import kz.egov.catalog.model.BaseService;
import kz.egov.contract.message.Channel;
import kz.egov.catalog.model.ChecklistDocument;
import kz.egov.catalog.model.DocumentChecklist;
import kz.egov.catalog.model.RefusalToAccept;
import kz.egov.catalog.model.Variant;
import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.envelope.SealInput;
import kz.egov.contract.message.Applicant;
import kz.egov.contract.message.AttachmentRef;
import kz.egov.contract.message.PersonRecord;
import kz.egov.contract.message.ServiceRequest;
import kz.egov.contract.message.SignerRole;
import kz.egov.contract.message.Submitter;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.corp.branch.BranchServices;
import kz.egov.corp.gateway.GatewayClient;
import kz.egov.corp.operator.SignedIn;
import kz.egov.corp.receipt.DocumentLine;
import kz.egov.corp.receipt.ReceiptNumbers;
import kz.egov.corp.receipt.Receipts;
import kz.egov.corp.receipt.RefusalReceipt;
import kz.egov.corp.request.DeskRequests;
import kz.egov.corp.request.Timeline;
import kz.egov.eds.identity.Iin;
import kz.egov.eds.identity.IinMask;
import org.jboss.logging.Logger;

/**
 * Accepting a package at the desk of ИС ЦОН: the citizen checked in ГБД ФЛ through the gateway, the service offered
 * at this branch, the package checked against the checklist. Incomplete or expired: a refusal-to-accept receipt,
 * stored, nothing forwarded. Complete: scans go to the gateway's attachment store and the exact request document is
 * drafted for the operator's EDS.
 */
@ApplicationScoped
public class Intake {

    private static final Logger LOG = Logger.getLogger(Intake.class);

    private final GatewayClient gateway;
    private final BranchServices services;
    private final ServiceCatalog catalog;
    private final WorkingCalendar calendar;
    private final ScanRules scanRules;
    private final ReceiptNumbers numbers;
    private final Receipts receipts;
    private final DeskRequests requests;
    private final Timeline timeline;
    private final Clock clock;

    Intake(GatewayClient gateway, BranchServices services, ServiceCatalog catalog, WorkingCalendar calendar,
            ScanRules scanRules, ReceiptNumbers numbers, Receipts receipts, DeskRequests requests, Timeline timeline,
            Clock clock) {
        this.gateway = gateway;
        this.services = services;
        this.catalog = catalog;
        this.calendar = calendar;
        this.scanRules = scanRules;
        this.numbers = numbers;
        this.receipts = receipts;
        this.requests = requests;
        this.timeline = timeline;
        this.clock = clock;
    }

    public IntakeResult accept(SignedIn desk, PackageForm form, List<Scan> scans) {
        if (form == null || form.serviceCode() == null) {
            throw new RejectedException(ReasonCode.VALIDATION_FAILED, "citizenIin and serviceCode are required");
        }
        Iin.of(form.citizenIin());
        PersonRecord person = citizen(desk, form.citizenIin());
        Variant variant = services.variantAtDesk(desk.branch(), form.serviceCode(), person.addressKato());
        BaseService base = catalog.baseService(form.serviceCode());
        DocumentChecklist checklist = variant.documentChecklist() != null ? variant.documentChecklist()
                : base.documentChecklist();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, calendar.zone());
        PackageCheck.Result check = PackageCheck.check(checklist.documents(), form.items(), today);
        scanRules.check(scans);
        // a refusal to accept only where the variant's text gives the State Corporation one, on the grounds it names
        // (V09: an incomplete package, not expired documents); elsewhere (V04, V10, V11) the desk accepts what is
        // presented and the provider decides
        RefusalToAccept atDesk = BranchServices.refusesAtDesk(variant) ? variant.refusalToAccept() : null;
        if (atDesk != null && (!check.missing().isEmpty() && atDesk.on(ReasonCode.PKG_DOCUMENTS_MISSING)
                || !check.expired().isEmpty() && atDesk.on(ReasonCode.PKG_DOCUMENTS_EXPIRED))) {
            return new IntakeResult(refuse(desk, person, base, variant, atDesk, check, now), null);
        }
        Map<String, Scan> byName = scansByName(scans);
        List<AttachmentRef> attachments = new ArrayList<>();
        List<DocumentLine> lines = new ArrayList<>();
        List<PackageCheck.Checked> presented = new ArrayList<>(check.accepted());
        presented.addAll(check.expired());
        for (PackageCheck.Checked c : presented) {
            Scan scan = byName.get(c.item().scan());
            if (scan == null) {
                throw new RejectedException(ReasonCode.VALIDATION_FAILED, "document " + c.document().code()
                        + " has no scan among the uploaded files (items[].scan = the file name)");
            }
            GatewayClient.StoredFile stored = gateway.upload(desk.branch().id(), scan.content(), ScanRules.mediaType(scan));
            attachments.add(new AttachmentRef(stored.sha256(), stored.size(), stored.mediaType(), scan.fileName(),
                    c.document().code()));
            lines.add(line(c.document(), c.item().expiresOn(), stored.sha256()));
        }
        return new IntakeResult(null, draft(desk, form, person, variant, attachments, lines, now));
    }

    private PersonRecord citizen(SignedIn desk, String iin) {
        PersonRecord p = gateway.walkIn(desk.branch().id(), iin, desk.operator().iin()).orElseThrow(() ->
                new RejectedException(ReasonCode.PERSON_NOT_FOUND, "citizen " + IinMask.mask(iin) + " is not in ГБД ФЛ"));
        if (p.deceased()) {
            throw new RejectedException(ReasonCode.PERSON_DECEASED, "ГБД ФЛ records " + IinMask.mask(iin) + " as deceased");
        }
        if (p.addressKato() == null) {
            throw new RejectedException(ReasonCode.PERSON_NO_REGISTERED_ADDRESS, "no registered address in ГБД ФЛ");
        }
        return p;
    }

    /** The receipt of a refusal to accept, on the grounds the variant's text gives (and only those), in its words. */
    private RefusalReceipt refuse(SignedIn desk, PersonRecord person, BaseService base, Variant variant,
            RefusalToAccept refusal, PackageCheck.Result check, Instant now) {
        boolean missing = !check.missing().isEmpty() && refusal.on(ReasonCode.PKG_DOCUMENTS_MISSING);
        boolean expired = !check.expired().isEmpty() && refusal.on(ReasonCode.PKG_DOCUMENTS_EXPIRED);
        List<String> reasons = new ArrayList<>();
        if (missing) {
            reasons.add(ReasonCode.PKG_DOCUMENTS_MISSING.code());
        }
        if (expired) {
            reasons.add(ReasonCode.PKG_DOCUMENTS_EXPIRED.code());
        }
        String grounds = refusal.grounds() + " (" + variant.code() + ", " + refusal.lines() + ")";
        return QuarkusTransaction.requiringNew().call(() -> {
            String number = numbers.next(desk.branch().id(), now, calendar.zone());
            RefusalReceipt receipt = new RefusalReceipt(number, now, desk.branch().id(), desk.branch().name(),
                    desk.operator().fullName(), person.iin(), fullName(person), base.code(), base.names().ru(),
                    base.names().kk(), variant.code(),
                    missing ? check.missing().stream().map(d -> line(d, null, null)).toList() : List.of(),
                    expired ? check.expired().stream().map(c -> line(c.document(), c.item().expiresOn(), null)).toList()
                            : List.of(),
                    reasons, grounds);
            receipts.store(desk.branch().id(), number, Receipts.REFUSAL, null, null, person.iin(), now, receipt);
            LOG.infof("refusal to accept %s at %s for %s: %s", number, desk.branch().id(), IinMask.mask(person.iin()),
                    reasons);
            return receipt;
        });
    }

    private Draft draft(SignedIn desk, PackageForm form, PersonRecord person, Variant variant,
            List<AttachmentRef> attachments, List<DocumentLine> lines, Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> {
            String requestId = Ids.next();
            String packageId = desk.branch().id() + "-PKG-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
            String number = numbers.next(desk.branch().id(), now, calendar.zone());
            ServiceRequest request = new ServiceRequest(requestId, form.serviceCode(),
                    Channel.STATE_CORPORATION,
                    new Applicant(person.iin(), person.surname(), person.givenName(), person.patronymic(), form.phone(),
                            form.email()),
                    new Submitter(SignerRole.OPERATOR, desk.operator().iin(), desk.branch().bin()),
                    form.form() == null ? JsonNodeFactory.instance.objectNode() : form.form(), attachments,
                    "kk".equals(form.language()) ? "kk" : "ru", now, packageId, number);
            byte[] document = EnvelopeCodec.encode(request);
            requests.insertDraft(requestId, packageId, desk.branch().id(), desk.operator().id(), number, person.iin(),
                    fullName(person), form.serviceCode(), variant.code(), lines, document);
            timeline.append(requestId, "PACKAGE_ACCEPTED_FOR_SIGNING", "receipt " + number + ", package " + packageId,
                    null);
            Instant due = calendar.deadline(now, variant.term(Channel.STATE_CORPORATION));
            return new Draft(packageId, requestId, number, form.serviceCode(), variant.code(),
                    Base64.getEncoder().encodeToString(document), SealInput.sha256Hex(document), due);
        });
    }

    static DocumentLine line(ChecklistDocument d, LocalDate expiresOn, String sha256) {
        return new DocumentLine(d.code(), d.names().ru(), d.names().kk(), expiresOn, sha256);
    }

    static String fullName(PersonRecord p) {
        return p.surname() + " " + p.givenName() + (p.patronymic() == null ? "" : " " + p.patronymic());
    }

    private static Map<String, Scan> scansByName(List<Scan> scans) {
        Map<String, Scan> byName = new HashMap<>();
        scans.forEach(s -> byName.put(s.fileName(), s));
        return byName;
    }
}
