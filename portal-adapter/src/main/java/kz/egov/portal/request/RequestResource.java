package kz.egov.portal.request;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;
import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.portal.account.Citizen;
import kz.egov.portal.account.Sessions;
import kz.egov.portal.cabinet.StoredResult;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The citizen's requests: drafts to sign, signed submissions, the cabinet's list and history, withdrawal, results. */
@Path("/api/requests")
@Produces(MediaType.APPLICATION_JSON)
public class RequestResource {

    /** A draft without files (JSON). */
    public record DraftForm(String serviceCode, JsonNode form) {
    }

    /** A withdrawal, with an optional comment. */
    public record WithdrawalForm(String comment) {
    }

    /** The result as the cabinet hands it out: the exact signed bytes and the officer's CMS, both base64. */
    public record ResultView(String documentId, String requestId, String kind, String title, String signerName,
            String signerOrganisation, String signerBin, String document, String signature, Instant receivedAt) {
    }

    private final Sessions sessions;
    private final Drafting drafting;
    private final Submission submission;
    private final Withdrawal withdrawal;
    private final Cabinet cabinet;

    RequestResource(Sessions sessions, Drafting drafting, Submission submission, Withdrawal withdrawal,
            Cabinet cabinet) {
        this.sessions = sessions;
        this.drafting = drafting;
        this.submission = submission;
        this.withdrawal = withdrawal;
        this.cabinet = cabinet;
    }

    @POST
    @Path("/drafts")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response draft(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, DraftForm form) {
        Citizen c = sessions.require(authorization);
        if (form == null) {
            throw new RejectedException(ReasonCode.VALIDATION_FAILED, "serviceCode and form are required");
        }
        return Response.status(201).entity(drafting.create(c, form.serviceCode(), form.form(), List.of())).build();
    }

    /** A draft with files: part {@code serviceCode}, part {@code form} (JSON), one part per file named by its document code. */
    @POST
    @Path("/drafts")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response draftWithFiles(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @RestForm("serviceCode") String serviceCode, @RestForm("form") String form,
            @RestForm(FileUpload.ALL) List<FileUpload> files) {
        Citizen c = sessions.require(authorization);
        JsonNode tree;
        try {
            tree = form == null ? null : EnvelopeCodec.json().readTree(form);
        } catch (IOException e) {
            throw new RejectedException(ReasonCode.VALIDATION_FAILED, "part form is not JSON");
        }
        List<Upload> uploads = new ArrayList<>();
        for (FileUpload f : files == null ? List.<FileUpload>of() : files) {
            if (f.fileName() == null || "form".equals(f.name()) || "serviceCode".equals(f.name())) {
                continue;
            }
            try {
                uploads.add(new Upload(f.name(), f.fileName(), f.contentType(), Files.readAllBytes(f.uploadedFile())));
            } catch (IOException e) {
                throw new RejectedException(ReasonCode.VALIDATION_FAILED, "unreadable file " + f.fileName());
            }
        }
        return Response.status(201).entity(drafting.create(c, serviceCode, tree, uploads)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam("Idempotency-Key") String idempotencyKey, Submission.Signed signed) {
        Citizen c = sessions.require(authorization);
        SubmissionView v = submission.submit(c, signed, idempotencyKey);
        return Response.status(201).entity(v).header("Location", "/api/requests/" + v.requestId()).build();
    }

    @GET
    public List<RequestView> list(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return cabinet.list(sessions.require(authorization));
    }

    @GET
    @Path("/{id}")
    public RequestView one(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id) {
        return cabinet.one(sessions.require(authorization), id);
    }

    @POST
    @Path("/{id}/withdrawal")
    @Consumes(MediaType.WILDCARD)
    public RequestView withdraw(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id,
            byte[] body) {
        Citizen c = sessions.require(authorization);
        withdrawal.withdraw(c, id, comment(body));
        return cabinet.one(c, id);
    }

    /** The optional JSON body of a withdrawal: {@code {"comment": "..."}}. */
    private static String comment(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            WithdrawalForm form = EnvelopeCodec.json().readValue(body, WithdrawalForm.class);
            return form.comment() == null ? null : form.comment().substring(0, Math.min(500, form.comment().length()));
        } catch (IOException e) {
            throw new RejectedException(ReasonCode.VALIDATION_FAILED, "the body must be {\"comment\": \"...\"} or empty");
        }
    }

    @GET
    @Path("/{id}/result")
    public ResultView result(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id) {
        StoredResult r = cabinet.result(sessions.require(authorization), id);
        Base64.Encoder b64 = Base64.getEncoder();
        return new ResultView(r.documentId(), r.requestId(), r.kind(), r.title(), r.signerName(), r.signerOrganisation(),
                r.signerBin(), b64.encodeToString(r.body()), b64.encodeToString(r.signature()), r.receivedAt());
    }

    /** The result document's exact bytes (what the officer signed), for download. */
    @GET
    @Path("/{id}/result/document")
    @Produces(MediaType.APPLICATION_JSON)
    public Response resultDocument(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("id") String id) {
        StoredResult r = cabinet.result(sessions.require(authorization), id);
        return Response.ok(r.body(), MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + r.documentId() + ".json\"").build();
    }

    /** The officer's detached CMS over the document (DER), for download. */
    @GET
    @Path("/{id}/result/signature")
    @Produces("application/pkcs7-signature")
    public Response resultSignature(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("id") String id) {
        StoredResult r = cabinet.result(sessions.require(authorization), id);
        return Response.ok(r.signature(), "application/pkcs7-signature")
                .header("Content-Disposition", "attachment; filename=\"" + r.documentId() + ".p7s\"").build();
    }
}
