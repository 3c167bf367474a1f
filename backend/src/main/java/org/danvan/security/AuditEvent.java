package org.danvan.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One recorded change; written by {@link AuditInterceptor}, only ever read here. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    public UUID id;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public String entityType;

    @Column(nullable = false)
    public String entityId;

    @Column(nullable = false)
    public String action;

    /** JSON: {"field": {"before": ..., "after": ...}}. */
    @Column(nullable = false)
    public String changes;

    public String requestId;
}
