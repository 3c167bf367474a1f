package org.danvan.demo;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.danvan.orgunit.OrgUnit;
import org.danvan.security.Account;
import org.danvan.security.Role;

/**
 * The demo's accounts, all with the password {@code danvan}: {@code admin}, {@code sonoivu}
 * (coordinator at Sở Nội vụ Tây Ninh, reaching Tây Ninh), {@code lanhdao} (leader of Tây Ninh),
 * {@code bandanvan} (coordinator at Ban Dân vận Tỉnh ủy, reaching UBND tỉnh Tây Ninh by a named reach
 * unit), {@code sonoivu.travinh} (coordinator of Trà Vinh), {@code trunguong} (national coordinator:
 * every province) and one reporter per unit named after the unit's code in lower case
 * ({@code tn.snv}, {@code tn.x.hung_dien}, ...).
 */
@ApplicationScoped
public class DemoAccounts {

    public static final String PASSWORD = "danvan";

    private final EntityManager em;

    public DemoAccounts(EntityManager em) {
        this.em = em;
    }

    /** Creates the accounts that do not exist yet; answers how many it made. */
    public int create() {
        // one hash for every demo account: they share the password, and 170 bcrypt rounds would slow the start
        String hash = BcryptUtil.bcryptHash(PASSWORD, 10);
        int made = 0;
        made += account("admin", "Quản trị hệ thống", Role.ADMIN, unit("TN"), hash);
        // coordinators and leaders reach the province of their unit, unless an admin names a reach unit
        made += account("sonoivu", "Phòng Xây dựng chính quyền, Sở Nội vụ", Role.COORDINATOR, unit("TN.SNV"), hash);
        made += account("lanhdao", "Lãnh đạo UBND tỉnh", Role.LEADER, unit("TN"), hash);
        // Ban Dân vận Tỉnh ủy is no unit of UBND tỉnh: its reach is named
        made += account("bandanvan", "Ban Dân vận Tỉnh ủy Tây Ninh", Role.COORDINATOR, unit("TN.BDVTU"), hash,
                unit("TN"));
        made += account("sonoivu.travinh", "Sở Nội vụ tỉnh Trà Vinh", Role.COORDINATOR, unit("TV.SNV"), hash);
        // no unit and no reach unit: every province
        made += account("trunguong", "Điều phối viên toàn quốc", Role.COORDINATOR, Optional.empty(), hash);
        List<OrgUnit> units = em.createQuery("select u from OrgUnit u where u.code is not null order by u.code",
                OrgUnit.class).getResultList();
        for (OrgUnit unit : units) {
            made += account(unit.code.toLowerCase(Locale.ROOT), unit.name, Role.REPORTER, Optional.of(unit.id), hash);
        }
        return made;
    }

    private Optional<UUID> unit(String code) {
        return em.createQuery("select u.id from OrgUnit u where u.code = :c", UUID.class).setParameter("c", code)
                .getResultStream().findFirst();
    }

    private int account(String username, String displayName, Role role, Optional<UUID> unitId, String hash) {
        return account(username, displayName, role, unitId, hash, Optional.empty());
    }

    private int account(String username, String displayName, Role role, Optional<UUID> unitId, String hash,
            Optional<UUID> reachUnitId) {
        if (!username.matches(Account.USERNAME) || !em.createQuery(
                "select a.id from Account a where a.username = :u").setParameter("u", username).getResultList().isEmpty()) {
            return 0;
        }
        Account account = new Account();
        account.username = username;
        account.displayName = displayName;
        account.passwordHash = hash;
        account.role = role;
        account.unitId = unitId.orElse(null);
        account.reachUnitId = reachUnitId.orElse(null);
        em.persist(account);
        return 1;
    }
}
