package org.danvan.task;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.danvan.common.ChangeEvents.AssignmentsChanged;
import org.danvan.common.ChangeEvents.GroupChanged;
import org.danvan.common.ChangeEvents.TaskChanged;
import org.danvan.common.ChangeEvents.TaskDeleting;
import org.danvan.common.Ids;
import org.danvan.common.PageRequest;
import org.danvan.common.PageView;
import org.danvan.common.FieldError;
import org.danvan.common.Problems;
import org.danvan.common.Texts;
import org.danvan.common.Versions;
import org.danvan.common.Workflow;
import org.danvan.orgunit.OrgUnit;
import org.danvan.orgunit.UnitGroup;
import org.danvan.orgunit.UnitGroupRepository;
import org.danvan.plan.Plan;
import org.danvan.plan.PlanRepository;
import org.danvan.plan.PlanStatus;
import org.danvan.plan.PlanTask;
import org.danvan.plan.PlanTaskRepository;
import org.danvan.security.Caller;
import org.danvan.submission.Deadlines;
import org.danvan.task.TaskDtos.TaskAssignmentChangeView;
import org.danvan.task.TaskDtos.TaskAssignmentUpdate;
import org.danvan.task.TaskDtos.TaskAssignmentView;

/**
 * The task assignments: kept in step with their tasks (in the transaction of the task's change) and
 * read under the caller's reach, as submissions are.
 */
@ApplicationScoped
public class TaskAssignmentService {

    private final TaskAssignmentRepository assignments;
    private final PlanRepository plans;
    private final PlanTaskRepository tasks;
    private final EntityManager em;
    private final Caller actor;
    private final TaskAssignmentChangeRepository changes;
    private final Clock clock;
    private final Event<AssignmentsChanged> assignmentsChanged;
    private final UnitGroupRepository groups;

    public TaskAssignmentService(TaskAssignmentRepository assignments, PlanRepository plans,
            PlanTaskRepository tasks, EntityManager em, Caller actor, TaskAssignmentChangeRepository changes,
            Clock clock, Event<AssignmentsChanged> assignmentsChanged,
            UnitGroupRepository groups) {
        this.groups = groups;
        this.assignments = assignments;
        this.plans = plans;
        this.tasks = tasks;
        this.em = em;
        this.actor = actor;
        this.changes = changes;
        this.clock = clock;
        this.assignmentsChanged = assignmentsChanged;
    }

    /** The task's assignments the caller reaches: 404 for a plan it does not see or a task not in the plan. */
    public PageView<TaskAssignmentView> listTaskAssignments(String planId, String taskId, PageRequest page) {
        Plan plan = plans.load(planId);
        PlanTask task = Ids.parse(taskId).flatMap(id -> tasks.findInPlan(plan.id, id))
                .orElseThrow(() -> Problems.notFound("task", taskId));
        return page.fetch(assignments.search(plan.id, TaskAssignmentRepository.Filter.ofTask(task.id),
                actor.scopePath())).map(TaskAssignmentView::of);
    }

    /** The plan's assignments the filter keeps, of the units the caller reaches. */
    public PageView<TaskAssignmentView> listPlanAssignments(String planId, TaskAssignmentRepository.Filter filter,
            PageRequest page) {
        Plan plan = plans.load(planId);
        return page.fetch(assignments.search(plan.id, filter, actor.scopePath())).map(TaskAssignmentView::of);
    }

    /** All the plan's assignments the caller reaches, in the plan's task order, in one list (no paging). */
    public List<TaskAssignmentView> listAllPlanAssignments(String planId) {
        Plan plan = plans.load(planId);
        return assignments.search(plan.id, TaskAssignmentRepository.Filter.NONE, actor.scopePath()).list().stream()
                .map(TaskAssignmentView::of).toList();
    }

