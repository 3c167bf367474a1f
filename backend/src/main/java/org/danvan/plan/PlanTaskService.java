package org.danvan.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.danvan.common.ChangeEvents.TaskChanged;
import org.danvan.common.ChangeEvents.TaskDeleting;
import org.danvan.common.FieldError;
import org.danvan.common.Ids;
import org.danvan.common.PageRequest;
import org.danvan.common.PageView;
import org.danvan.common.Problems;
import org.danvan.common.Versions;
import org.danvan.orgunit.OrgUnit;
import org.danvan.orgunit.OrgUnitService;
import org.danvan.orgunit.UnitGroup;
import org.danvan.orgunit.UnitGroupService;
import org.danvan.plan.PlanDtos.PlanTaskView;
import org.danvan.plan.PlanDtos.TimeFrameDto;
import org.danvan.plan.PlanDtos.PlanTaskWrite;

@ApplicationScoped
public class PlanTaskService {

    private final PlanRepository plans;
    private final PlanTaskRepository tasks;
    private final OrgUnitService units;
    private final UnitGroupService groups;
    private final Event<TaskChanged> changed;
    private final Event<TaskDeleting> deleting;

    public PlanTaskService(PlanRepository plans, PlanTaskRepository tasks, OrgUnitService units,
            UnitGroupService groups, Event<TaskChanged> changed, Event<TaskDeleting> deleting) {
        this.groups = groups;
        this.plans = plans;
        this.tasks = tasks;
        this.units = units;
        this.changed = changed;
        this.deleting = deleting;
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
        changed.fire(new TaskChanged(task.id));
        return PlanTaskView.of(task);
    }

    @Transactional
    public PlanTaskView updateTask(String planId, String taskId, long expectedVersion, PlanTaskWrite write) {
        PlanTask task = load(plans.loadOpen(planId), taskId);
        Versions.check(expectedVersion, task.version);
        apply(task, write);
        tasks.flush();
        changed.fire(new TaskChanged(task.id));
        return PlanTaskView.of(task);
    }

    @Transactional
    public void deleteTask(String planId, String taskId, long expectedVersion) {
        PlanTask task = load(plans.loadOpen(planId), taskId);
        Versions.check(expectedVersion, task.version);
        deleting.fire(new TaskDeleting(task.id));
        tasks.delete(task);
    }

    /** The plan's period changed: the due dates of its whole-period tasks and the units valid then move with it. */
    void periodChanged(Plan plan) {
        for (PlanTask task : tasks.listByPlan(plan.id).list()) {
            changed.fire(new TaskChanged(task.id));
        }
    }

    private PlanTask load(Plan plan, String taskId) {
        return Ids.parse(taskId).flatMap(id -> tasks.findInPlan(plan.id, id))
                .orElseThrow(() -> Problems.notFound("task", taskId));
    }

    private void apply(PlanTask task, PlanTaskWrite write) {
        List<FieldError> errors = new ArrayList<>();
        List<OrgUnit> leads = resolve("leadUnitIds", write.leadUnitIds(), errors);
        List<OrgUnit> coordinators = resolve("coordinatingUnitIds", write.coordinatingUnitIds(), errors);
        List<UnitGroup> leadGroups = resolveGroups("leadGroupIds", write.leadGroupIds(), errors);
        List<UnitGroup> coordinatingGroups = resolveGroups("coordinatingGroupIds", write.coordinatingGroupIds(), errors);
        var timeFrame = write.timeFrame();
        LocalDate dueDate = checkTimeFrame(timeFrame, errors);
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
        task.leadGroups.clear();
        task.leadGroups.addAll(leadGroups);
        task.coordinatingGroups.clear();
        task.coordinatingGroups.addAll(coordinatingGroups);
        task.section = write.section() == null ? TaskSection.TASK : write.section();
        task.leadText = PlanService.blankToNull(write.leadText());
        task.coordinatingText = PlanService.blankToNull(write.coordinatingText());
        task.timeFrameKind = timeFrame.kind();
        task.timeFrameDueDate = dueDate;
        task.timeFrameText = PlanService.blankToNull(timeFrame.text());
    }

    /**
     * The time frame's due date: the day of a BY_DATE frame, the last day of a BY_MONTH or BY_QUARTER
     * frame, none otherwise. A month or a quarter is written with its year and number, or with its
     * last day alone; a frame read back (its number with the due date) is accepted as it is.
     */
    private static LocalDate checkTimeFrame(TimeFrameDto frame, List<FieldError> errors) {
        TimeFrameKind kind = frame.kind();
        boolean byMonth = kind == TimeFrameKind.BY_MONTH;
        boolean byQuarter = kind == TimeFrameKind.BY_QUARTER;
        if (!byMonth && !byQuarter) {
            if (kind == TimeFrameKind.BY_DATE && frame.dueDate() == null) {
                errors.add(new FieldError("timeFrame.dueDate", "required-for-by-date"));
            }
            if (kind != TimeFrameKind.BY_DATE && frame.dueDate() != null) {
                errors.add(new FieldError("timeFrame.dueDate", "only-for-by-date"));
            }
            notGiven(frame.year(), "timeFrame.year", "only-for-month-or-quarter", errors);
            notGiven(frame.month(), "timeFrame.month", "only-for-by-month", errors);
            notGiven(frame.quarter(), "timeFrame.quarter", "only-for-by-quarter", errors);
            return kind == TimeFrameKind.BY_DATE ? frame.dueDate() : null;
        }
        notGiven(byMonth ? frame.quarter() : frame.month(), byMonth ? "timeFrame.quarter" : "timeFrame.month",
                byMonth ? "only-for-by-quarter" : "only-for-by-month", errors);
        Integer number = byMonth ? frame.month() : frame.quarter();
        LocalDate given = frame.dueDate();
        if (frame.year() == null && number == null && given != null) {
            // the last day alone: the month or quarter it ends
            LocalDate end = byMonth ? TimeFrames.endOfMonth(given.getYear(), given.getMonthValue())
                    : TimeFrames.endOfQuarter(given.getYear(), TimeFrames.quarterOf(given));
            if (!end.equals(given)) {
                errors.add(new FieldError("timeFrame.dueDate", "end-of-month-or-quarter"));
            }
            return given;
        }
        if (frame.year() == null) {
            errors.add(new FieldError("timeFrame.year", "required-for-month-or-quarter"));
        }
        if (number == null) {
            errors.add(byMonth ? new FieldError("timeFrame.month", "required-for-by-month")
                    : new FieldError("timeFrame.quarter", "required-for-by-quarter"));
        }
        if (frame.year() == null || number == null) {
            return null;
        }
        LocalDate end = byMonth ? TimeFrames.endOfMonth(frame.year(), number)
                : TimeFrames.endOfQuarter(frame.year(), number);
        if (given != null && !given.equals(end)) {
            errors.add(new FieldError("timeFrame.dueDate", "end-of-month-or-quarter"));
        }
        return end;
    }

    private static void notGiven(Integer value, String field, String messageKey, List<FieldError> errors) {
        if (value != null) {
            errors.add(new FieldError(field, messageKey));
        }
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

    private List<UnitGroup> resolveGroups(String field, Set<String> ids, List<FieldError> errors) {
        List<UnitGroup> resolved = new ArrayList<>();
        if (ids != null) {
            for (String id : ids) {
                UnitGroup group = groups.reference(field, id, errors);
                if (group != null) {
                    resolved.add(group);
                }
            }
        }
        return resolved;
    }
}
