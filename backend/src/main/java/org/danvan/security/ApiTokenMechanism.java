package org.danvan.security;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.danvan.common.Hashes;

/** {@code Authorization: Bearer <api token>} for other systems; the token acts as its account. */
@ApplicationScoped
public class ApiTokenMechanism implements HttpAuthenticationMechanism {

    private static final String BEARER = "Bearer ";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String authorization = context.request().getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Uni.createFrom().nullItem();
        }
        String secret = authorization.substring(BEARER.length()).trim();
        TokenAuthenticationRequest request = new TokenAuthenticationRequest(new TokenCredential(secret, "bearer"));
        HttpSecurityUtils.setRoutingContextAttribute(request, context);
        return identityProviderManager.authenticate(request);
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer realm=\"danvan\""));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenAuthenticationRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, "bearer"));
    }

    /**
     * Checks the token against the stored hashes. A token looked up in the last seconds is answered
     * from the look-up cache on the calling thread; only a miss goes to a worker thread for the
     * database, so a system's stream of requests costs no thread hand-off per request.
     */
    @ApplicationScoped
    public static class Provider implements IdentityProvider<TokenAuthenticationRequest> {

        private final AccountDirectory accounts;
        private final CaffeineCache seen;

        public Provider(AccountDirectory accounts, @CacheName(AccountDirectory.TOKEN_CACHE) Cache seen) {
            this.accounts = accounts;
            this.seen = seen.as(CaffeineCache.class);
        }

        @Override
        public Class<TokenAuthenticationRequest> getRequestType() {
            return TokenAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
            String secret = request.getToken().getToken();
            String hash = Hashes.sha256(secret);
            CompletableFuture<Optional<AccountDirectory.SignedIn>> cached = seen.getIfPresent(hash);
            if (cached != null && cached.isDone() && !cached.isCompletedExceptionally()) {
                return cached.join().map(account -> Uni.createFrom().item(identity(account)))
                        .orElseGet(() -> Uni.createFrom().failure(new AuthenticationFailedException()));
            }
            return Identities.blocking(context, () -> accounts.byTokenHash(hash).map(Provider::identity));
        }

        private static SecurityIdentity identity(AccountDirectory.SignedIn account) {
            return Identities.of(account, "TOKEN", true);
        }
    }
}
