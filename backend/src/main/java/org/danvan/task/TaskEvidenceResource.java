package org.danvan.task;

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
import org.danvan.common.PageRequest;
import org.danvan.common.PageView;
import org.danvan.security.Roles;
import org.danvan.submission.AttachmentHttp;
import org.danvan.submission.SubmissionDtos.AttachmentView;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Evidence files of a task assignment: read as the assignment; added and removed by those who record
 * its progress (the unit's reporter, a coordinator or the admin on the unit's behalf).
 */
@Authenticated
@Path("/api/v1/task-assignments/{assignmentId}/files")
@Produces(MediaType.APPLICATION_JSON)
public class TaskEvidenceResource {

    private final TaskEvidenceService service;

    public TaskEvidenceResource(TaskEvidenceService service) {
        this.service = service;
    }

    @GET
    public PageView<AttachmentView> listTaskAssignmentFiles(@PathParam("assignmentId") String assignmentId,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return service.listEvidenceFiles(assignmentId, PageRequest.of(page, size));
    }

    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR})
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response uploadTaskAssignmentFile(@PathParam("assignmentId") String assignmentId,
            @RestForm("file") FileUpload file, @Context UriInfo uri) {
        return AttachmentHttp.upload(file, uri, (name, bytes) -> service.addEvidenceFile(assignmentId, name, bytes),
                AttachmentView::id);
    }

    @GET
    @Path("{fileId}")
    @Produces(MediaType.WILDCARD)
    public Response downloadTaskAssignmentFile(@PathParam("assignmentId") String assignmentId,
            @PathParam("fileId") String fileId) {
        return AttachmentHttp.download(service.downloadEvidenceFile(assignmentId, fileId));
    }

    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR})
    @DELETE
    @Path("{fileId}")
    public void deleteTaskAssignmentFile(@PathParam("assignmentId") String assignmentId,
            @PathParam("fileId") String fileId) {
        service.deleteEvidenceFile(assignmentId, fileId);
    }
}
