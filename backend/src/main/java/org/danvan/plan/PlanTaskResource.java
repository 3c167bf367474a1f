package org.danvan.plan;

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
import org.danvan.common.PageRequest;
import org.danvan.common.PageView;
import org.danvan.common.Problems;
import org.danvan.common.Responses;
import org.danvan.common.Versions;
import org.danvan.plan.PlanDtos.PlanTaskView;
import org.danvan.plan.PlanDtos.PlanTaskWrite;
import org.danvan.security.Roles;

@Authenticated
@Path("/api/v1/plans/{planId}/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanTaskResource {

    private final PlanTaskService service;

    public PlanTaskResource(PlanTaskService service) {
        this.service = service;
    }

    @GET
    public PageView<PlanTaskView> listPlanTasks(@PathParam("planId") String planId, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return service.listTasks(planId, PageRequest.of(page, size));
    }

    @GET
    @Path("{taskId}")
    public Response getPlanTask(@PathParam("planId") String planId, @PathParam("taskId") String taskId) {
        PlanTaskView task = service.findTask(planId, taskId).orElseThrow(() -> Problems.notFound("task", taskId));
        return Responses.ok(task, task.version());
    }

    @RolesAllowed(Roles.COORDINATOR)
    @POST
    public Response createPlanTask(@PathParam("planId") String planId, @Valid @NotNull PlanTaskWrite body,
            @Context UriInfo uri) {
        PlanTaskView task = service.createTask(planId, body);
        return Responses.created(uri, task.id(), task, task.version());
    }

    @RolesAllowed(Roles.COORDINATOR)
    @PUT
    @Path("{taskId}")
    public Response updatePlanTask(@PathParam("planId") String planId, @PathParam("taskId") String taskId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull PlanTaskWrite body) {
        PlanTaskView task = service.updateTask(planId, taskId, Versions.fromIfMatch(ifMatch), body);
        return Responses.ok(task, task.version());
    }

    @RolesAllowed(Roles.COORDINATOR)
    @DELETE
    @Path("{taskId}")
    public void deletePlanTask(@PathParam("planId") String planId, @PathParam("taskId") String taskId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.deleteTask(planId, taskId, Versions.fromIfMatch(ifMatch));
    }
}
