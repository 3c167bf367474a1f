package org.danvan.common;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.danvan.security.Account;
import org.danvan.security.Role;

/**
 * The accounts the tests sign in with (HTTP Basic, password {@link #PASSWORD}), made at start-up:
 * one per role that sees every unit. Reporters belong to units, so tests make them with
 * {@link Api#reporterOf}. A cheap bcrypt cost keeps the per-request check fast.
 */
@ApplicationScoped
public class TestAccounts {

    public static final String PASSWORD = "danvan-test";
    public static final String ADMIN = "admin";
    public static final String COORDINATOR = "coordinator";
    public static final String LEADER = "leader";

    static final String HASH = BcryptUtil.bcryptHash(PASSWORD, 4);

    private final EntityManager em;

    public TestAccounts(EntityManager em) {
        this.em = em;
    }

    @Transactional
    void onStart(@Observes StartupEvent event) {
        create(ADMIN, Role.ADMIN, null);
        create(COORDINATOR, Role.COORDINATOR, null);
        create(LEADER, Role.LEADER, null);
    }

    /** Creates the account unless it exists. */
    @Transactional
    public void create(String username, Role role, java.util.UUID unitId) {
        if (!em.createQuery("select a.id from Account a where a.username = :u").setParameter("u", username)
                .getResultList().isEmpty()) {
            return;
        }
        Account account = new Account();
        account.username = username;
        account.displayName = "Test " + username;
        account.passwordHash = HASH;
        account.role = role;
        account.unitId = unitId;
        em.persist(account);
    }
}
