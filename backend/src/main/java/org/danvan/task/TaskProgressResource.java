package org.danvan.task;

import static org.danvan.common.TransitionRequest.reasonOf;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.danvan.common.PageRequest;
import org.danvan.common.PageView;
import org.danvan.common.Responses;
import org.danvan.common.TransitionRequest;
import org.danvan.common.Versions;
import org.danvan.security.Roles;
import org.danvan.task.TaskDtos.TaskAssignmentChangeView;
import org.danvan.task.TaskDtos.TaskAssignmentUpdate;
import org.danvan.task.TaskDtos.TaskAssignmentView;

/**
 * A task assignment, its progress and its review: read under the caller's reach; progress recorded
 * by the unit's reporter or by a coordinator on the unit's behalf, reviewed (returned, accepted) by a
 * coordinator, as submissions are (the admin writes no unit's data).
 */
@Authenticated
@Path("/api/v1/task-assignments/{assignmentId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TaskProgressResource {

    private final TaskAssignmentService service;

    public TaskProgressResource(TaskAssignmentService service) {
        this.service = service;
    }

    @GET
    public Response getTaskAssignment(@PathParam("assignmentId") String assignmentId) {
        TaskAssignmentView assignment = service.findAssignment(assignmentId);
        return Responses.ok(assignment, assignment.version());
    }

    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR})
    @PUT
    public Response updateTaskAssignment(@PathParam("assignmentId") String assignmentId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull TaskAssignmentUpdate body) {
        TaskAssignmentView assignment = service.updateAssignment(assignmentId, Versions.fromIfMatch(ifMatch), body);
        return Responses.ok(assignment, assignment.version());
    }

    @RolesAllowed(Roles.COORDINATOR)
    @POST
    @Path("return")
    public Response returnTaskAssignment(@PathParam("assignmentId") String assignmentId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid TransitionRequest body) {
        TaskAssignmentView assignment = service.returnAssignment(assignmentId, Versions.fromIfMatch(ifMatch),
                reasonOf(body));
        return Responses.ok(assignment, assignment.version());
    }

    @RolesAllowed(Roles.COORDINATOR)
    @POST
    @Path("accept")
    public Response acceptTaskAssignment(@PathParam("assignmentId") String assignmentId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid TransitionRequest body) {
        TaskAssignmentView assignment = service.acceptAssignment(assignmentId, Versions.fromIfMatch(ifMatch),
                reasonOf(body));
        return Responses.ok(assignment, assignment.version());
    }

    @GET
    @Path("history")
    public PageView<TaskAssignmentChangeView> listTaskAssignmentHistory(@PathParam("assignmentId") String assignmentId,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return service.listHistory(assignmentId, PageRequest.of(page, size));
    }
}