    /**
     * The assignments across plans (of one plan when {@code planId} is given) that the filter keeps,
     * of the units the caller reaches (a reporter: its own unit's; a unit out of reach: none), by due
     * date with the continuous ones last, then by plan, then in the plan's task order.
     */
    public PageView<TaskAssignmentView> listAssignments(Optional<UUID> planId, TaskAssignmentRepository.Filter filter,
            PageRequest page) {
        return page.fetch(assignments.searchAcrossPlans(planId, filter, actor.scopePath()))
                .map(TaskAssignmentView::of);
    }

    /** The assignment, when the caller reaches its unit (404 otherwise). */
    public TaskAssignmentView findAssignment(String id) {
        return TaskAssignmentView.of(load(id));
    }

    /**
     * Records the unit's progress on its assignment: 404 for one the caller does not reach (a
     * reporter: another unit's, as with submissions), 412 for a stale version, 409 on a closed plan,
     * 400 naming each field the rules refuse. The server decides between DONE and DONE_LATE by the
     * due date. A change is kept in the history (and, through Hibernate, the audit trail) and awaits
     * the coordinator's review, whatever the last review said (a returned or an accepted update alike).
     */
    @Transactional
    public TaskAssignmentView updateAssignment(String id, long expectedVersion, TaskAssignmentUpdate write) {
        TaskAssignment assignment = load(id);
        Versions.check(expectedVersion, assignment.version);
        requireOpenPlan(assignment);
        AssignmentStatus status = write.status();
        boolean done = status == AssignmentStatus.DONE || status == AssignmentStatus.DONE_LATE;
        String result = Texts.trimmed(write.result());
        String reason = Texts.trimmed(write.notDoneReason());
        List<FieldError> errors = new ArrayList<>();
        if (done && write.doneOn() == null) {
            errors.add(new FieldError("doneOn", "done-on-required"));
        }
        if (!done && write.doneOn() != null) {
            errors.add(new FieldError("doneOn", "done-on-only-when-done"));
        }
        LocalDate today = Deadlines.dayInVietnam(clock.instant());
        if (write.doneOn() != null && write.doneOn().isAfter(today)) {
            errors.add(new FieldError("doneOn", "date-in-future", today));
        }
        if (status == AssignmentStatus.NOT_DONE && reason == null) {
            errors.add(new FieldError("notDoneReason", "not-done-reason-required"));
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        if (done) {
            status = TaskAssignment.doneStatus(write.doneOn(), assignment.dueDate);
        }
        String notDoneReason = status == AssignmentStatus.NOT_DONE ? reason : null;
        AssignmentStatus from = assignment.status;
        // the same update again changes nothing, except on a returned one, which it sends back as it stands
        if (from == status && Objects.equals(assignment.result, result)
                && Objects.equals(assignment.doneOn, write.doneOn())
                && Objects.equals(assignment.notDoneReason, notDoneReason)
                && assignment.reviewStatus != ReviewStatus.RETURNED) {
            return TaskAssignmentView.of(assignment);
        }
        assignment.status = status;
        assignment.result = result;
        assignment.doneOn = write.doneOn();
        assignment.notDoneReason = notDoneReason;
        assignment.updatedBy = actor.name();
        // each update waits for the coordinator again, whatever was said of the one before
        assignment.reviewStatus = ReviewStatus.AWAITING_REVIEW;
        assignment.reviewReason = null;
        assignment.reviewedBy = null;
        assignment.reviewedAt = null;
        TaskAssignmentChange change = new TaskAssignmentChange();
        change.assignmentId = assignment.id;
        change.fromStatus = from;
        change.toStatus = status;
        change.result = result;
        change.doneOn = write.doneOn();
        change.reason = notDoneReason;
        change.actor = actor.name();
        change.at = clock.instant();
        changes.persist(change);
        assignments.flush();
        assignmentsChanged.fire(new AssignmentsChanged(assignment.planId, assignment.task.id));
        return TaskAssignmentView.of(assignment);
    }

    /**
     * Returns the unit's update for correction, with the reason it must act on (400 naming
     * {@code reason} when blank): see {@link #review}.
     */
    @Transactional
    public TaskAssignmentView returnAssignment(String id, long expectedVersion, String reason) {
        Workflow.requireReason(reason);
        return review(id, expectedVersion, ReviewStatus.RETURNED, ChangeKind.RETURN, reason);
    }

    /** Accepts the unit's update, with an optional remark: see {@link #review}. */
    @Transactional
    public TaskAssignmentView acceptAssignment(String id, long expectedVersion, String remark) {
        return review(id, expectedVersion, ReviewStatus.ACCEPTED, ChangeKind.ACCEPT, remark);
    }

    /**
     * A coordinator's review step on an update awaiting review, as with submissions: 404 for an
     * assignment out of the caller's reach, 412 for a stale version, 409 {@code plan-closed}, 409
     * {@code task-update-<state>} when the update is not awaiting review ({@code task-update-missing}:
     * the unit sent none). The unit's progress stays as it is; the step is kept in the history (and,
     * through Hibernate, the audit trail) and tells the task figures.
     */
    private TaskAssignmentView review(String id, long expectedVersion, ReviewStatus to, ChangeKind kind,
            String reason) {
        TaskAssignment assignment = load(id);
        Versions.check(expectedVersion, assignment.version);
        if (assignment.task.plan.status == PlanStatus.CLOSED) {
            throw Problems.conflict("plan-closed");
        }
        if (assignment.reviewStatus != ReviewStatus.AWAITING_REVIEW) {
            throw assignment.reviewStatus == null ? Problems.conflict("task-update-missing")
                    : Workflow.stateProblem("task-update", assignment.reviewStatus);
        }
        String said = Texts.trimmed(reason);
        assignment.reviewStatus = to;
        assignment.reviewReason = said;
        assignment.reviewedBy = actor.name();
        assignment.reviewedAt = clock.instant();
        TaskAssignmentChange change = new TaskAssignmentChange();
        change.kind = kind;
        change.assignmentId = assignment.id;
        change.fromStatus = assignment.status;
        change.toStatus = assignment.status;
        change.reason = said;
        change.actor = actor.name();
        change.at = assignment.reviewedAt;
        changes.persist(change);
        assignments.flush();
        assignmentsChanged.fire(new AssignmentsChanged(assignment.planId, assignment.task.id));
        return TaskAssignmentView.of(assignment);
    }

    /** The assignment's history (updates, review steps, files), oldest first. */
    public PageView<TaskAssignmentChangeView> listHistory(String id, PageRequest page) {
        TaskAssignment assignment = load(id);
        return page.fetch(changes.listByAssignment(assignment.id)).map(TaskAssignmentChangeView::of);
    }

    /** The assignment, when the caller reaches its unit: another unit's is as unknown to a reporter as a missing one. */
    TaskAssignment load(String id) {
        return Ids.parse(id).flatMap(assignments::findByIdOptional).filter(a -> actor.covers(a.unit))
                .orElseThrow(() -> Problems.notFound("task-assignment", id));
    }

    /** 409 {@code plan-closed}: nothing of a closed plan's assignments changes any more. */
    static void requireOpenPlan(TaskAssignment assignment) {
        if (assignment.task.plan.status == PlanStatus.CLOSED) {
            throw Problems.conflict("plan-closed");
        }
    }

    /** Keeps an evidence file added or removed in the assignment's history, its status unchanged. */
    void recordFileChange(TaskAssignment assignment, ChangeKind kind, TaskEvidenceFile file) {
        TaskAssignmentChange change = new TaskAssignmentChange();
        change.assignmentId = assignment.id;
        change.fromStatus = assignment.status;
        change.toStatus = assignment.status;
        change.kind = kind;
        change.fileId = file.id;
        change.fileName = file.fileName;
        change.actor = actor.name();
        change.at = clock.instant();
        changes.persist(change);
    }

    void onTaskChanged(@Observes TaskChanged event) {
        expandTask(em.find(PlanTask.class, event.taskId()));
    }

    /**
     * A group's members changed: the tasks of open plans that name it follow (a unit gone from the
     * group with progress on its assignment refuses the change: 409 task-assignment-has-progress).
     */
    void onGroupChanged(@Observes GroupChanged event) {
        for (PlanTask task : tasks.listOpenNamingGroup(event.groupId())) {
            expandTask(task);
        }
    }

    void onTaskDeleting(@Observes TaskDeleting event) {
        // asked without loading the others: the bulk delete leaves no loaded assignment behind
        refuseProgress(assignments.findFirstWithProgress(event.taskId()));
        assignments.deleteByTask(event.taskId());
    }

    /**
     * Brings the task's assignments in line with its units and time frame: an assignment still
     * wanted keeps its id and status (its due date follows the time frame), a new one starts
     * NOT_STARTED, one no longer wanted is deleted (one with progress refuses the change: 409).
     */
    void expandTask(PlanTask task) {
        Map<Key, TaskAssignment> existing = new HashMap<>();
        for (TaskAssignment assignment : assignments.listByTask(task.id)) {
            existing.put(new Key(assignment.unit.id, assignment.role), assignment);
        }
        for (AssignmentExpansion.Wanted wanted : AssignmentExpansion.expand(task, this::groupMembers)) {
            TaskAssignment kept = existing.remove(new Key(wanted.unit().id, wanted.role()));
            if (kept != null) {
                if (!Objects.equals(kept.dueDate, wanted.dueDate())) {
                    kept.dueDate = wanted.dueDate();
                    // a task done is on time or late by its new date
                    if (kept.doneOn != null) {
                        kept.status = TaskAssignment.doneStatus(kept.doneOn, kept.dueDate);
                    }
                }
                continue;
            }
            TaskAssignment created = new TaskAssignment();
            created.planId = task.plan.id;
            created.task = task;
            created.unit = wanted.unit();
            created.role = wanted.role();
            created.dueDate = wanted.dueDate();
            assignments.persist(created);
        }
        // an assignment its unit has recorded progress on is not dropped silently: the task's change is refused
        refuseProgress(assignments.findFirstWithProgress(existing.values().stream().map(a -> a.id).toList()));
        existing.values().forEach(assignments::delete);
        assignments.flush();
        assignmentsChanged.fire(new AssignmentsChanged(task.plan.id, task.id));
    }

    /**
     * Expands every task once when a migration asked for it (V11: the tasks saved before
     * assignments existed); the request row's lock keeps a second replica starting at the same
     * time from doing it twice. Whether it ran.
     */
    @Transactional
    @TransactionConfiguration(timeout = 3600)
    public boolean expandRequestedAssignments() {
        if (em.createNativeQuery("select id from task_assignment_request for update").getResultList().isEmpty()) {
            return false;
        }
        List<UUID> ids = em.createQuery("select t.id from PlanTask t order by t.id", UUID.class).getResultList();
        for (UUID id : ids) {
            expandTask(em.find(PlanTask.class, id));
            em.clear();
        }
        em.createNativeQuery("delete from task_assignment_request").executeUpdate();
        return true;
    }

    /** The group's members on the day, and its explicit members gone by then (followed to their successors). */
    private List<OrgUnit> groupMembers(UnitGroup group, LocalDate day) {
        List<OrgUnit> members = new ArrayList<>(groups.members(group, day).list());
        group.members.stream().filter(unit -> !unit.isValidOn(day)).forEach(members::add);
        return members;
    }

    /** 409 {@code task-assignment-has-progress}, naming the unit, when an assignment with progress was found. */
    private static void refuseProgress(Optional<TaskAssignment> withProgress) {
        withProgress.ifPresent(assignment -> {
            throw Problems.conflict("task-assignment-has-progress", assignment.unit.name);
        });
    }

    private record Key(UUID unitId, AssignmentRole role) {
    }
}
