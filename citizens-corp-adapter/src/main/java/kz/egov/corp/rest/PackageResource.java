package kz.egov.corp.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import kz.egov.contract.problem.Problem;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.corp.intake.Intake;
import kz.egov.corp.intake.IntakeResult;
import kz.egov.corp.intake.PackageForm;
import kz.egov.corp.intake.Scan;
import kz.egov.corp.operator.Sessions;
import kz.egov.corp.operator.SignedIn;
import kz.egov.corp.receipt.AcceptanceReceipt;
import kz.egov.corp.receipt.RefusalReceipt;
import kz.egov.corp.request.DeskRequests;
import kz.egov.corp.request.Submission;
import kz.egov.corp.tracking.PackageLocation;
import kz.egov.corp.tracking.PackageTracker;
import org.jboss.resteasy.reactive.PartType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The desk: a package is checked and either refused (a refusal-to-accept receipt, 422 problem+json carrying it) or
 * drafted for the operator's EDS; the signed draft is submitted; a package can be located at any time.
 */
@Path("/api/packages")
@Produces(MediaType.APPLICATION_JSON)
public class PackageResource {

    /** The operator's detached CMS (base64) over the draft's exact bytes. */
    public record SignatureForm(String signature) {
    }

    /** A problem (RFC 9457) that also carries the refusal receipt given to the citizen. */
    public record RefusalProblem(String type, String title, int status, String detail, String instance, String code,
            RefusalReceipt refusalReceipt) {
    }

    private final Sessions sessions;
    private final Intake intake;
    private final Submission submission;
    private final DeskRequests requests;
    private final PackageTracker tracker;

    PackageResource(Sessions sessions, Intake intake, Submission submission, DeskRequests requests,
            PackageTracker tracker) {
        this.sessions = sessions;
        this.intake = intake;
        this.submission = submission;
        this.requests = requests;
        this.tracker = tracker;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response accept(@HeaderParam("Authorization") String authorization,
            @HeaderParam("Accept-Language") String language,
            @RestForm("package") @PartType(MediaType.APPLICATION_JSON) PackageForm form,
            @RestForm("scan") List<FileUpload> scans) {
        SignedIn desk = sessions.require(authorization);
        IntakeResult result = intake.accept(desk, form, scans == null ? List.of() : scans.stream().map(PackageResource::scan).toList());
        if (!result.refused()) {
            return Response.status(201).entity(result.draft()).build();
        }
        RefusalReceipt receipt = result.refusal();
        ReasonCode reason = receipt.missing().isEmpty() ? ReasonCode.PKG_DOCUMENTS_EXPIRED : ReasonCode.PKG_DOCUMENTS_MISSING;
        String lang = language != null && language.toLowerCase().startsWith("kk") ? "kk" : "ru";
        Problem p = Problem.of(reason, "refusal to accept, receipt " + receipt.number(), "/api/packages", lang);
        return Response.status(reason.httpStatus()).type(Problem.MEDIA_TYPE)
                .entity(new RefusalProblem(p.type(), p.title(), p.status(), p.detail(), p.instance(), p.code(), receipt))
                .build();
    }

    @POST
    @Path("/{packageId}/submit")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(@PathParam("packageId") String packageId, SignatureForm form,
            @HeaderParam("Authorization") String authorization) {
        SignedIn desk = sessions.require(authorization);
        AcceptanceReceipt receipt = submission.submit(desk, packageId, form == null ? null : form.signature());
        return Response.status(201).entity(receipt).build();
    }

    @GET
    @Path("/{packageId}")
    @Transactional
    public PackageLocation locate(@PathParam("packageId") String packageId,
            @HeaderParam("Authorization") String authorization) {
        SignedIn desk = sessions.require(authorization);
        return tracker.locate(requests.requireByPackage(desk.branch().id(), packageId));
    }

    private static Scan scan(FileUpload f) {
        try {
            return new Scan(f.fileName(), f.contentType(), Files.readAllBytes(f.uploadedFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
