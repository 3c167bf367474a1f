package org.danvan.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.danvan.orgunit.OrgUnit;
import org.danvan.plan.PlanTask;
import org.danvan.plan.TimeFrameKind;

/**
 * Which units a task is assigned to, in which role and by when: each lead unit and each coordinating
 * unit once, a unit named in both a lead only; a unit no longer valid on the day that matters (the
 * assignment's due date, or the plan's first day when there is none) is replaced by its successor
 * after the 2025 mergers, when the model names one. Plain arithmetic, no database.
 */
public final class AssignmentExpansion {

    /** One assignment a task wants. */
    public record Wanted(OrgUnit unit, AssignmentRole role, LocalDate dueDate) {
    }

    private AssignmentExpansion() {
    }

    public static List<Wanted> expand(PlanTask task) {
        return expand(task.timeFrameKind, task.timeFrameDueDate, task.plan.periodStart, task.plan.periodEnd,
                task.leadUnits, task.coordinatingUnits);
    }

    /**
     * The assignments of a task with this time frame ({@code taskDueDate}: the task's own due date,
     * the last day of its month or quarter) in a plan of {@code periodStart}..{@code periodEnd}:
     * the leads first, in the order the plan names them.
     */
    public static List<Wanted> expand(TimeFrameKind kind, LocalDate taskDueDate, int periodStart, int periodEnd,
            List<OrgUnit> leads, List<OrgUnit> coordinating) {
        LocalDate due = dueDate(kind, taskDueDate, periodEnd);
        LocalDate validOn = due != null ? due : LocalDate.of(periodStart, 1, 1);
        Map<UUID, Wanted> wanted = new LinkedHashMap<>();
        for (OrgUnit unit : leads) {
            OrgUnit current = current(unit, validOn);
            wanted.putIfAbsent(current.id, new Wanted(current, AssignmentRole.LEAD, due));
        }
        for (OrgUnit unit : coordinating) {
            OrgUnit current = current(unit, validOn);
            wanted.putIfAbsent(current.id, new Wanted(current, AssignmentRole.COORDINATING, due));
        }
        return new ArrayList<>(wanted.values());
    }

    /**
     * When an assignment is due: the day of a dated task (BY_DATE, or the last day of its month or
     * quarter), the plan's last day (31/12 of its last year) for the whole period, and never for a
     * continuous task, which is reported at each report period instead.
     */
    public static LocalDate dueDate(TimeFrameKind kind, LocalDate taskDueDate, int periodEnd) {
        return switch (kind) {
            case CONTINUOUS -> null;
            case WHOLE_PERIOD -> LocalDate.of(periodEnd, 12, 31);
            case BY_DATE, BY_MONTH, BY_QUARTER -> taskDueDate;
        };
    }

    /** The unit, or the first of its successors valid on the day; the last successor when none is; itself when it has none. */
    static OrgUnit current(OrgUnit unit, LocalDate day) {
        OrgUnit current = unit;
        Set<UUID> seen = new HashSet<>();
        while (!current.isValidOn(day) && current.successor != null && seen.add(current.id)) {
            current = current.successor;
        }
        return current;
    }
}
