package org.danvan.task;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.danvan.submission.SubmissionDtos.AttachmentView;

@ApplicationScoped
public class TaskEvidenceRepository implements PanacheRepositoryBase<TaskEvidenceFile, UUID> {

    /** The assignment's files as lists show them, oldest first, without their bytes. */
    public List<AttachmentView> describeByAssignment(UUID assignmentId, int offset, int size) {
        return getEntityManager().createQuery("select new org.danvan.submission.SubmissionDtos$AttachmentView("
                        + "cast(f.id as string), f.fileName, f.mediaType, f.sizeBytes, f.sha256, f.createdAt)"
                        + " from TaskEvidenceFile f where f.assignmentId = :a order by f.createdAt, f.id",
                        AttachmentView.class).setParameter("a", assignmentId)
                .setFirstResult(offset).setMaxResults(size).getResultList();
    }

    public long countByAssignment(UUID assignmentId) {
        return count("assignmentId", assignmentId);
    }

    public Optional<TaskEvidenceFile> findOfAssignment(UUID assignmentId, UUID fileId) {
        return findByIdOptional(fileId).filter(f -> f.assignmentId.equals(assignmentId));
    }
}
