package org.danvan.task;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.danvan.common.Messages;
import org.danvan.common.PageRequest;
import org.danvan.common.PageView;
import org.danvan.common.QueryParams;
import org.danvan.export.XlsxDownload;
import org.danvan.task.TaskDtos.TaskAssignmentView;

/** A plan's task assignments, filtered by task, unit, role, status and review status: each caller sees the units it reaches. */
@Authenticated
@Path("/api/v1/plans/{planId}/task-assignments")
@Produces(MediaType.APPLICATION_JSON)
public class PlanAssignmentResource {

    private final TaskAssignmentService service;
    private final TaskAssignmentExports exports;

    public PlanAssignmentResource(TaskAssignmentService service, TaskAssignmentExports exports) {
        this.service = service;
        this.exports = exports;
    }

    @GET
    public PageView<TaskAssignmentView> listPlanTaskAssignments(@PathParam("planId") String planId,
            @QueryParam("taskId") String taskId, @QueryParam("unitId") String unitId, @QueryParam("role") String role,
            @QueryParam("status") String status, @QueryParam("reviewStatus") String reviewStatus,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return service.listPlanAssignments(planId, filter(taskId, unitId, role, status, reviewStatus),
                PageRequest.of(page, size));
    }

    @GET
    @Path("export")
    @Produces({XlsxDownload.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    public Response exportPlanTaskAssignments(@PathParam("planId") String planId,
            @QueryParam("taskId") String taskId, @QueryParam("unitId") String unitId, @QueryParam("role") String role,
            @QueryParam("status") String status, @QueryParam("reviewStatus") String reviewStatus,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return XlsxDownload.of(exports.planAssignments(planId, filter(taskId, unitId, role, status, reviewStatus),
                Messages.choose(language)));
    }

    private static TaskAssignmentRepository.Filter filter(String taskId, String unitId, String role, String status,
            String reviewStatus) {
        return new TaskAssignmentRepository.Filter(QueryParams.id(taskId), QueryParams.id(unitId),
                QueryParams.enumeration("role", role, AssignmentRole.class),
                QueryParams.enumeration("status", status, AssignmentStatus.class),
                QueryParams.enumeration("reviewStatus", reviewStatus, ReviewStatus.class));
    }
}
