package org.danvan.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.danvan.common.Ids;
import org.danvan.common.PageRequest;
import org.danvan.common.PageView;
import org.danvan.common.Problems;
import org.danvan.submission.AttachmentIntake;
import org.danvan.submission.AttachmentService;
import org.danvan.submission.SubmissionDtos.AttachmentView;

/**
 * Evidence files of a task assignment: taken in as submission attachments are ({@link AttachmentIntake}:
 * the same limit, types and storage), read and changed with the assignment's reach and rules (404 out
 * of reach, 409 on a closed plan). Each file added or removed is a row of the assignment's history,
 * and through Hibernate an event of the audit trail.
 */
@ApplicationScoped
public class TaskEvidenceService {

    private final TaskAssignmentService assignments;
    private final TaskEvidenceRepository files;
    private final AttachmentIntake intake;

    public TaskEvidenceService(TaskAssignmentService assignments, TaskEvidenceRepository files,
            AttachmentIntake intake) {
        this.assignments = assignments;
        this.files = files;
        this.intake = intake;
    }

    /** The assignment's files, oldest first. */
    public PageView<AttachmentView> listEvidenceFiles(String assignmentId, PageRequest page) {
        TaskAssignment assignment = assignments.load(assignmentId);
        return new PageView<>(files.describeByAssignment(assignment.id, page.offset(), page.size()), page.page(),
                page.size(), files.countByAssignment(assignment.id));
    }

    /** Stores the file on the assignment: 413 over the size limit, 415 for a type not accepted. */
    @Transactional
    public AttachmentView addEvidenceFile(String assignmentId, String fileName, byte[] content) {
        TaskAssignment assignment = assignments.load(assignmentId);
        TaskAssignmentService.requireOpenPlan(assignment);
        TaskEvidenceFile file = intake.accept(new TaskEvidenceFile(), fileName, content);
        file.assignmentId = assignment.id;
        files.persist(file);
        assignments.recordFileChange(assignment, ChangeKind.FILE_ADDED, file);
        files.flush();
        return AttachmentView.of(file);
    }

    public AttachmentService.Content downloadEvidenceFile(String assignmentId, String fileId) {
        return AttachmentService.Content.of(load(assignments.load(assignmentId), fileId));
    }

    @Transactional
    public void deleteEvidenceFile(String assignmentId, String fileId) {
        TaskAssignment assignment = assignments.load(assignmentId);
        TaskEvidenceFile file = load(assignment, fileId);
        TaskAssignmentService.requireOpenPlan(assignment);
        files.delete(file);
        assignments.recordFileChange(assignment, ChangeKind.FILE_REMOVED, file);
    }

    private TaskEvidenceFile load(TaskAssignment assignment, String fileId) {
        return Ids.parse(fileId).flatMap(id -> files.findOfAssignment(assignment.id, id))
                .orElseThrow(() -> Problems.notFound("task-evidence-file", fileId));
    }
}
