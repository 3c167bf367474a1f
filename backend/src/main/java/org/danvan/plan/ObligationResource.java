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
import org.danvan.plan.PlanDtos.ExtensionView;
import org.danvan.plan.PlanDtos.ExtensionWrite;
import org.danvan.plan.PlanDtos.PeriodView;
import org.danvan.security.Roles;

@Authenticated
@Path("/api/v1/obligations/{obligationId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ObligationResource {

    private final ObligationService service;

    public ObligationResource(ObligationService service) {
        this.service = service;
    }

    @GET
    @Path("periods")
    public PageView<PeriodView> listObligationPeriods(@PathParam("obligationId") String obligationId,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return service.listPeriods(obligationId, PageRequest.of(page, size));
    }

    @GET
    @Path("extensions")
    public PageView<ExtensionView> listObligationExtensions(@PathParam("obligationId") String obligationId,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return service.listExtensions(obligationId, PageRequest.of(page, size));
    }

    @RolesAllowed(Roles.COORDINATOR)
    @POST
    @Path("extensions")
    public Response createObligationExtension(@PathParam("obligationId") String obligationId,
            @Valid @NotNull ExtensionWrite body, @Context UriInfo uri) {
        ExtensionView extension = service.createExtension(obligationId, body);
        return Responses.created(uri, extension.id(), extension, extension.version());
    }

    @RolesAllowed(Roles.COORDINATOR)
    @DELETE
    @Path("extensions/{extensionId}")
    public void deleteObligationExtension(@PathParam("obligationId") String obligationId,
            @PathParam("extensionId") String extensionId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.deleteExtension(obligationId, extensionId, Versions.fromIfMatch(ifMatch));
    }
}
