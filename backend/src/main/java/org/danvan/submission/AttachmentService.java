package org.danvan.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.danvan.common.Ids;
import org.danvan.common.PageRequest;
import org.danvan.common.PageView;
import org.danvan.common.Problems;
import org.danvan.submission.SubmissionDtos.AttachmentView;

/** Evidence files of submissions, accepted by content type and size. */
@ApplicationScoped
public class AttachmentService {

    private static final String VIEW = "select new org.danvan.submission.SubmissionDtos$AttachmentView("
            + "cast(a.id as string), a.fileName, a.mediaType, a.sizeBytes, a.sha256, a.createdAt)"
            + " from SubmissionAttachment a";

    private final SubmissionService submissions;
    private final AttachmentIntake intake;
    private final EntityManager em;

    public AttachmentService(SubmissionService submissions, AttachmentIntake intake, EntityManager em) {
        this.submissions = submissions;
        this.intake = intake;
        this.em = em;
    }

    /** The file as stored, to download. */
    public record Content(String fileName, String mediaType, byte[] bytes) {

        public static Content of(StoredFile file) {
            return new Content(file.fileName, file.mediaType, file.content);
        }
    }

    public PageView<AttachmentView> listAttachments(String submissionId, PageRequest page) {
        UUID id = submissions.load(submissionId).id;
        List<AttachmentView> items = em.createQuery(VIEW + " where a.submissionId = :s order by a.createdAt, a.id",
                        AttachmentView.class).setParameter("s", id)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = em.createQuery("select count(a) from SubmissionAttachment a where a.submissionId = :s", Long.class)
                .setParameter("s", id).getSingleResult();
        return new PageView<>(items, page.page(), page.size(), total);
    }

    /** The named files of a submission, as shown in lists (their bytes not loaded). */
    public List<AttachmentView> describeAttachments(UUID submissionId, java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery(VIEW + " where a.submissionId = :s and a.id in :ids order by a.createdAt, a.id",
                AttachmentView.class).setParameter("s", submissionId).setParameter("ids", ids).getResultList();
    }

    @Transactional
    public AttachmentView addAttachment(String submissionId, String fileName, byte[] content) {
        Submission submission = submissions.load(submissionId);
        SubmissionService.requireEditable(submission);
        SubmissionAttachment attachment = intake.accept(new SubmissionAttachment(), fileName, content);
        attachment.submissionId = submission.id;
        em.persist(attachment);
        em.flush();
        return AttachmentView.of(attachment);
    }

    public Content downloadAttachment(String submissionId, String attachmentId) {
        SubmissionAttachment attachment = load(submissionId, attachmentId);
        return Content.of(attachment);
    }

    @Transactional
    public void deleteAttachment(String submissionId, String attachmentId) {
        SubmissionAttachment attachment = load(submissionId, attachmentId);
        SubmissionService.requireEditable(submissions.load(submissionId));
        em.remove(attachment);
    }

    private SubmissionAttachment load(String submissionId, String attachmentId) {
        UUID submission = submissions.load(submissionId).id;
        return Ids.parse(attachmentId).map(id -> em.find(SubmissionAttachment.class, id))
                .filter(a -> a.submissionId.equals(submission))
                .orElseThrow(() -> Problems.notFound("attachment", attachmentId));
    }
}
