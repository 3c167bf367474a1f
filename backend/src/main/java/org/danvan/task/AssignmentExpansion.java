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
import org.danvan.orgunit.UnitGroup;
import org.danvan.plan.PlanTask;
import org.danvan.plan.TimeFrameKind;

/**
 * Which units a task is assigned to, in which role and by when: each lead unit and each coordinating
 * unit once, a unit named in both a lead only; a unit no longer valid on the day that matters (the
 * assignment's due date, or the plan's first day when there is none) is replaced by its successor
 * after the 2025 mergers, when the model names one. A group named as lead or coordinating stands for
 * its members on that day (a member merged away by its successor; one with no successor valid that
 * day is left out); a unit reached as lead in any way is a lead only. Plain arithmetic, no database:
 * who belongs to a group is asked of {@link GroupMembers}.
 */
public final class AssignmentExpansion {

    /** One assignment a task wants. */
    public record Wanted(OrgUnit unit, AssignmentRole role, LocalDate dueDate) {
    }

    /**
     * The units that may belong to a group on a day: its members valid that day, and any explicit
     * member no longer valid (the expansion follows it to its successor).
     */
    @FunctionalInterface
    public interface GroupMembers {
        List<OrgUnit> on(UnitGroup group, LocalDate day);

        GroupMembers NONE = (group, day) -> List.of();
    }

    private AssignmentExpansion() {
    }

    public static List<Wanted> expand(PlanTask task) {
        return expand(task, GroupMembers.NONE);
    }

    public static List<Wanted> expand(PlanTask task, GroupMembers members) {
        return expand(task.timeFrameKind, task.timeFrameDueDate, task.plan.periodStart, task.plan.periodEnd,
                task.leadUnits, task.leadGroups, task.coordinatingUnits, task.coordinatingGroups, members);
    }

    /**
     * The assignments of a task with this time frame ({@code taskDueDate}: the task's own due date,
     * the last day of its month or quarter) in a plan of {@code periodStart}..{@code periodEnd}:
     * the leads first, in the order the plan names them.
     */
    public static List<Wanted> expand(TimeFrameKind kind, LocalDate taskDueDate, int periodStart, int periodEnd,
            List<OrgUnit> leads, List<OrgUnit> coordinating) {
        return expand(kind, taskDueDate, periodStart, periodEnd, leads, List.of(), coordinating, List.of(),
                GroupMembers.NONE);
    }

    /** As above, with the groups named in each role: units named first, then the groups' members. */
    public static List<Wanted> expand(TimeFrameKind kind, LocalDate taskDueDate, int periodStart, int periodEnd,
            List<OrgUnit> leads, List<UnitGroup> leadGroups, List<OrgUnit> coordinating,
            List<UnitGroup> coordinatingGroups, GroupMembers members) {
        LocalDate due = dueDate(kind, taskDueDate, periodEnd);
        LocalDate validOn = due != null ? due : LocalDate.of(periodStart, 1, 1);
        Map<UUID, Wanted> wanted = new LinkedHashMap<>();
        add(wanted, leads, AssignmentRole.LEAD, due, validOn);
        addMembers(wanted, leadGroups, members, AssignmentRole.LEAD, due, validOn);
        add(wanted, coordinating, AssignmentRole.COORDINATING, due, validOn);
        addMembers(wanted, coordinatingGroups, members, AssignmentRole.COORDINATING, due, validOn);
        return new ArrayList<>(wanted.values());
    }

    private static void add(Map<UUID, Wanted> wanted, List<OrgUnit> units, AssignmentRole role, LocalDate due,
            LocalDate validOn) {
        for (OrgUnit unit : units) {
            OrgUnit current = current(unit, validOn);
            wanted.putIfAbsent(current.id, new Wanted(current, role, due));
        }
    }

    private static void addMembers(Map<UUID, Wanted> wanted, List<UnitGroup> groups, GroupMembers members,
            AssignmentRole role, LocalDate due, LocalDate validOn) {
        for (UnitGroup group : groups) {
            for (OrgUnit member : members.on(group, validOn)) {
                OrgUnit current = current(member, validOn);
                // a member gone with no successor that day has nobody to do the task
                if (current.isValidOn(validOn)) {
                    wanted.putIfAbsent(current.id, new Wanted(current, role, due));
                }
            }
        }
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
