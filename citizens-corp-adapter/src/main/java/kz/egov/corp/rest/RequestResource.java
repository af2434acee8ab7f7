package kz.egov.corp.rest;

import java.util.Base64;
import java.util.List;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.corp.handover.HandOver;
import kz.egov.corp.handover.HandOverForm;
import kz.egov.corp.handover.HandOverRecord;
import kz.egov.corp.handover.UnclaimedResult;
import kz.egov.corp.operator.Sessions;
import kz.egov.corp.operator.SignedIn;
import kz.egov.corp.receipt.Receipts;
import kz.egov.corp.request.DeskRequest;
import kz.egov.corp.request.DeskRequests;
import kz.egov.corp.request.Timeline;
import kz.egov.corp.tracking.PackageTracker;
import kz.egov.eds.identity.Iin;

/**
 * Status enquiry at the desk (by receipt number or the citizen's IIN), the officer-signed result, hand-over, the
 * unclaimed results and the receipts given; all within the operator's branch (another branch's is 404).
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class RequestResource {

    /** The officer-signed result: the document's exact bytes and the officer's CMS, base64. */
    public record SignedResult(String requestId, String kind, String document, String signature) {
    }

    private final Sessions sessions;
    private final DeskRequests requests;
    private final Timeline timeline;
    private final PackageTracker tracker;
    private final HandOver handOver;
    private final Receipts receipts;

    RequestResource(Sessions sessions, DeskRequests requests, Timeline timeline, PackageTracker tracker,
            HandOver handOver, Receipts receipts) {
        this.sessions = sessions;
        this.requests = requests;
        this.timeline = timeline;
        this.tracker = tracker;
        this.handOver = handOver;
        this.receipts = receipts;
    }

    @GET
    @Path("/requests")
    @Transactional
    public List<RequestView> enquire(@QueryParam("receiptNumber") String receiptNumber, @QueryParam("iin") String iin,
            @HeaderParam("Authorization") String authorization) {
        SignedIn desk = sessions.require(authorization);
        String branch = desk.branch().id();
        List<DeskRequest> found;
        if (receiptNumber != null && !receiptNumber.isBlank()) {
            found = requests.byReceipt(branch, receiptNumber.trim()).stream().toList();
        } else if (iin != null && !iin.isBlank()) {
            Iin.of(iin.trim());
            found = requests.byApplicant(branch, iin.trim());
        } else {
            throw new RejectedException(ReasonCode.VALIDATION_FAILED, "receiptNumber or iin required");
        }
        return found.stream().map(r -> RequestView.of(r, timeline.of(r.requestId()), tracker.locate(r))).toList();
    }

    @GET
    @Path("/requests/{requestId}")
    @Transactional
    public RequestView request(@PathParam("requestId") String requestId,
            @HeaderParam("Authorization") String authorization) {
        SignedIn desk = sessions.require(authorization);
        DeskRequest r = requests.require(desk.branch().id(), requestId);
        return RequestView.of(r, timeline.of(requestId), tracker.locate(r));
    }

    @GET
    @Path("/requests/{requestId}/result")
    @Transactional
    public SignedResult result(@PathParam("requestId") String requestId,
            @HeaderParam("Authorization") String authorization) {
        SignedIn desk = sessions.require(authorization);
        DeskRequest r = requests.require(desk.branch().id(), requestId);
        byte[][] result = requests.result(requestId)
                .orElseThrow(() -> new RejectedException(ReasonCode.NOT_FOUND, "no result yet"));
        Base64.Encoder b64 = Base64.getEncoder();
        return new SignedResult(requestId, r.resultKind(), b64.encodeToString(result[0]), b64.encodeToString(result[1]));
    }

    @POST
    @Path("/requests/{requestId}/hand-over")
    @Consumes(MediaType.APPLICATION_JSON)
    public HandOverRecord handOver(@PathParam("requestId") String requestId, HandOverForm form,
            @HeaderParam("Authorization") String authorization) {
        return handOver.handOver(sessions.require(authorization), requestId, form);
    }

    @GET
    @Path("/results/unclaimed")
    public List<UnclaimedResult> unclaimed(@QueryParam("minAgeDays") @DefaultValue("0") int minAgeDays,
            @HeaderParam("Authorization") String authorization) {
        return handOver.unclaimed(sessions.require(authorization), minAgeDays);
    }

    @GET
    @Path("/receipts/{number}")
    @Transactional
    public Receipts.Stored receipt(@PathParam("number") String number,
            @HeaderParam("Authorization") String authorization) {
        SignedIn desk = sessions.require(authorization);
        return receipts.find(desk.branch().id(), number)
                .orElseThrow(() -> new RejectedException(ReasonCode.NOT_FOUND, "no receipt " + number + " at this branch"));
    }
}
