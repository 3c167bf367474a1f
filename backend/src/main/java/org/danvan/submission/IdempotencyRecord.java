package org.danvan.submission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The first answer to a create sent with an Idempotency-Key, by the hash of its body. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord {

    @Id
    @Column(name = "idempotency_key")
    public String key;

    @Column(nullable = false)
    public String requestHash;

    @Column(nullable = false)
    public UUID submissionId;

    @Column(nullable = false)
    public Instant createdAt;
}
