package org.danvan.security;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.Query;
import java.util.Optional;
import java.util.UUID;
import org.danvan.common.Problems;
import org.danvan.common.SearchText;
import org.danvan.orgunit.OrgUnit;

/**
 * Who is acting and what they may see: the signed-in identity of the current request, or
 * {@code system} for the service's own work (demo data at start-up), and the units it reaches.
 */
@ApplicationScoped
public class Caller {

    public static final String SYSTEM = "system";

    private final Instance<SecurityIdentity> identity;
    private final Instance<ReachOfRequest> reachOfRequest;
    private final Reach reach;

    public Caller(Instance<SecurityIdentity> identity, Instance<ReachOfRequest> reachOfRequest, Reach reach) {
        this.identity = identity;
        this.reachOfRequest = reachOfRequest;
        this.reach = reach;
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

    /** Whether the caller is a reporter, acting for its own unit and the units under it. */
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

    /**
     * The path prefix of the units the caller reaches (see {@link Reach}); empty when it reaches
     * every unit (an admin, a national coordinator or leader, the service's own work). Every list,
     * report and action keeps to it. Worked out once per request.
     */
    public Optional<String> scopePath() {
        Optional<SecurityIdentity> id = current().filter(i -> !i.isAnonymous());
        if (id.isEmpty()) {
            return Optional.empty();
        }
        ReachOfRequest memo = reachOfRequest.get();
        Optional<String> path = memo.path();
        if (path == null) {
            Role role = role().orElse(Role.API_CLIENT);
            path = reach.pathOf(role, unitId().orElse(null), (UUID) id.get().getAttribute(Identities.REACH_UNIT_ID));
            memo.keep(path);
        }
        return path;
    }

    /** The top unit of the caller's reach: empty when it reaches every unit (see {@link Reach#topOf}). */
    public Optional<Optional<OrgUnit>> reachTop() {
        Optional<SecurityIdentity> id = current().filter(i -> !i.isAnonymous());
        if (id.isEmpty()) {
            return Optional.empty();
        }
        return reach.topOf(role().orElse(Role.API_CLIENT), unitId().orElse(null),
                (UUID) id.get().getAttribute(Identities.REACH_UNIT_ID));
    }

    /** Whether the unit is in the caller's reach: its submissions, assessments, models and calendar. */
    public boolean covers(OrgUnit unit) {
        return covers(unit.path);
    }

    /** {@link #covers(OrgUnit)} by the unit's path, for a hot path that read it without the entity. */
    public boolean covers(String unitPath) {
        return scopePath().map(unitPath::startsWith).orElse(true);
    }

    /**
     * The reach of what is public within a province (plans, models): a reporter reads those of its
     * province; the others their reach.
     */
    public Optional<String> readScopePath() {
        if (!limitedToUnit()) {
            return scopePath();
        }
        return reach.pathOf(Role.COORDINATOR, unitId().orElse(null), null).or(() -> Optional.of(Reach.NOWHERE));
    }

    /** {@code " and <pathColumn> like :reach escape '!'"} when the reach is limited; bind it with {@link #bindReach}. */
    public String reachPredicate(String pathColumn) {
        return scopePath().isPresent() ? " and " + pathColumn + " like :reach escape '!'" : "";
    }

    /** Binds {@code :reach} of {@link #reachPredicate} when the reach is limited. */
    public Query bindReach(Query query) {
        scopePath().ifPresent(path -> query.setParameter("reach", SearchText.startsWithPattern(path)));
        return query;
    }

    /**
     * A change to what belongs to the unit (null: to the whole installation, such as a national
     * rubric or a group of named units): 403 unless the unit is in the caller's reach.
     */
    public void requireReach(OrgUnit unit) {
        if (unit == null ? scopePath().isPresent() : !covers(unit)) {
            throw Problems.forbidden("out-of-scope");
        }
    }

    /**
     * The caller's reach, kept for the rest of the request. Read and written through methods only:
     * the bean is reached through a client proxy shared by every request, whose own fields are not
     * the request's.
     */
    @RequestScoped
    static class ReachOfRequest {

        private Optional<String> path;

        /** Null until {@link #keep} was called in this request. */
        Optional<String> path() {
            return path;
        }

        void keep(Optional<String> reached) {
            path = reached;
        }
    }

    Optional<SecurityIdentity> current() {
        if (!Arc.container().requestContext().isActive()) {
            return Optional.empty();
        }
        return Optional.of(identity.get());
    }
}
