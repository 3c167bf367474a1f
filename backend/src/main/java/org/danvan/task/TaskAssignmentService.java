package org.danvan.task;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.danvan.common.ChangeEvents.TaskChanged;
import org.danvan.common.ChangeEvents.TaskDeleting;
import org.danvan.common.Ids;
import org.danvan.common.PageRequest;
import org.danvan.common.PageView;
import org.danvan.common.Problems;
import org.danvan.plan.Plan;
import org.danvan.plan.PlanRepository;
import org.danvan.plan.PlanTask;
import org.danvan.plan.PlanTaskRepository;
import org.danvan.security.Caller;
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

    public TaskAssignmentService(TaskAssignmentRepository assignments, PlanRepository plans,
            PlanTaskRepository tasks, EntityManager em, Caller actor) {
        this.assignments = assignments;
        this.plans = plans;
        this.tasks = tasks;
        this.em = em;
        this.actor = actor;
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

    void onTaskChanged(@Observes TaskChanged event) {
        expandTask(em.find(PlanTask.class, event.taskId()));
    }

    void onTaskDeleting(@Observes TaskDeleting event) {
        // the next step (progress by the units) must refuse deleting a task whose assignments have progress
        assignments.deleteByTask(event.taskId());
    }

    /**
     * Brings the task's assignments in line with its units and time frame: an assignment still
     * wanted keeps its id and status (its due date follows the time frame), a new one starts
     * NOT_STARTED, one no longer wanted is deleted.
     */
    void expandTask(PlanTask task) {
        Map<Key, TaskAssignment> existing = new HashMap<>();
        for (TaskAssignment assignment : assignments.listByTask(task.id)) {
            existing.put(new Key(assignment.unit.id, assignment.role), assignment);
        }
        for (AssignmentExpansion.Wanted wanted : AssignmentExpansion.expand(task)) {
            TaskAssignment kept = existing.remove(new Key(wanted.unit().id, wanted.role()));
            if (kept != null) {
                if (!Objects.equals(kept.dueDate, wanted.dueDate())) {
                    kept.dueDate = wanted.dueDate();
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
        // nothing records progress yet; the next step must refuse removing an assignment that has
        // progress (or keep it) instead of deleting it here
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

    private record Key(UUID unitId, AssignmentRole role) {
    }
}
