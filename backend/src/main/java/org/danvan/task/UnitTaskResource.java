package org.danvan.task;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.danvan.common.PageRequest;
import org.danvan.common.PageView;
import org.danvan.common.QueryParams;
import org.danvan.task.TaskDtos.TaskAssignmentView;

/** Task assignments across plans (a unit's tasks), filtered by unit, plan, role and status, under the caller's reach. */
@Authenticated
@Path("/api/v1/task-assignments")
@Produces(MediaType.APPLICATION_JSON)
public class UnitTaskResource {

    private final TaskAssignmentService service;

    public UnitTaskResource(TaskAssignmentService service) {
        this.service = service;
    }

    @GET
    public PageView<TaskAssignmentView> searchTaskAssignments(@QueryParam("unitId") String unitId,
            @QueryParam("planId") String planId, @QueryParam("role") String role, @QueryParam("status") String status,
            @QueryParam("reviewStatus") String reviewStatus, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        var filter = new TaskAssignmentRepository.Filter(Optional.empty(), QueryParams.id(unitId),
                QueryParams.enumeration("role", role, AssignmentRole.class),
                QueryParams.enumeration("status", status, AssignmentStatus.class),
                QueryParams.enumeration("reviewStatus", reviewStatus, ReviewStatus.class));
        return service.listAssignments(QueryParams.id(planId), filter, PageRequest.of(page, size));
    }
}
