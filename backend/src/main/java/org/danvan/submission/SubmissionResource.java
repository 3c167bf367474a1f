package org.danvan.submission;

import static org.danvan.common.TransitionRequest.reasonOf;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.danvan.common.Messages;
import org.danvan.common.PageRequest;
import org.danvan.common.PageView;
import org.danvan.common.Problems;
import org.danvan.common.QueryParams;
import org.danvan.common.Responses;
import org.danvan.common.TransitionRequest;
import org.danvan.common.Versions;
import org.danvan.export.XlsxDownload;
import org.danvan.security.Roles;
import org.danvan.submission.SubmissionDtos.AttachmentView;
import org.danvan.submission.SubmissionDtos.SubmissionCreate;
import org.danvan.submission.SubmissionDtos.SubmissionUpdate;
import org.danvan.submission.SubmissionDtos.SubmissionView;
import org.danvan.submission.SubmissionDtos.TransitionView;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Authenticated
@Path("/api/v1/submissions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SubmissionResource {

    private final SubmissionService service;
    private final AttachmentService attachments;
    private final SubmissionExports exports;

    public SubmissionResource(SubmissionService service, AttachmentService attachments, SubmissionExports exports) {
        this.service = service;
        this.attachments = attachments;
        this.exports = exports;
    }

    @GET
    public PageView<SubmissionView> listSubmissions(@QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("planId") String planId, @QueryParam("obligationId") String obligationId,
            @QueryParam("periodId") String periodId, @QueryParam("unitId") String unitId,
            @QueryParam("status") String status, @QueryParam("q") String q) {
        return service.listSubmissions(filter(planId, obligationId, periodId, unitId, status, q),
                PageRequest.of(page, size));
    }

    /** The list as an Excel file; {@code status=SUBMITTED} is the review queue. */
    @GET
    @Path("export")
    @Produces({XlsxDownload.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    public Response exportSubmissions(@QueryParam("planId") String planId,
            @QueryParam("obligationId") String obligationId, @QueryParam("periodId") String periodId,
            @QueryParam("unitId") String unitId, @QueryParam("status") String status, @QueryParam("q") String q,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return XlsxDownload.of(exports.submissions(filter(planId, obligationId, periodId, unitId, status, q),
                Messages.choose(language)));
    }

    private static SubmissionRepository.Filter filter(String planId, String obligationId, String periodId,
            String unitId, String status, String q) {
        return new SubmissionRepository.Filter(QueryParams.id(planId), QueryParams.id(obligationId),
                QueryParams.id(periodId), QueryParams.id(unitId),
                QueryParams.enumeration("status", status, SubmissionStatus.class), QueryParams.text("q", q, 200));
    }

    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR})
    @POST
    public Response createSubmission(@HeaderParam("Idempotency-Key") String idempotencyKey,
            @Valid @NotNull SubmissionCreate body, @Context UriInfo uri) {
        Optional<String> key = QueryParams.text("Idempotency-Key", idempotencyKey, 200);
        SubmissionService.Created created;
        try {
            created = service.createSubmission(body, key);
        } catch (RuntimeException e) {
            // a retry that raced its first attempt lost on the unique period and unit (or key): that
            // attempt has committed by now, so the key answers what it answered
            created = key.flatMap(k -> service.replay(k, body)).orElseThrow(() -> e);
        }
        SubmissionView submission = created.submission();
        return Responses.created(uri, submission.id(), submission, submission.version());
    }

    @GET
    @Path("{submissionId}")
    public Response getSubmission(@PathParam("submissionId") String submissionId) {
        SubmissionView submission = service.findSubmission(submissionId)
                .orElseThrow(() -> Problems.notFound("submission", submissionId));
        return Responses.ok(submission, submission.version());
    }

    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR})
    @PUT
    @Path("{submissionId}")
    public Response updateSubmission(@PathParam("submissionId") String submissionId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull SubmissionUpdate body) {
        SubmissionView submission = service.updateSubmission(submissionId, Versions.fromIfMatch(ifMatch), body);
        return Responses.ok(submission, submission.version());
    }

    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR})
    @DELETE
    @Path("{submissionId}")
    public void deleteSubmission(@PathParam("submissionId") String submissionId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.deleteSubmission(submissionId, Versions.fromIfMatch(ifMatch));
    }

    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR})
    @POST
    @Path("{submissionId}/submit")
    public Response submitSubmission(@PathParam("submissionId") String submissionId, @Valid TransitionRequest body) {
        return transitioned(service.submitSubmission(submissionId, reasonOf(body)));
    }

    @RolesAllowed(Roles.COORDINATOR)
    @POST
    @Path("{submissionId}/return")
    public Response returnSubmission(@PathParam("submissionId") String submissionId, @Valid TransitionRequest body) {
        return transitioned(service.returnSubmission(submissionId, reasonOf(body)));
    }

    @RolesAllowed(Roles.COORDINATOR)
    @POST
    @Path("{submissionId}/accept")
    public Response acceptSubmission(@PathParam("submissionId") String submissionId, @Valid TransitionRequest body) {
        return transitioned(service.acceptSubmission(submissionId, reasonOf(body)));
    }

    @RolesAllowed(Roles.COORDINATOR)
    @POST
    @Path("{submissionId}/reopen")
    public Response reopenSubmission(@PathParam("submissionId") String submissionId, @Valid TransitionRequest body) {
        return transitioned(service.reopenSubmission(submissionId, reasonOf(body)));
    }

    @GET
    @Path("{submissionId}/history")
    public PageView<TransitionView> listSubmissionHistory(@PathParam("submissionId") String submissionId,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return service.listHistory(submissionId, PageRequest.of(page, size));
    }

    @GET
    @Path("{submissionId}/attachments")
    public PageView<AttachmentView> listSubmissionAttachments(@PathParam("submissionId") String submissionId,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return attachments.listAttachments(submissionId, PageRequest.of(page, size));
    }

    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR})
    @POST
    @Path("{submissionId}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response uploadSubmissionAttachment(@PathParam("submissionId") String submissionId,
            @RestForm("file") FileUpload file, @Context UriInfo uri) {
        return AttachmentHttp.upload(file, uri, (name, bytes) -> attachments.addAttachment(submissionId, name, bytes),
                AttachmentView::id);
    }

    @GET
    @Path("{submissionId}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    public Response downloadSubmissionAttachment(@PathParam("submissionId") String submissionId,
            @PathParam("attachmentId") String attachmentId) {
        return AttachmentHttp.download(attachments.downloadAttachment(submissionId, attachmentId));
    }

    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR})
    @DELETE
    @Path("{submissionId}/attachments/{attachmentId}")
    public void deleteSubmissionAttachment(@PathParam("submissionId") String submissionId,
            @PathParam("attachmentId") String attachmentId) {
        attachments.deleteAttachment(submissionId, attachmentId);
    }

    private static Response transitioned(SubmissionView submission) {
        return Responses.ok(submission, submission.version());
    }

}
