package org.danvan.orgunit;

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
import org.danvan.orgunit.OrgUnitDtos.OrgUnitView;
import org.danvan.orgunit.OrgUnitDtos.OrgUnitWrite;
import org.danvan.security.Roles;

@Authenticated
@Path("/api/v1/org-units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrgUnitResource {

    private static final Map<String, String> SORTS =
            Map.of("name", "name", "code", "code", "kind", "kind", "validFrom", "validFrom");

    private final OrgUnitService service;

    public OrgUnitResource(OrgUnitService service) {
        this.service = service;
    }

    @GET
    public PageView<OrgUnitView> listOrgUnits(@QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("q") String q, @QueryParam("sort") String sort, @QueryParam("kind") String kind,
            @QueryParam("parentId") String parentId, @QueryParam("successorId") String successorId,
            @QueryParam("validOn") String validOn) {
        var filter = new OrgUnitRepository.Filter(QueryParams.text("q", q, 200),
                QueryParams.enumeration("kind", kind, OrgUnitKind.class),
                QueryParams.id(parentId),
                QueryParams.id(successorId),
                QueryParams.date("validOn", validOn));
        return service.listOrgUnits(filter, SortOrder.parse(sort, "name", SORTS), PageRequest.of(page, size));
    }

    @GET
    @Path("{unitId}")
    public Response getOrgUnit(@PathParam("unitId") String unitId) {
        OrgUnitView unit = service.findOrgUnit(unitId).orElseThrow(() -> Problems.notFound("org-unit", unitId));
        return Responses.ok(unit, unit.version());
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    public Response createOrgUnit(@Valid @NotNull OrgUnitWrite body, @Context UriInfo uri) {
        OrgUnitView unit = service.createOrgUnit(body);
        return Responses.created(uri, unit.id(), unit, unit.version());
    }

    @RolesAllowed(Roles.ADMIN)
    @PUT
    @Path("{unitId}")
    public Response updateOrgUnit(@PathParam("unitId") String unitId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull OrgUnitWrite body) {
        OrgUnitView unit = service.updateOrgUnit(unitId, Versions.fromIfMatch(ifMatch), body);
        return Responses.ok(unit, unit.version());
    }

    @RolesAllowed(Roles.ADMIN)
    @DELETE
    @Path("{unitId}")
    public void deleteOrgUnit(@PathParam("unitId") String unitId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.deleteOrgUnit(unitId, Versions.fromIfMatch(ifMatch));
    }
}
