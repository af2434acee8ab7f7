package kz.egov.corp.handover;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import kz.egov.catalog.calendar.WorkingCalendar;
import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.message.StatusChange;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.contract.status.BusinessStatus;
import kz.egov.contract.status.StatusMachine;
import kz.egov.contract.topic.Topics;
import kz.egov.corp.operator.SignedIn;
import kz.egov.corp.request.DeskRequest;
import kz.egov.corp.request.DeskRequests;
import kz.egov.corp.request.Timeline;
import kz.egov.eds.identity.Iin;
import kz.egov.eds.identity.IinMask;
import kz.egov.platform.config.PlatformConfig;
import kz.egov.platform.messaging.EnvelopeSender;

/**
 * Handing the officer-signed result to the citizen, in person (the identity document's IIN checked against the
 * request) or by e-mail; and the results nobody collected yet, with their age.
 */
@ApplicationScoped
public class HandOver {

    public static final String IN_PERSON = "IN_PERSON";
    public static final String EMAIL = "EMAIL";

    private final DeskRequests requests;
    private final EnvelopeSender sender;
    private final Timeline timeline;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final String gatewayId;

    HandOver(DeskRequests requests, EnvelopeSender sender, Timeline timeline, WorkingCalendar calendar, Clock clock,
            PlatformConfig platform) {
        this.requests = requests;
        this.sender = sender;
        this.timeline = timeline;
        this.calendar = calendar;
        this.clock = clock;
        this.gatewayId = platform.gatewayId();
    }

    @Transactional
    public HandOverRecord handOver(SignedIn desk, String requestId, HandOverForm form) {
        DeskRequest r = requests.require(desk.branch().id(), requestId);
        if (r.resultAt() == null) {
            throw new RejectedException(ReasonCode.REQ_ILLEGAL_TRANSITION, "no result has arrived for this request");
        }
        StatusMachine.transition(BusinessStatus.valueOf(r.businessStatus()), BusinessStatus.ISSUED);
        if (form == null || form.presentedIin() == null) {
            throw new RejectedException(ReasonCode.VALIDATION_FAILED, "presentedIin (from the identity document) required");
        }
        Iin.of(form.presentedIin());
        if (!form.presentedIin().equals(r.applicantIin())) {
            throw new RejectedException(ReasonCode.REGISTRY_IDENTITY_MISMATCH, "presented identity "
                    + IinMask.mask(form.presentedIin()) + " is not the applicant's");
        }
        String method = form.method() == null ? IN_PERSON : form.method();
        if (!IN_PERSON.equals(method) && !EMAIL.equals(method)) {
            throw new RejectedException(ReasonCode.VALIDATION_FAILED, "method is IN_PERSON or EMAIL");
        }
        String email = EMAIL.equals(method) ? form.email() : null;
        if (EMAIL.equals(method) && (email == null || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            throw new RejectedException(ReasonCode.VALIDATION_FAILED, "a valid e-mail address is required");
        }
        Instant now = clock.instant();
        requests.issued(requestId, desk.operator().id(), now, method, email);
        timeline.append(requestId, "ISSUED", method + " by " + desk.operator().login(), null);
        // the provider learns that its result reached the citizen (the regulation's last step is the operator's)
        sender.send(Topics.TO_GATEWAY, r.branchId(), gatewayId, MessageType.STATUS_CHANGE, r.serviceCode(), requestId,
                null, new StatusChange(requestId, BusinessStatus.ISSUED, now, "OPERATOR",
                        IN_PERSON.equals(method) ? "выдано в ЦОН" : "направлено по электронной почте", null, null));
        return new HandOverRecord(requestId, r.receiptNumber(), desk.operator().fullName(), now, method, email,
                BusinessStatus.ISSUED.name());
    }

    @Transactional
    public List<UnclaimedResult> unclaimed(SignedIn desk, int minAgeDays) {
        Instant now = clock.instant();
        return requests.unclaimed(desk.branch().id()).stream()
                .map(r -> new UnclaimedResult(r.requestId(), r.receiptNumber(), r.packageId(), r.applicantName(),
                        r.serviceCode(), r.resultKind(), r.resultAt(),
                        r.dueAt() == null ? null : r.dueAt().atZone(calendar.zone()).toLocalDate(),
                        Duration.between(r.resultAt(), now).toDays()))
                .filter(u -> u.ageDays() >= minAgeDays).toList();
    }
}
