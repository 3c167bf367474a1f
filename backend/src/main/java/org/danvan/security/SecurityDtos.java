package org.danvan.security;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.danvan.orgunit.OrgUnit;

/** The contract's schemas for accounts, tokens, the signed-in account and the audit trail. */
public final class SecurityDtos {

    private SecurityDtos() {
    }

    public record Me(String id, String username, String displayName, Role role, String unitId, String unitName,
            ReachView reach, String authMethod) {
    }

    /** The units an account reaches: every one, or the subtree of one (none when that unit is gone). */
    public record ReachView(boolean allUnits, String unitId, String unitName) {

        static ReachView of(Optional<Optional<OrgUnit>> top) {
            return top.map(unit -> new ReachView(false, unit.map(u -> u.id.toString()).orElse(null),
                    unit.map(u -> u.name).orElse(null))).orElse(new ReachView(true, null, null));
        }
    }

    public record AccountUpdate(@NotBlank @Size(max = 200) String displayName, @NotNull Role role, String unitId,
            String reachUnitId, @NotNull Boolean enabled) {
    }

    public record AccountCreate(
            @NotNull @Pattern(regexp = Account.USERNAME) String username,
            @NotBlank @Size(max = 200) String displayName,
            @NotNull @Size(min = 8, max = 128) String password,
            @NotNull Role role, String unitId, String reachUnitId, @NotNull Boolean enabled) {

        AccountUpdate update() {
            return new AccountUpdate(displayName, role, unitId, reachUnitId, enabled);
        }
    }

    public record AccountView(String id, String username, String displayName, Role role, String unitId,
            String reachUnitId, ReachView reach, boolean enabled, Instant lockedUntil, long version) {

        static AccountView of(Account a, ReachView reach) {
            return new AccountView(a.id.toString(), a.username, a.displayName, a.role,
                    a.unitId == null ? null : a.unitId.toString(), a.reachUnitId == null ? null : a.reachUnitId.toString(),
                    reach, a.enabled, a.lockedUntil, a.version);
        }
    }

    public record PasswordReset(@NotNull @Size(min = 8, max = 128) String password) {
    }

    public record ApiTokenCreate(@NotBlank String accountId, @NotBlank @Size(max = 200) String name,
            @NotNull @Future Instant expiresAt) {
    }

    public record ApiTokenView(String id, String accountId, String name, String prefix, Instant createdAt,
            Instant expiresAt, Instant revokedAt) {

        static ApiTokenView of(ApiToken t) {
            return new ApiTokenView(t.id.toString(), t.accountId.toString(), t.name, t.prefix, t.createdAt,
                    t.expiresAt, t.revokedAt);
        }
    }

    public record ApiTokenSecret(String id, String accountId, String name, String prefix, Instant createdAt,
            Instant expiresAt, Instant revokedAt, String token) {
    }

    public record AuditEventView(String id, Instant at, String actor, String entityType, String entityId,
            String action, Map<String, Object> changes, String requestId) {
    }
}
