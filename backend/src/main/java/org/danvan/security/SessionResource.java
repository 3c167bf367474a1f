package org.danvan.security;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.danvan.security.SecurityDtos.Me;

/** The signed-in account, and signing out of the browser session. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class SessionResource {

    /** The form authentication's cookie (Quarkus' default name). */
    static final String SESSION_COOKIE = "quarkus-credential";

    private final AccountService service;

    public SessionResource(AccountService service) {
        this.service = service;
    }

    @GET
    @Path("me")
    public Me getMe() {
        return service.me();
    }

    @POST
    @Path("logout")
    public Response logout() {
        NewCookie expired = new NewCookie.Builder(SESSION_COOKIE).value("").path("/").maxAge(0).httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).build();
        return Response.noContent().cookie(expired).build();
    }
}
