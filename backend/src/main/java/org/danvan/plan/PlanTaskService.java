package org.danvan.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.danvan.common.FieldError;
import org.danvan.common.Ids;
import org.danvan.common.PageRequest;
import org.danvan.common.PageView;
import org.danvan.common.Problems;
import org.danvan.common.Versions;
import org.danvan.orgunit.OrgUnit;
import org.danvan.orgunit.OrgUnitService;
import org.danvan.plan.PlanDtos.PlanTaskView;
import org.danvan.plan.PlanDtos.PlanTaskWrite;

@ApplicationScoped
public class PlanTaskService {

    private final PlanRepository plans;
    private final PlanTaskRepository tasks;
    private final OrgUnitService units;

    public PlanTaskService(PlanRepository plans, PlanTaskRepository tasks, OrgUnitService units) {
        this.plans = plans;
        this.tasks = tasks;
        this.units = units;
    }

    public PageView<PlanTaskView> listTasks(String planId, PageRequest page) {
        Plan plan = plans.load(planId);
        return page.fetch(tasks.listByPlan(plan.id)).map(PlanTaskView::of);
    }

    public Optional<PlanTaskView> findTask(String planId, String taskId) {
        Plan plan = plans.load(planId);
        return Ids.parse(taskId).flatMap(id -> tasks.findInPlan(plan.id, id)).map(PlanTaskView::of);
    }

    @Transactional
    public PlanTaskView createTask(String planId, PlanTaskWrite write) {
        PlanTask task = new PlanTask();
        task.plan = plans.loadOpen(planId);
        task.position = tasks.nextPosition(task.plan.id);
        apply(task, write);
        tasks.persistAndFlush(task);
        return PlanTaskView.of(task);
    }

    @Transactional
    public PlanTaskView updateTask(String planId, String taskId, long expectedVersion, PlanTaskWrite write) {
        PlanTask task = load(plans.loadOpen(planId), taskId);
        Versions.check(expectedVersion, task.version);
        apply(task, write);
        tasks.flush();
        return PlanTaskView.of(task);
    }

    @Transactional
    public void deleteTask(String planId, String taskId, long expectedVersion) {
        PlanTask task = load(plans.loadOpen(planId), taskId);
        Versions.check(expectedVersion, task.version);
        tasks.delete(task);
    }

    private PlanTask load(Plan plan, String taskId) {
        return Ids.parse(taskId).flatMap(id -> tasks.findInPlan(plan.id, id))
                .orElseThrow(() -> Problems.notFound("task", taskId));
    }

    private void apply(PlanTask task, PlanTaskWrite write) {
        List<FieldError> errors = new ArrayList<>();
        List<OrgUnit> leads = resolve("leadUnitIds", write.leadUnitIds(), errors);
        List<OrgUnit> coordinators = resolve("coordinatingUnitIds", write.coordinatingUnitIds(), errors);
        var timeFrame = write.timeFrame();
        if (timeFrame.kind() == TimeFrameKind.BY_DATE && timeFrame.dueDate() == null) {
            errors.add(new FieldError("timeFrame.dueDate", "required-for-by-date"));
        }
        if (timeFrame.kind() != TimeFrameKind.BY_DATE && timeFrame.dueDate() != null) {
            errors.add(new FieldError("timeFrame.dueDate", "only-for-by-date"));
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        task.ordinal = write.ordinal().trim();
        task.content = write.content().trim();
        task.directedBy = PlanService.blankToNull(write.directedBy());
        task.leadUnits.clear();
        task.leadUnits.addAll(leads);
        task.coordinatingUnits.clear();
        task.coordinatingUnits.addAll(coordinators);
        task.leadText = PlanService.blankToNull(write.leadText());
        task.coordinatingText = PlanService.blankToNull(write.coordinatingText());
        task.timeFrameKind = timeFrame.kind();
        task.timeFrameDueDate = timeFrame.dueDate();
        task.timeFrameText = PlanService.blankToNull(timeFrame.text());
    }

    private List<OrgUnit> resolve(String field, Set<String> ids, List<FieldError> errors) {
        List<OrgUnit> resolved = new ArrayList<>();
        if (ids != null) {
            for (String id : ids) {
                OrgUnit unit = units.reference(field, id, errors);
                if (unit != null) {
                    resolved.add(unit);
                }
            }
        }
        return resolved;
    }
}
