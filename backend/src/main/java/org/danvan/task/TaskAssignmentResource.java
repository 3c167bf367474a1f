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
import org.danvan.task.TaskDtos.TaskAssignmentView;

/** A task's assignments: read by every signed-in caller, each seeing the units it reaches. */
@Authenticated
@Path("/api/v1/plans/{planId}/tasks/{taskId}/assignments")
@Produces(MediaType.APPLICATION_JSON)
public class TaskAssignmentResource {

    private final TaskAssignmentService service;

    public TaskAssignmentResource(TaskAssignmentService service) {
        this.service = service;
    }

    @GET
    public PageView<TaskAssignmentView> listTaskAssignments(@PathParam("planId") String planId,
            @PathParam("taskId") String taskId, @QueryParam("page") String page, @QueryParam("size") String size) {
        return service.listTaskAssignments(planId, taskId, PageRequest.of(page, size));
    }
}
