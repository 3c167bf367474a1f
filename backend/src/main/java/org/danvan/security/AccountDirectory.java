package org.danvan.security;

import io.quarkus.cache.CacheResult;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.danvan.common.DanvanConfig;

/**
 * Who may sign in: passwords checked against their bcrypt hashes with throttling, the session
 * cookie's account re-read on every request (a disabled account stops at once), API tokens by the
 * SHA-256 of their secret.
 */
@ApplicationScoped
public class AccountDirectory {

    /** The cache of token look-ups. */
    public static final String TOKEN_CACHE = "api-tokens";

    /** Checked when the username is unknown, so a wrong name costs as long as a wrong password. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("danvan-no-such-account", 10);

    private final EntityManager em;
    private final DanvanConfig config;
    private final Clock clock;

    public AccountDirectory(EntityManager em, DanvanConfig config, Clock clock) {
        this.em = em;
        this.config = config;
        this.clock = clock;
    }

    /** What a signed-in identity carries. */
    public record SignedIn(UUID accountId, String username, String displayName, Role role, UUID unitId,
            UUID reachUnitId) {
    }

    /**
     * The account when the password is right and the account enabled and not locked. Failures in
     * a row lock the account for a while; the counters commit whether or not the sign-in succeeds.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<SignedIn> signIn(String username, char[] password) {
        Optional<Account> found = byUsername(username);
        if (found.isEmpty()) {
            BcryptUtil.matches(new String(password), DUMMY_HASH);
            return Optional.empty();
        }
        Account account = found.get();
        Instant now = clock.instant();
        if (account.lockedUntil != null && account.lockedUntil.isAfter(now)) {
            return Optional.empty();
        }
        if (!BcryptUtil.matches(new String(password), account.passwordHash)) {
            int failures = account.failedSignIns + 1;
            boolean lock = failures >= config.auth().maxFailedSignIns();
            em.createNativeQuery("update account set failed_sign_ins = :f, locked_until = :until where id = :id")
                    .setParameter("f", lock ? 0 : failures)
                    .setParameter("until", lock ? now.plus(config.auth().lockDuration()) : null)
                    .setParameter("id", account.id).executeUpdate();
            return Optional.empty();
        }
        if (account.failedSignIns != 0 || account.lockedUntil != null) {
            clearLock(account.id);
        }
        return account.enabled ? Optional.of(signedIn(account)) : Optional.empty();
    }

    /** The account a session cookie names, while it is still enabled (a read: no transaction of its own). */
    @ActivateRequestContext
    public Optional<SignedIn> active(String username) {
        return byUsername(username).filter(a -> a.enabled).map(AccountDirectory::signedIn);
    }

    /**
     * The account of a token (by the SHA-256 of its secret) that is neither expired nor revoked, while
     * the account is enabled. Answers are kept for a few seconds (`DANVAN_TOKEN_CACHE`, 10 s), so a
     * system's every request does not cost a look-up; revoking a token or changing an account empties
     * the cache of this replica at once, other replicas follow within those seconds.
     */
    @CacheResult(cacheName = TOKEN_CACHE)
    @ActivateRequestContext
    public Optional<SignedIn> byTokenHash(String tokenHash) {
        List<Account> found = em.createQuery("select a from ApiToken t, Account a where a.id = t.accountId"
                        + " and t.tokenHash = :hash and t.revokedAt is null and t.expiresAt > :now and a.enabled = true",
                        Account.class)
                .setParameter("hash", tokenHash).setParameter("now", clock.instant()).getResultList();
        return found.stream().findFirst().map(AccountDirectory::signedIn);
    }

    void clearLock(UUID accountId) {
        em.createNativeQuery("update account set failed_sign_ins = 0, locked_until = null where id = :id")
                .setParameter("id", accountId).executeUpdate();
    }

    private Optional<Account> byUsername(String username) {
        if (username == null || username.isBlank() || username.length() > 64) {
            return Optional.empty();
        }
        return em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", username.trim().toLowerCase(java.util.Locale.ROOT)).getResultStream().findFirst();
    }

    private static SignedIn signedIn(Account account) {
        return new SignedIn(account.id, account.username, account.displayName, account.role, account.unitId,
                account.reachUnitId);
    }
}
