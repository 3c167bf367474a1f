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
import org.danvan.plan.PlanDtos.TargetView;
import org.danvan.plan.PlanDtos.TargetWrite;
import org.danvan.plan.PlanDtos.VerdictWrite;
import org.danvan.security.Roles;

@Authenticated
@Path("/api/v1/plans/{planId}/targets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TargetResource {

    private final TargetService service;

    public TargetResource(TargetService service) {
        this.service = service;
    }

    @GET
    public PageView<TargetView> listPlanTargets(@PathParam("planId") String planId, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return service.listTargets(planId, PageRequest.of(page, size));
    }

    @GET
    @Path("{targetId}")
    public Response getPlanTarget(@PathParam("planId") String planId, @PathParam("targetId") String targetId) {
        TargetView target = service.findTarget(planId, targetId)
                .orElseThrow(() -> Problems.notFound("target", targetId));
        return Responses.ok(target, target.version());
    }

    @RolesAllowed(Roles.COORDINATOR)
    @POST
    public Response createPlanTarget(@PathParam("planId") String planId, @Valid @NotNull TargetWrite body,
            @Context UriInfo uri) {
        TargetView target = service.createTarget(planId, body);
        return Responses.created(uri, target.id(), target, target.version());
    }

    @RolesAllowed(Roles.COORDINATOR)
    @PUT
    @Path("{targetId}")
    public Response updatePlanTarget(@PathParam("planId") String planId, @PathParam("targetId") String targetId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull TargetWrite body) {
        TargetView target = service.updateTarget(planId, targetId, Versions.fromIfMatch(ifMatch), body);
        return Responses.ok(target, target.version());
    }

    @RolesAllowed(Roles.COORDINATOR)
    @PUT
    @Path("{targetId}/verdict")
    public Response recordTargetVerdict(@PathParam("planId") String planId, @PathParam("targetId") String targetId,
            @Valid @NotNull VerdictWrite body) {
        TargetView target = service.recordVerdict(planId, targetId, body);
        return Responses.ok(target, target.version());
    }

    @RolesAllowed(Roles.COORDINATOR)
    @DELETE
    @Path("{targetId}")
    public void deletePlanTarget(@PathParam("planId") String planId, @PathParam("targetId") String targetId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.deleteTarget(planId, targetId, Versions.fromIfMatch(ifMatch));
    }
}
