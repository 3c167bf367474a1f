package org.danvan.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.danvan.assessment.AssessmentDtos.EvidenceFileView;
import org.danvan.common.Ids;
import org.danvan.common.PageRequest;
import org.danvan.common.PageView;
import org.danvan.common.Problems;
import org.danvan.rubric.RubricService;
import org.danvan.rubric.Scoring;
import org.danvan.submission.AttachmentService;
import org.danvan.submission.SubmissionDtos.AttachmentView;

/**
 * Evidence files on a score sheet's criteria. They are stored as attachments of the sheet's
 * SELF_ASSESSMENT submission through {@link AttachmentService}, so size, type and storage are the
 * report attachments' own; files change while the sheet is a DRAFT (its submission DRAFT or RETURNED).
 */
@ApplicationScoped
public class EvidenceFileService {

    private final AssessmentService assessments;
    private final AttachmentService attachments;
    private final RubricService rubrics;
    private final EntityManager em;

    public EvidenceFileService(AssessmentService assessments, AttachmentService attachments, RubricService rubrics,
            EntityManager em) {
        this.assessments = assessments;
        this.attachments = attachments;
        this.rubrics = rubrics;
        this.em = em;
    }

    /** The sheet's files, of one criterion when {@code criterion} is given, oldest first. */
    public PageView<EvidenceFileView> listEvidenceFiles(String assessmentId, Optional<String> criterion,
            PageRequest page) {
        Assessment sheet = assessments.load(assessmentId);
        List<EvidenceFile> rows = em.createQuery("select f from EvidenceFile f where f.assessmentId = :a"
                        + " and (:c is null or f.criterionCode = :c)", EvidenceFile.class)
                .setParameter("a", sheet.id).setParameter("c", criterion.map(String::trim).orElse(null))
                .getResultList();
        if (sheet.submissionId == null || rows.isEmpty()) {
            return new PageView<>(List.of(), page.page(), page.size(), 0);
        }
        Map<UUID, String> codes = rows.stream().collect(Collectors.toMap(f -> f.attachmentId, f -> f.criterionCode));
        List<EvidenceFileView> all = attachments.describeAttachments(sheet.submissionId, codes.keySet()).stream()
                .map(a -> EvidenceFileView.of(codes.get(UUID.fromString(a.id())), a)).toList();
        int from = Math.min(page.offset(), all.size());
        return new PageView<>(all.subList(from, Math.min(from + page.size(), all.size())), page.page(), page.size(),
                all.size());
    }

    /** Stores the file on the sheet's submission and names its criterion row (a leaf that applies to the unit). */
    @Transactional
    public EvidenceFileView addEvidenceFile(String assessmentId, String criterion, String fileName, byte[] content) {
        Assessment sheet = assessments.load(assessmentId);
        if (sheet.status != AssessmentStatus.DRAFT) {
            throw AssessmentService.stateProblem(sheet);
        }
        String code = criterion == null ? "" : criterion.trim();
        if (!Scoring.applicableLeaves(rubrics.scoringModel(sheet.rubric), sheet.unit.kind).containsKey(code)) {
            throw Problems.invalid("criterion", "criterion-not-scored-here");
        }
        if (sheet.submissionId == null) {
            // only a sheet kept without its period (V8) has no submission to hold files
            throw Problems.conflict("assessment-without-period");
        }
        AttachmentView stored = attachments.addAttachment(sheet.submissionId.toString(), fileName, content);
        EvidenceFile row = new EvidenceFile();
        row.attachmentId = UUID.fromString(stored.id());
        row.assessmentId = sheet.id;
        row.criterionCode = code;
        em.persist(row);
        return EvidenceFileView.of(code, stored);
    }

    public AttachmentService.Content downloadEvidenceFile(String assessmentId, String fileId) {
        EvidenceFile row = load(assessmentId, fileId);
        return attachments.downloadAttachment(assessments.load(assessmentId).submissionId.toString(),
                row.attachmentId.toString());
    }

    @Transactional
    public void deleteEvidenceFile(String assessmentId, String fileId) {
        EvidenceFile row = load(assessmentId, fileId);
        Assessment sheet = assessments.load(assessmentId);
        if (sheet.status != AssessmentStatus.DRAFT) {
            throw AssessmentService.stateProblem(sheet);
        }
        em.remove(row);
        em.flush();
        attachments.deleteAttachment(sheet.submissionId.toString(), row.attachmentId.toString());
    }

    private EvidenceFile load(String assessmentId, String fileId) {
        UUID sheet = assessments.load(assessmentId).id;
        return Ids.parse(fileId).map(id -> em.find(EvidenceFile.class, id)).filter(f -> f.assessmentId.equals(sheet))
                .orElseThrow(() -> Problems.notFound("evidence-file", fileId));
    }

}
