package org.danvan.security;

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
import org.danvan.security.SecurityDtos.AccountCreate;
import org.danvan.security.SecurityDtos.AccountUpdate;
import org.danvan.security.SecurityDtos.AccountView;
import org.danvan.security.SecurityDtos.PasswordReset;

@Path("/api/v1/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class AccountResource {

    private final AccountService service;

    public AccountResource(AccountService service) {
        this.service = service;
    }

    @GET
    public PageView<AccountView> listAccounts(@QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("q") String q, @QueryParam("role") String role, @QueryParam("unitId") String unitId) {
        var filter = new AccountService.Filter(QueryParams.text("q", q, 200),
                QueryParams.enumeration("role", role, Role.class), QueryParams.id(unitId));
        return service.listAccounts(filter, PageRequest.of(page, size));
    }

    @POST
    public Response createAccount(@Valid @NotNull AccountCreate body, @Context UriInfo uri) {
        AccountView account = service.createAccount(body);
        return Responses.created(uri, account.id(), account, account.version());
    }

    @GET
    @Path("{accountId}")
    public Response getAccount(@PathParam("accountId") String accountId) {
        AccountView account = service.findAccount(accountId).orElseThrow(() -> Problems.notFound("account", accountId));
        return Responses.ok(account, account.version());
    }

    @PUT
    @Path("{accountId}")
    public Response updateAccount(@PathParam("accountId") String accountId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull AccountUpdate body) {
        AccountView account = service.updateAccount(accountId, Versions.fromIfMatch(ifMatch), body);
        return Responses.ok(account, account.version());
    }

    @PUT
    @Path("{accountId}/password")
    public void resetAccountPassword(@PathParam("accountId") String accountId, @Valid @NotNull PasswordReset body) {
        service.resetPassword(accountId, body.password());
    }
}
