package org.danvan.security;

import io.quarkus.cache.CacheInvalidateAll;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.danvan.common.Hashes;
import org.danvan.common.DanvanConfig;
import org.danvan.common.FieldError;
import org.danvan.common.Ids;
import org.danvan.common.PageRequest;
import org.danvan.common.PageView;
import org.danvan.common.Problems;
import org.danvan.common.SearchText;
import org.danvan.common.Versions;
import org.danvan.orgunit.OrgUnit;
import org.danvan.security.SecurityDtos.AccountCreate;
import org.danvan.security.SecurityDtos.AccountUpdate;
import org.danvan.security.SecurityDtos.AccountView;
import org.danvan.security.SecurityDtos.ApiTokenCreate;
import org.danvan.security.SecurityDtos.ApiTokenSecret;
import org.danvan.security.SecurityDtos.ApiTokenView;
import org.danvan.security.SecurityDtos.Me;
import org.danvan.security.SecurityDtos.ReachView;

/** Accounts and API tokens, managed by admins. */
@ApplicationScoped
public class AccountService {

    /** The longest life of an API token. */
    static final Duration MAX_TOKEN_LIFE = Duration.ofDays(731);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EntityManager em;
    private final DanvanConfig config;
    private final Clock clock;
    private final Caller caller;
    private final AccountDirectory directory;
    private final Repositories.Accounts accounts;
    private final Repositories.Tokens tokens;
    private final Reach reach;

    public AccountService(EntityManager em, DanvanConfig config, Clock clock, Caller caller, AccountDirectory directory,
            Repositories.Accounts accounts, Repositories.Tokens tokens, Reach reach) {
        this.em = em;
        this.reach = reach;
        this.accounts = accounts;
        this.tokens = tokens;
        this.config = config;
        this.clock = clock;
        this.caller = caller;
        this.directory = directory;
    }

    /** Filters of {@code GET /accounts}. */
    public record Filter(Optional<String> q, Optional<Role> role, Optional<UUID> unitId) {
    }

    public PageView<AccountView> listAccounts(Filter filter, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        filter.q().ifPresent(q -> where.add(SearchText.allWordsIn("searchText", q, params)));
        filter.role().ifPresent(role -> {
            where.add("role = :role");
            params.and("role", role);
        });
        filter.unitId().ifPresent(id -> {
            where.add("unitId = :unitId");
            params.and("unitId", id);
        });
        return page.fetch(accounts.find(where.isEmpty() ? "1 = 1" : String.join(" and ", where),
                Sort.by("username").and("id"), params)).map(this::view);
    }

    public Optional<AccountView> findAccount(String id) {
        return Ids.parse(id).map(uuid -> em.find(Account.class, uuid)).map(this::view);
    }

    @Transactional
    public AccountView createAccount(AccountCreate write) {
        if (em.createQuery("select count(a) from Account a where a.username = :u", Long.class)
                .setParameter("u", write.username()).getSingleResult() > 0) {
            throw Problems.conflict("duplicate-username", write.username());
        }
        Account account = new Account();
        account.username = write.username();
        account.passwordHash = BcryptUtil.bcryptHash(write.password(), config.auth().bcryptCost());
        apply(account, write.update());
        em.persist(account);
        em.flush();
        return view(account);
    }

    @Transactional
    @CacheInvalidateAll(cacheName = AccountDirectory.TOKEN_CACHE)
    public AccountView updateAccount(String id, long expectedVersion, AccountUpdate write) {
        Account account = load(id);
        Versions.check(expectedVersion, account.version);
        boolean self = caller.accountId().map(account.id::equals).orElse(false);
        if (self && (!write.enabled() || write.role() != Role.ADMIN)) {
            throw Problems.conflict("own-account");
        }
        apply(account, write);
        em.flush();
        return view(account);
    }

    @Transactional
    public void resetPassword(String id, String password) {
        Account account = load(id);
        account.passwordHash = BcryptUtil.bcryptHash(password, config.auth().bcryptCost());
        em.flush();
        directory.clearLock(account.id);
    }

