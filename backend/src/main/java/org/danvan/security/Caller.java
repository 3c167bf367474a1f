package org.danvan.security;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.UUID;
import org.danvan.orgunit.OrgUnit;

/**
 * Who is acting and what they may see: the signed-in identity of the current request, or
 * {@code system} for the service's own work (demo data at start-up). A reporter is limited to its
 * unit and the units under it.
 */
@ApplicationScoped
public class Caller {

    public static final String SYSTEM = "system";

    private final Instance<SecurityIdentity> identity;
    private final EntityManager em;

    public Caller(Instance<SecurityIdentity> identity, EntityManager em) {
        this.identity = identity;
        this.em = em;
    }

    /**
     * The username recorded as the actor of a change; {@code system} for the service's own work
     * (no endpoint lets an anonymous caller change anything).
     */
    public String name() {
        return current().filter(id -> !id.isAnonymous()).map(id -> id.getPrincipal().getName()).orElse(SYSTEM);
    }

    public boolean hasRole(Role role) {
        return current().map(id -> id.hasRole(role.name())).orElse(false);
    }

    /** Whether the caller sees only its own unit's submissions (a reporter). */
    public boolean limitedToUnit() {
        return hasRole(Role.REPORTER);
    }

    /** The caller's account role (not API_CLIENT, which comes with a token). */
    public Optional<Role> role() {
        return current().flatMap(id -> java.util.Arrays.stream(Role.values())
                .filter(r -> r.isAccountRole() && id.hasRole(r.name())).findFirst());
    }

    public Optional<UUID> accountId() {
        return current().map(id -> (UUID) id.getAttribute(Identities.ACCOUNT_ID));
    }

    public Optional<String> displayName() {
        return current().map(id -> (String) id.getAttribute(Identities.DISPLAY_NAME));
    }

    public String authMethod() {
        return current().map(id -> (String) id.getAttribute(Identities.AUTH_METHOD)).orElse("FORM");
    }

    public Optional<UUID> unitId() {
        return current().map(id -> (UUID) id.getAttribute(Identities.UNIT_ID));
    }

    /** The path prefix of the units a reporter covers; empty for the roles that see every unit. */
    public Optional<String> scopePath() {
        if (!limitedToUnit()) {
            return Optional.empty();
        }
        // a reporter without a unit covers nothing
        return Optional.of(unitId().flatMap(id -> em.createQuery("select u.path from OrgUnit u where u.id = :id",
                String.class).setParameter("id", id).getResultStream().findFirst()).orElse("/no-unit/"));
    }

    /** Whether the caller may see the unit's submissions and calendar. */
    public boolean covers(OrgUnit unit) {
        return scopePath().map(prefix -> unit.path.startsWith(prefix)).orElse(true);
    }

    Optional<SecurityIdentity> current() {
        if (!Arc.container().requestContext().isActive()) {
            return Optional.empty();
        }
        return Optional.of(identity.get());
    }
}
