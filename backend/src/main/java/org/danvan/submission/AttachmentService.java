package org.danvan.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.danvan.common.DanvanConfig;
import org.danvan.common.Hashes;
import org.danvan.common.Ids;
import org.danvan.common.PageRequest;
import org.danvan.common.PageView;
import org.danvan.common.ProblemException;
import org.danvan.common.Problems;
import org.danvan.submission.SubmissionDtos.AttachmentView;

/** Evidence files of submissions, accepted by content type and size. */
@ApplicationScoped
public class AttachmentService {

    private static final String VIEW = "select new org.danvan.submission.SubmissionDtos$AttachmentView("
            + "cast(a.id as string), a.fileName, a.mediaType, a.sizeBytes, a.sha256, a.createdAt)"
            + " from SubmissionAttachment a";

    private final SubmissionService submissions;
    private final EntityManager em;
    private final Clock clock;
    private final long maxSize;

    public AttachmentService(SubmissionService submissions, EntityManager em, Clock clock, DanvanConfig config) {
        this.submissions = submissions;
        this.em = em;
        this.clock = clock;
        this.maxSize = config.uploads().maxSize().asLongValue();
    }

    /** The file as stored, to download. */
    public record Content(String fileName, String mediaType, byte[] bytes) {
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
        if (content.length > maxSize) {
            throw new ProblemException(413, "payload-too-large", List.of());
        }
        String mediaType = AttachmentTypes.detect(content)
                .orElseThrow(() -> new ProblemException(415, "unsupported-file-type", List.of()));
        SubmissionAttachment attachment = new SubmissionAttachment();
        attachment.submissionId = submission.id;
        attachment.fileName = safeName(fileName);
        attachment.mediaType = mediaType;
        attachment.sizeBytes = content.length;
        attachment.sha256 = Hashes.sha256(content);
        attachment.content = content;
        attachment.createdAt = clock.instant();
        em.persist(attachment);
        em.flush();
        return new AttachmentView(attachment.id.toString(), attachment.fileName, mediaType, attachment.sizeBytes,
                attachment.sha256, attachment.createdAt);
    }

    public Content downloadAttachment(String submissionId, String attachmentId) {
        SubmissionAttachment attachment = load(submissionId, attachmentId);
        return new Content(attachment.fileName, attachment.mediaType, attachment.content);
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

    /** Keeps the name a person gave, without any path or control characters. */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "tep-dinh-kem";
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }
}
