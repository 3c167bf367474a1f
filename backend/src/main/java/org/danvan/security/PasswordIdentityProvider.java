package org.danvan.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/** Username and password, from the sign-in form or HTTP Basic, checked against the accounts. */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private final AccountDirectory accounts;

    public PasswordIdentityProvider(AccountDirectory accounts) {
        this.accounts = accounts;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        String authorization = routing == null ? null : routing.request().getHeader("Authorization");
        String method = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6) ? "BASIC" : "FORM";
        return Identities.blocking(context, () -> accounts
                .signIn(request.getUsername(), request.getPassword().getPassword())
                .map(account -> Identities.of(account, method, false)));
    }
}
