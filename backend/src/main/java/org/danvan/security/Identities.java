package org.danvan.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import java.util.Optional;
import java.util.function.Supplier;

/** Builds the identities danvan's providers answer, with the attributes {@link Caller} reads. */
final class Identities {

    static final String ACCOUNT_ID = "danvan.accountId";
    static final String UNIT_ID = "danvan.unitId";
    static final String REACH_UNIT_ID = "danvan.reachUnitId";
    static final String DISPLAY_NAME = "danvan.displayName";
    static final String AUTH_METHOD = "danvan.authMethod";

    private Identities() {
    }

    static SecurityIdentity of(AccountDirectory.SignedIn account, String method, boolean apiClient) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(account.username()))
                .addRole(account.role().name())
                .addAttribute(ACCOUNT_ID, account.accountId())
                .addAttribute(DISPLAY_NAME, account.displayName())
                .addAttribute(AUTH_METHOD, method);
        if (account.unitId() != null) {
            builder.addAttribute(UNIT_ID, account.unitId());
        }
        if (account.reachUnitId() != null) {
            builder.addAttribute(REACH_UNIT_ID, account.reachUnitId());
        }
        if (apiClient) {
            builder.addRole(Role.API_CLIENT.name());
        }
        return builder.build();
    }

    /** Runs a blocking look-up off the event loop; nothing found is a failed authentication. */
    static Uni<SecurityIdentity> blocking(AuthenticationRequestContext context,
            Supplier<Optional<SecurityIdentity>> lookup) {
        return context.runBlocking(() -> lookup.get().orElseThrow(AuthenticationFailedException::new));
    }
}
