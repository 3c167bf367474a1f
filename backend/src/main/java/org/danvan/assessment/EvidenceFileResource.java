package org.danvan.assessment;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.danvan.assessment.AssessmentDtos.EvidenceFileView;
import org.danvan.common.PageRequest;
import org.danvan.common.PageView;
import org.danvan.security.Roles;
import org.danvan.submission.AttachmentHttp;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Evidence files on the criterion rows of a score sheet: read as the sheet, changed as its self scores. */
@Authenticated
@Path("/api/v1/assessments/{assessmentId}/evidence-files")
@Produces(MediaType.APPLICATION_JSON)
public class EvidenceFileResource {

    private final EvidenceFileService service;

    public EvidenceFileResource(EvidenceFileService service) {
        this.service = service;
    }

    @GET
    public PageView<EvidenceFileView> listAssessmentEvidenceFiles(@PathParam("assessmentId") String assessmentId,
            @QueryParam("criterion") String criterion, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return service.listEvidenceFiles(assessmentId, Optional.ofNullable(criterion).filter(c -> !c.isBlank()),
                PageRequest.of(page, size));
    }

    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR})
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response uploadAssessmentEvidenceFile(@PathParam("assessmentId") String assessmentId,
            @RestForm("criterion") String criterion, @RestForm("file") FileUpload file, @Context UriInfo uri) {
        return AttachmentHttp.upload(file, uri,
                (name, bytes) -> service.addEvidenceFile(assessmentId, criterion, name, bytes), EvidenceFileView::id);
    }

    @GET
    @Path("{fileId}")
    @Produces(MediaType.WILDCARD)
    public Response downloadAssessmentEvidenceFile(@PathParam("assessmentId") String assessmentId,
            @PathParam("fileId") String fileId) {
        return AttachmentHttp.download(service.downloadEvidenceFile(assessmentId, fileId));
    }

    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR})
    @DELETE
    @Path("{fileId}")
    public void deleteAssessmentEvidenceFile(@PathParam("assessmentId") String assessmentId,
            @PathParam("fileId") String fileId) {
        service.deleteEvidenceFile(assessmentId, fileId);
    }
}
