package org.danvan.submission;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;
import org.danvan.common.Ids;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An evidence file as every owner stores it (a submission's attachment, a task assignment's
 * evidence): the bytes live in the database, so every replica of the service sees them; lists never
 * load them. Filled by {@link AttachmentIntake}, which holds the size limit and the accepted types.
 */
@MappedSuperclass
public abstract class StoredFile {

    @Id
    public UUID id = Ids.next();

    @Column(nullable = false)
    public String fileName;

    @Column(nullable = false)
    public String mediaType;

    @Column(nullable = false)
    public long sizeBytes;

    @Column(nullable = false)
    public String sha256;

    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(nullable = false)
    public byte[] content;

    @Column(nullable = false)
    public Instant createdAt;
}
