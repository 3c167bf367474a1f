package org.danvan.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.danvan.common.Ids;

/** A token another system signs in with; only the SHA-256 of its secret is kept. */
@Entity
@Table(name = "api_token")
public class ApiToken {

    @Id
    public UUID id = Ids.next();

    @Column(nullable = false)
    public UUID accountId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String prefix;

    @Column(nullable = false)
    public String tokenHash;

    @Column(nullable = false)
    public Instant expiresAt;

    public Instant revokedAt;

    @Column(nullable = false)
    public Instant createdAt;
}
