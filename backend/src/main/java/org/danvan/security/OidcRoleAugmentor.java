package org.danvan.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.danvan.common.DanvanConfig;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A single sign-on identity (OIDC, off by default) gets its danvan role and unit from two claims of
 * its token, named in {@code danvan.auth.oidc.*}; the provider's own groups are not roles here. A
 * token without a known role, or a reporter without a known unit, does not sign in.
 */
@ApplicationScoped
public class OidcRoleAugmentor implements SecurityIdentityAugmentor {

    private final DanvanConfig config;
    private final Units units;

    public OidcRoleAugmentor(DanvanConfig config, Units units) {
        this.config = config;
        this.units = units;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> mapped(identity, token));
    }

    private SecurityIdentity mapped(SecurityIdentity identity, JsonWebToken token) {
        String roleName = claim(token, config.auth().oidc().roleClaim()).orElse("");
        Role role = Arrays.stream(Role.values()).filter(r -> r.isAccountRole() && r.name().equalsIgnoreCase(roleName))
                .findFirst().orElseThrow(() -> new AuthenticationFailedException("no danvan role in the token"));
        Optional<UUID> unit = claim(token, config.auth().oidc().unitClaim()).flatMap(units::byCode);
        if (role == Role.REPORTER && unit.isEmpty()) {
            throw new AuthenticationFailedException("a reporter's token names no known unit");
        }
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addRole(role.name())
                .addAttribute(Identities.AUTH_METHOD, "OIDC")
                .addAttribute(Identities.DISPLAY_NAME, claim(token, "name").orElse(identity.getPrincipal().getName()));
        unit.ifPresent(id -> builder.addAttribute(Identities.UNIT_ID, id));
        return builder.build();
    }

    private static Optional<String> claim(JsonWebToken token, String name) {
        Object value = token.getClaim(name);
        return value == null ? Optional.empty() : Optional.of(value.toString().replace("\"", "").trim())
                .filter(s -> !s.isEmpty());
    }

    /** Unit codes to ids, in a request context of their own (augmentors run outside one). */
    @ApplicationScoped
    public static class Units {

        private final EntityManager em;

        public Units(EntityManager em) {
            this.em = em;
        }

        @ActivateRequestContext
        public Optional<UUID> byCode(String code) {
            return em.createQuery("select u.id from OrgUnit u where u.code = :c", UUID.class).setParameter("c", code)
                    .getResultStream().findFirst();
        }
    }
}
