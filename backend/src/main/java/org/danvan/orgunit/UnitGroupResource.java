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
import org.danvan.orgunit.OrgUnitDtos.UnitGroupView;
import org.danvan.orgunit.OrgUnitDtos.UnitGroupWrite;
import org.danvan.security.Roles;

@Authenticated
@Path("/api/v1/unit-groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UnitGroupResource {

    private static final Map<String, String> SORTS = Map.of("name", "name", "code", "code");

    private final UnitGroupService service;

    public UnitGroupResource(UnitGroupService service) {
        this.service = service;
    }

    @GET
    public PageView<UnitGroupView> listUnitGroups(@QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("q") String q, @QueryParam("sort") String sort) {
        return service.listUnitGroups(QueryParams.text("q", q, 200), SortOrder.parse(sort, "name", SORTS),
                PageRequest.of(page, size));
    }

    @GET
    @Path("{groupId}")
    public Response getUnitGroup(@PathParam("groupId") String groupId) {
        UnitGroupView group = service.findUnitGroup(groupId).orElseThrow(() -> Problems.notFound("unit-group", groupId));
        return Responses.ok(group, group.version());
    }

    @GET
    @Path("{groupId}/members")
    public PageView<OrgUnitView> listUnitGroupMembers(@PathParam("groupId") String groupId,
            @QueryParam("on") String on, @QueryParam("page") String page, @QueryParam("size") String size) {
        return service.listMembers(groupId, QueryParams.date("on", on), PageRequest.of(page, size));
    }

    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @POST
    public Response createUnitGroup(@Valid @NotNull UnitGroupWrite body, @Context UriInfo uri) {
        UnitGroupView group = service.createUnitGroup(body);
        return Responses.created(uri, group.id(), group, group.version());
    }

    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @PUT
    @Path("{groupId}")
    public Response updateUnitGroup(@PathParam("groupId") String groupId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull UnitGroupWrite body) {
        UnitGroupView group = service.updateUnitGroup(groupId, Versions.fromIfMatch(ifMatch), body);
        return Responses.ok(group, group.version());
    }

    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @DELETE
    @Path("{groupId}")
    public void deleteUnitGroup(@PathParam("groupId") String groupId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.deleteUnitGroup(groupId, Versions.fromIfMatch(ifMatch));
    }
}
