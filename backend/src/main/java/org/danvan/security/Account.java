package org.danvan.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.danvan.common.Ids;
import org.danvan.common.SearchText;
import org.danvan.common.Timestamped;

/** A person's or a system's account (tài khoản). */
@Entity
@Table(name = "account")
public class Account extends Timestamped {

    /** Lower-case letters, digits, dot, dash, underscore; 3 to 64 characters. */
    public static final String USERNAME = "[a-z0-9][a-z0-9._-]{2,63}";

    @Id
    public UUID id = Ids.next();

    @Column(nullable = false)
    public String username;

    @Column(nullable = false)
    public String displayName;

    /** bcrypt; the audit trail shows it as {@code ***}. */
    @Column(nullable = false)
    public String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Role role;

    /** The unit of a reporter; for the other roles, where the person works (optional). */
    public UUID unitId;

    /**
     * The unit whose subtree a coordinator or a leader reaches, when an admin names one; otherwise
     * see {@link Reach}: the province of {@link #unitId}, or every unit for an account without a unit.
     */
    public UUID reachUnitId;

    public boolean enabled = true;

    /** Failed sign-ins in a row; written with plain SQL by the sign-in, so not audited. */
    @Column(name = "failed_sign_ins", insertable = false, updatable = false)
    public int failedSignIns;

    @Column(insertable = false, updatable = false)
    public Instant lockedUntil;

    @Column(nullable = false)
    public String searchText;

    @Version
    public long version;

    @PrePersist
    @PreUpdate
    void fold() {
        searchText = SearchText.fold(username + " " + displayName);
    }
}
