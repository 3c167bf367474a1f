package org.danvan.task;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.danvan.common.PageRequest;
import org.danvan.common.PageView;
import org.danvan.common.QueryParams;
import org.danvan.task.TaskDtos.TaskAssignmentView;

/** A plan's task assignments, filtered by task, unit, role, status and review status: each caller sees the units it reaches. */
@Authenticated
@Path("/api/v1/plans/{planId}/task-assignments")
@Produces(MediaType.APPLICATION_JSON)
public class PlanAssignmentResource {

    private final TaskAssignmentService service;

    public PlanAssignmentResource(TaskAssignmentService service) {
        this.service = service;
    }

    @GET
    public PageView<TaskAssignmentView> listPlanTaskAssignments(@PathParam("planId") String planId,
            @QueryParam("taskId") String taskId, @QueryParam("unitId") String unitId, @QueryParam("role") String role,
            @QueryParam("status") String status, @QueryParam("reviewStatus") String reviewStatus,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        var filter = new TaskAssignmentRepository.Filter(QueryParams.id(taskId), QueryParams.id(unitId),
                QueryParams.enumeration("role", role, AssignmentRole.class),
                QueryParams.enumeration("status", status, AssignmentStatus.class),
                QueryParams.enumeration("reviewStatus", reviewStatus, ReviewStatus.class));
        return service.listPlanAssignments(planId, filter, PageRequest.of(page, size));
    }
}
