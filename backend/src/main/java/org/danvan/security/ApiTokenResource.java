package org.danvan.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.danvan.common.PageRequest;
import org.danvan.common.PageView;
import org.danvan.common.QueryParams;
import org.danvan.security.SecurityDtos.ApiTokenCreate;
import org.danvan.security.SecurityDtos.ApiTokenSecret;
import org.danvan.security.SecurityDtos.ApiTokenView;

@Path("/api/v1/api-tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class ApiTokenResource {

    private final AccountService service;

    public ApiTokenResource(AccountService service) {
        this.service = service;
    }

    @GET
    public PageView<ApiTokenView> listApiTokens(@QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("accountId") String accountId) {
        return service.listTokens(QueryParams.id(accountId), PageRequest.of(page, size));
    }

    @POST
    public Response createApiToken(@Valid @NotNull ApiTokenCreate body, @Context UriInfo uri) {
        ApiTokenSecret token = service.createToken(body);
        return Response.created(uri.getAbsolutePathBuilder().path(token.id()).build()).entity(token).build();
    }

    @DELETE
    @Path("{tokenId}")
    public void revokeApiToken(@PathParam("tokenId") String tokenId) {
        service.revokeToken(tokenId);
    }
}
