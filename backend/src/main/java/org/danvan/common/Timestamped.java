package org.danvan.common;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.Instant;

/** When a row was created and last changed, stamped by JPA on every write. */
@MappedSuperclass
public abstract class Timestamped {

    @Column(nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public Instant updatedAt;

    /** Stamped by JPA before a write, and by a write that inserts the row in SQL itself. */
    @PrePersist
    @PreUpdate
    public void stampTimes() {
        Instant now = Instant.now();
        if (createdAt == null) {
            createdAt = now;
        }
        updatedAt = now;
    }
}
