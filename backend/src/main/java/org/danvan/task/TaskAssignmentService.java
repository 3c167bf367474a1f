package org.danvan.task;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
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
    private final UnitGroupRepository groups;

    public TaskAssignmentService(TaskAssignmentRepository assignments, PlanRepository plans,
            PlanTaskRepository tasks, EntityManager em, Caller actor, TaskAssignmentChangeRepository changes,
            Clock clock, UnitGroupRepository groups) {
        this.groups = groups;
        this.assignments = assignments;
        this.plans = plans;
        this.tasks = tasks;
        this.em = em;
        this.actor = actor;
        this.changes = changes;
        this.clock = clock;
    }

    /** The task's assignments the caller reaches: 404 for a plan it does not see or a task not in the plan. */
    public PageView<TaskAssignmentView> listTaskAssignments(String planId, String taskId, PageRequest page) {
        Plan plan = plans.load(planId);
        PlanTask task = Ids.parse(taskId).flatMap(id -> tasks.findInPlan(plan.id, id))
                .orElseThrow(() -> Problems.notFound("task", taskId));
        var filter = new TaskAssignmentRepository.Filter(Optional.of(task.id), Optional.empty(),
                Optional.empty(), Optional.empty());
        return page.fetch(assignments.search(plan.id, filter, actor.scopePath())).map(TaskAssignmentView::of);
    }

    /** The plan's assignments the filter keeps, of the units the caller reaches. */
    public PageView<TaskAssignmentView> listPlanAssignments(String planId, TaskAssignmentRepository.Filter filter,
            PageRequest page) {
        Plan plan = plans.load(planId);
        return page.fetch(assignments.search(plan.id, filter, actor.scopePath())).map(TaskAssignmentView::of);
    }

    /** The assignment, when the caller reaches its unit (404 otherwise). */
    public TaskAssignmentView findAssignment(String id) {
        return TaskAssignmentView.of(load(id));
    }

    /**
     * Records the unit's progress on its assignment: 404 for one the caller does not reach (a
     * reporter: another unit's, as with submissions), 412 for a stale version, 409 on a closed plan,
     * 400 naming each field the rules refuse. The server decides between DONE and DONE_LATE by the
     * due date. A change is kept in the history (and, through Hibernate, the audit trail).
     */
    @Transactional
    public TaskAssignmentView updateAssignment(String id, long expectedVersion, TaskAssignmentUpdate write) {
        TaskAssignment assignment = load(id);
        Versions.check(expectedVersion, assignment.version);
        if (assignment.task.plan.status == PlanStatus.CLOSED) {
            throw Problems.conflict("plan-closed");
        }
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
        if (from == status && Objects.equals(assignment.result, result)
                && Objects.equals(assignment.doneOn, write.doneOn())
                && Objects.equals(assignment.notDoneReason, notDoneReason)) {
            return TaskAssignmentView.of(assignment);
        }
        assignment.status = status;
        assignment.result = result;
        assignment.doneOn = write.doneOn();
        assignment.notDoneReason = notDoneReason;
        assignment.updatedBy = actor.name();
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
        return TaskAssignmentView.of(assignment);
    }

    /** The assignment's progress updates, oldest first. */
    public PageView<TaskAssignmentChangeView> listHistory(String id, PageRequest page) {
        TaskAssignment assignment = load(id);
        return page.fetch(changes.listByAssignment(assignment.id)).map(TaskAssignmentChangeView::of);
    }

    /** The assignment, when the caller reaches its unit: another unit's is as unknown to a reporter as a missing one. */
    private TaskAssignment load(String id) {
        return Ids.parse(id).flatMap(assignments::findByIdOptional).filter(a -> actor.covers(a.unit))
                .orElseThrow(() -> Problems.notFound("task-assignment", id));
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
        assignments.find("task.id = ?1 and (status <> ?2 or result is not null)", event.taskId(),
                AssignmentStatus.NOT_STARTED).firstResultOptional().ifPresent(TaskAssignmentService::requireNoProgress);
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
        existing.values().forEach(TaskAssignmentService::requireNoProgress);
        existing.values().forEach(assignments::delete);
        assignments.flush();
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

    /** 409 {@code task-assignment-has-progress}, naming the unit, for an assignment that has progress. */
    private static void requireNoProgress(TaskAssignment assignment) {
        if (assignment.hasProgress()) {
            throw Problems.conflict("task-assignment-has-progress", assignment.unit.name);
        }
    }

    private record Key(UUID unitId, AssignmentRole role) {
    }
}
