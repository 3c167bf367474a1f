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
import java.util.Map;
import org.danvan.common.PageRequest;
import org.danvan.common.PageView;
import org.danvan.common.Problems;
import org.danvan.common.QueryParams;
import org.danvan.common.Responses;
import org.danvan.common.SortOrder;
import org.danvan.common.Versions;
import org.danvan.plan.PlanDtos.PlanView;
import org.danvan.plan.PlanDtos.PlanWrite;
import org.danvan.security.Roles;

@Authenticated
@Path("/api/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanResource {

    private static final Map<String, String> SORTS =
            Map.of("issueDate", "issueDate", "title", "title", "periodStart", "periodStart");

    private final PlanService service;

    public PlanResource(PlanService service) {
        this.service = service;
    }

    @GET
    public PageView<PlanView> listPlans(@QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("q") String q, @QueryParam("sort") String sort, @QueryParam("year") String year,
            @QueryParam("status") String status, @QueryParam("issuerId") String issuerId) {
        var filter = new PlanRepository.Filter(QueryParams.text("q", q, 200),
                QueryParams.integer("year", year, 1945, 2200),
                QueryParams.enumeration("status", status, PlanStatus.class),
                QueryParams.id(issuerId));
        return service.listPlans(filter, SortOrder.parse(sort, "-issueDate", SORTS), PageRequest.of(page, size));
    }

    @GET
    @Path("{planId}")
    public Response getPlan(@PathParam("planId") String planId) {
        PlanView plan = service.findPlan(planId).orElseThrow(() -> Problems.notFound("plan", planId));
        return Responses.ok(plan, plan.version());
    }

    @RolesAllowed(Roles.COORDINATOR)
    @POST
    public Response createPlan(@Valid @NotNull PlanWrite body, @Context UriInfo uri) {
        PlanView plan = service.createPlan(body);
        return Responses.created(uri, plan.id(), plan, plan.version());
    }

    @RolesAllowed(Roles.COORDINATOR)
    @PUT
    @Path("{planId}")
    public Response updatePlan(@PathParam("planId") String planId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull PlanWrite body) {
        PlanView plan = service.updatePlan(planId, Versions.fromIfMatch(ifMatch), body);
        return Responses.ok(plan, plan.version());
    }

    @RolesAllowed(Roles.COORDINATOR)
    @DELETE
    @Path("{planId}")
    public void deletePlan(@PathParam("planId") String planId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.deletePlan(planId, Versions.fromIfMatch(ifMatch));
    }

    @RolesAllowed(Roles.COORDINATOR)
    @POST
    @Path("{planId}/issue")
    public Response issuePlan(@PathParam("planId") String planId) {
        PlanView plan = service.issuePlan(planId);
        return Responses.ok(plan, plan.version());
    }

    @RolesAllowed(Roles.COORDINATOR)
    @POST
    @Path("{planId}/close")
    public Response closePlan(@PathParam("planId") String planId) {
        PlanView plan = service.closePlan(planId);
        return Responses.ok(plan, plan.version());
    }
}
