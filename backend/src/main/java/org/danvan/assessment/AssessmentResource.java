package org.danvan.assessment;

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
import org.danvan.assessment.AssessmentDtos.AppraisalWrite;
import org.danvan.assessment.AssessmentDtos.AssessmentCreate;
import org.danvan.assessment.AssessmentDtos.AssessmentView;
import org.danvan.assessment.AssessmentDtos.FinalizeRequest;
import org.danvan.assessment.AssessmentDtos.SelfWrite;
import org.danvan.assessment.AssessmentDtos.TransitionView;
import org.danvan.common.PageRequest;
import org.danvan.common.PageView;
import org.danvan.common.Problems;
import org.danvan.common.QueryParams;
import org.danvan.common.Responses;
import org.danvan.common.TransitionRequest;
import org.danvan.common.Versions;
import org.danvan.orgunit.OrgUnitKind;
import org.danvan.security.Roles;

/**
 * Assessments: read by everyone signed in (a reporter its own unit's only), self-scored and
 * submitted by the unit's reporter or a coordinator, appraised and rated by coordinators.
 */
@Authenticated
@Path("/api/v1/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssessmentResource {

    private final AssessmentService service;

    public AssessmentResource(AssessmentService service) {
        this.service = service;
    }

    @GET
    public PageView<AssessmentView> listAssessments(@QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("unitId") String unitId, @QueryParam("rubricId") String rubricId,
            @QueryParam("year") String year, @QueryParam("status") String status, @QueryParam("kind") String kind) {
        var filter = new AssessmentRepository.Filter(QueryParams.id(unitId), QueryParams.id(rubricId),
                QueryParams.integer("year", year, 1945, 2200),
                QueryParams.enumeration("status", status, AssessmentStatus.class),
                QueryParams.enumeration("kind", kind, OrgUnitKind.class));
        return service.listAssessments(filter, PageRequest.of(page, size));
    }

    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR})
    @POST
    public Response createAssessment(@Valid @NotNull AssessmentCreate body, @Context UriInfo uri) {
        AssessmentView assessment = service.createAssessment(body);
        return Responses.created(uri, assessment.id(), assessment, assessment.version());
    }

    @GET
    @Path("{assessmentId}")
    public Response getAssessment(@PathParam("assessmentId") String assessmentId) {
        AssessmentView assessment = service.findAssessment(assessmentId)
                .orElseThrow(() -> Problems.notFound("assessment", assessmentId));
        return Responses.ok(assessment, assessment.version());
    }

    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR})
    @PUT
    @Path("{assessmentId}")
    public Response updateAssessment(@PathParam("assessmentId") String assessmentId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull SelfWrite body) {
        return ok(service.updateAssessment(assessmentId, Versions.fromIfMatch(ifMatch), body));
    }

    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR})
    @DELETE
    @Path("{assessmentId}")
    public void deleteAssessment(@PathParam("assessmentId") String assessmentId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.deleteAssessment(assessmentId, Versions.fromIfMatch(ifMatch));
    }

    @RolesAllowed(Roles.COORDINATOR)
    @PUT
    @Path("{assessmentId}/appraisal")
    public Response recordAssessmentAppraisal(@PathParam("assessmentId") String assessmentId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull AppraisalWrite body) {
        return ok(service.recordAppraisal(assessmentId, Versions.fromIfMatch(ifMatch), body));
    }

    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR})
    @POST
    @Path("{assessmentId}/submit")
    public Response submitAssessment(@PathParam("assessmentId") String assessmentId, @Valid TransitionRequest body) {
        return ok(service.submitAssessment(assessmentId, reasonOf(body)));
    }

    @RolesAllowed(Roles.COORDINATOR)
    @POST
    @Path("{assessmentId}/return")
    public Response returnAssessment(@PathParam("assessmentId") String assessmentId, @Valid TransitionRequest body) {
        return ok(service.returnAssessment(assessmentId, reasonOf(body)));
    }

    @RolesAllowed(Roles.COORDINATOR)
    @POST
    @Path("{assessmentId}/appraise")
    public Response appraiseAssessment(@PathParam("assessmentId") String assessmentId, @Valid TransitionRequest body) {
        return ok(service.appraiseAssessment(assessmentId, reasonOf(body)));
    }

    @RolesAllowed(Roles.COORDINATOR)
    @POST
    @Path("{assessmentId}/reconsider")
    public Response reconsiderAssessment(@PathParam("assessmentId") String assessmentId,
            @Valid TransitionRequest body) {
        return ok(service.reconsiderAssessment(assessmentId, reasonOf(body)));
    }

    @RolesAllowed(Roles.COORDINATOR)
    @POST
    @Path("{assessmentId}/finalize")
    public Response finalizeAssessment(@PathParam("assessmentId") String assessmentId,
            @Valid @NotNull FinalizeRequest body) {
        return ok(service.finalizeAssessment(assessmentId, body));
    }

    @RolesAllowed(Roles.COORDINATOR)
    @POST
    @Path("{assessmentId}/reopen")
    public Response reopenAssessment(@PathParam("assessmentId") String assessmentId, @Valid TransitionRequest body) {
        return ok(service.reopenAssessment(assessmentId, reasonOf(body)));
    }

    @GET
    @Path("{assessmentId}/history")
    public PageView<TransitionView> listAssessmentHistory(@PathParam("assessmentId") String assessmentId,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return service.listHistory(assessmentId, PageRequest.of(page, size));
    }

    private static Response ok(AssessmentView assessment) {
        return Responses.ok(assessment, assessment.version());
    }

}