    private void apply(Account account, AccountUpdate write) {
        List<FieldError> errors = new ArrayList<>();
        if (!write.role().isAccountRole()) {
            errors.add(new FieldError("role", "account-role"));
        }
        UUID unitId = null;
        if (write.unitId() != null && !write.unitId().isBlank()) {
            unitId = Ids.parse(write.unitId()).filter(u -> em.find(OrgUnit.class, u) != null).orElse(null);
            if (unitId == null) {
                errors.add(new FieldError("unitId", "unknown-org-unit", write.unitId()));
            }
        } else if (write.role() == Role.REPORTER) {
            errors.add(new FieldError("unitId", "unit-required"));
        }
        UUID reachUnitId = null;
        if (write.reachUnitId() != null && !write.reachUnitId().isBlank()) {
            // an admin reaches everything and a reporter its own unit: only the others' reach is set
            if (write.role() != Role.COORDINATOR && write.role() != Role.LEADER) {
                errors.add(new FieldError("reachUnitId", "reach-unit-role"));
            } else {
                reachUnitId = Ids.parse(write.reachUnitId()).filter(u -> em.find(OrgUnit.class, u) != null)
                        .orElse(null);
                if (reachUnitId == null) {
                    errors.add(new FieldError("reachUnitId", "unknown-org-unit", write.reachUnitId()));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        account.displayName = write.displayName().trim();
        account.role = write.role();
        account.unitId = unitId;
        account.reachUnitId = reachUnitId;
        account.enabled = write.enabled();
    }

    private AccountView view(Account account) {
        return AccountView.of(account, ReachView.of(reach.topOf(account.role, account.unitId, account.reachUnitId)));
    }

    Account load(String id) {
        return Ids.parse(id).map(uuid -> em.find(Account.class, uuid))
                .orElseThrow(() -> Problems.notFound("account", id));
    }

    /** The signed-in account as {@code GET /me} shows it. */
    public Me me() {
        String unitId = caller.unitId().map(UUID::toString).orElse(null);
        String unitName = caller.unitId().map(id -> em.find(OrgUnit.class, id)).map(u -> u.name).orElse(null);
        Role role = caller.role().orElseThrow(() -> new IllegalStateException("a signed-in identity without a role"));
        return new Me(caller.accountId().map(UUID::toString).orElse(null), caller.name(),
                caller.displayName().orElse(caller.name()), role, unitId, unitName, ReachView.of(caller.reachTop()),
                caller.authMethod());
    }

    public PageView<ApiTokenView> listTokens(Optional<UUID> accountId, PageRequest page) {
        return page.fetch(accountId.isPresent()
                ? tokens.find("accountId", Sort.descending("createdAt").and("id"), accountId.get())
                : tokens.findAll(Sort.descending("createdAt").and("id"))).map(ApiTokenView::of);
    }

    /** Makes a token: 32 random bytes, kept as their SHA-256; the secret is answered once. */
    @Transactional
    public ApiTokenSecret createToken(ApiTokenCreate write) {
        Optional<Account> account = Ids.parse(write.accountId()).map(id -> em.find(Account.class, id));
        if (account.isEmpty()) {
            throw Problems.invalid("accountId", "unknown-account", write.accountId());
        }
        Instant now = clock.instant();
        if (write.expiresAt().isAfter(now.plus(MAX_TOKEN_LIFE))) {
            throw Problems.invalid("expiresAt", "token-life", MAX_TOKEN_LIFE.toDays());
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = "dvt_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiToken token = new ApiToken();
        token.accountId = account.get().id;
        token.name = write.name().trim();
        token.prefix = secret.substring(0, 8);
        token.tokenHash = Hashes.sha256(secret);
        token.expiresAt = write.expiresAt();
        token.createdAt = now;
        em.persist(token);
        em.flush();
        return new ApiTokenSecret(token.id.toString(), token.accountId.toString(), token.name, token.prefix,
                token.createdAt, token.expiresAt, null, secret);
    }

    @Transactional
    @CacheInvalidateAll(cacheName = AccountDirectory.TOKEN_CACHE)
    public void revokeToken(String id) {
        ApiToken token = Ids.parse(id).map(uuid -> em.find(ApiToken.class, uuid))
                .orElseThrow(() -> Problems.notFound("api-token", id));
        if (token.revokedAt == null) {
            token.revokedAt = clock.instant();
        }
    }

}
