package org.danvan.rubric;

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
import org.danvan.common.QueryParams;
import org.danvan.common.Responses;
import org.danvan.common.Versions;
import org.danvan.rubric.RubricDtos.RubricView;
import org.danvan.rubric.RubricDtos.RubricWrite;
import org.danvan.rubric.RubricDtos.ScoreRequest;
import org.danvan.rubric.RubricDtos.ScoreView;
import org.danvan.security.Roles;

/** Scoring rubrics: read by everyone signed in, changed by coordinators and admins; scoring is a calculation anyone signed in may ask. */
@Authenticated
@Path("/api/v1/rubrics")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RubricResource {

    private final RubricService service;

    public RubricResource(RubricService service) {
        this.service = service;
    }

    @GET
    public PageView<RubricView> listRubrics(@QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("q") String q) {
        return service.listRubrics(QueryParams.text("q", q, 200), PageRequest.of(page, size));
    }

    @GET
    @Path("{rubricId}")
    public Response getRubric(@PathParam("rubricId") String rubricId) {
        RubricView rubric = service.findRubric(rubricId).orElseThrow(() -> Problems.notFound("rubric", rubricId));
        return Responses.ok(rubric, rubric.version());
    }

    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @POST
    public Response createRubric(@Valid @NotNull RubricWrite body, @Context UriInfo uri) {
        RubricView rubric = service.createRubric(body);
        return Responses.created(uri, rubric.id(), rubric, rubric.version());
    }

    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @PUT
    @Path("{rubricId}")
    public Response updateRubric(@PathParam("rubricId") String rubricId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull RubricWrite body) {
        RubricView rubric = service.updateRubric(rubricId, Versions.fromIfMatch(ifMatch), body);
        return Responses.ok(rubric, rubric.version());
    }

    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @DELETE
    @Path("{rubricId}")
    public void deleteRubric(@PathParam("rubricId") String rubricId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.deleteRubric(rubricId, Versions.fromIfMatch(ifMatch));
    }

    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @POST
    @Path("{rubricId}/freeze")
    public Response freezeRubric(@PathParam("rubricId") String rubricId) {
        RubricView rubric = service.freezeRubric(rubricId);
        return Responses.ok(rubric, rubric.version());
    }

    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @POST
    @Path("{rubricId}/versions")
    public Response createRubricVersion(@PathParam("rubricId") String rubricId, @Context UriInfo uri) {
        RubricView rubric = service.createRubricVersion(rubricId);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/rubrics").path(rubric.id()).build())
                .entity(rubric).tag(String.valueOf(rubric.version())).build();
    }

    @POST
    @Path("{rubricId}/score")
    public ScoreView scoreRubric(@PathParam("rubricId") String rubricId, @Valid @NotNull ScoreRequest body) {
        return service.scoreRubric(rubricId, body);
    }
}
