package org.danvan.report;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.danvan.common.QueryParams;
import org.danvan.report.ReportDtos.TaskProgressReport;
import org.danvan.task.AssignmentStatus;

/**
 * A plan's task progress: every signed-in caller, each counting the assignments of the units it
 * reaches (a reporter: its own unit's), as the plan's task assignments are listed.
 */
@Authenticated
@Path("/api/v1/plans/{planId}/task-progress")
@Produces(MediaType.APPLICATION_JSON)
public class TaskProgressReportResource {

    private final TaskProgressService service;

    public TaskProgressReportResource(TaskProgressService service) {
        this.service = service;
    }

    @GET
    public TaskProgressReport getPlanTaskProgress(@PathParam("planId") String planId,
            @QueryParam("unitId") String unitId, @QueryParam("status") String status) {
        return service.progress(planId, QueryParams.id(unitId),
                QueryParams.enumeration("status", status, AssignmentStatus.class));
    }
}
