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
import org.danvan.plan.PlanDtos.ObligationView;
import org.danvan.plan.PlanDtos.ObligationWrite;
import org.danvan.security.Roles;

@Authenticated
@Path("/api/v1/plans/{planId}/obligations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanObligationResource {

    private final ObligationService service;

    public PlanObligationResource(ObligationService service) {
        this.service = service;
    }

    @GET
    public PageView<ObligationView> listPlanObligations(@PathParam("planId") String planId,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return service.listObligations(planId, PageRequest.of(page, size));
    }

    @GET
    @Path("{obligationId}")
    public Response getPlanObligation(@PathParam("planId") String planId,
            @PathParam("obligationId") String obligationId) {
        ObligationView obligation = service.findObligation(planId, obligationId)
                .orElseThrow(() -> Problems.notFound("obligation", obligationId));
        return Responses.ok(obligation, obligation.version());
    }

    @RolesAllowed(Roles.COORDINATOR)
    @POST
    public Response createPlanObligation(@PathParam("planId") String planId, @Valid @NotNull ObligationWrite body,
            @Context UriInfo uri) {
        ObligationView obligation = service.createObligation(planId, body);
        return Responses.created(uri, obligation.id(), obligation, obligation.version());
    }

    @RolesAllowed(Roles.COORDINATOR)
    @PUT
    @Path("{obligationId}")
    public Response updatePlanObligation(@PathParam("planId") String planId,
            @PathParam("obligationId") String obligationId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ObligationWrite body) {
        ObligationView obligation = service.updateObligation(planId, obligationId, Versions.fromIfMatch(ifMatch), body);
        return Responses.ok(obligation, obligation.version());
    }

    @RolesAllowed(Roles.COORDINATOR)
    @DELETE
    @Path("{obligationId}")
    public void deletePlanObligation(@PathParam("planId") String planId,
            @PathParam("obligationId") String obligationId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.deleteObligation(planId, obligationId, Versions.fromIfMatch(ifMatch));
    }
}
