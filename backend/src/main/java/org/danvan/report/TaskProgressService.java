package org.danvan.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.text.CollationKey;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.danvan.plan.Plan;
import org.danvan.plan.PlanRepository;
import org.danvan.plan.TimeFrameKind;
import org.danvan.report.ReportDtos.TaskProgress;
import org.danvan.report.ReportDtos.TaskProgressReport;
import org.danvan.report.ReportDtos.TaskProgressTotals;
import org.danvan.report.ReportDtos.TaskProgressUnit;
import org.danvan.report.ReportDtos.TaskStatusCounts;
import org.danvan.security.Caller;
import org.danvan.submission.Deadlines;
import org.danvan.task.AssignmentExpansion;
import org.danvan.task.AssignmentRole;
import org.danvan.task.AssignmentStatus;

/**
 * A plan's task progress: each task's counts, whether it is done, done on time and behind schedule
 * (see {@link TaskCounts}), and the units with no update yet, named.
 *
 * <p>Without filters, for a caller whose reach holds every assignment of the plan, the counts are
 * the kept rows of {@code task_figure} (a row per task, whatever the number of units); with a unit
 * or status filter, or for a caller who reaches only part of the plan's units (a province's
 * coordinator on a national plan, a reporter), they are counted from the assignment rows in view
 * with one grouped query: exact either way, and the same arithmetic ({@link TaskCounts#of}).
 */
@ApplicationScoped
public class TaskProgressService {

    /** How many of a task's units with no update yet are named; the count says how many there are. */
    static final int NAMED_UNITS = 20;

    private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

    /** How many names' collation keys are kept (a few MB at most). */
    private static final int KEPT_KEYS = 10_000;

    private static final Map<String, CollationKey> COLLATION_KEYS = new java.util.concurrent.ConcurrentHashMap<>();

    private final EntityManager em;
    private final PlanRepository plans;
    private final Caller caller;
    private final Clock clock;

    public TaskProgressService(EntityManager em, PlanRepository plans, Caller caller, Clock clock) {
        this.em = em;
        this.plans = plans;
        this.caller = caller;
        this.clock = clock;
    }

    /** A task of the plan as listed: id, ordinal, content, time frame. */
    private record Task(UUID id, String ordinal, String content, TimeFrameKind kind, LocalDate dueDate) {
    }

    public TaskProgressReport progress(String planId, Optional<UUID> unitId, Optional<AssignmentStatus> status) {
        Plan plan = plans.load(planId);
        LocalDate today = Deadlines.dayInVietnam(clock.instant());
        boolean filtered = unitId.isPresent() || status.isPresent();
        boolean whole = !filtered && caller.scopePath().map(scope -> !anyOutside(plan.id)).orElse(true);
        List<Task> tasks = new ArrayList<>();
        Map<UUID, TaskCounts> counts = new java.util.HashMap<>();
        Map<UUID, List<TaskProgressUnit>> countedAndNamed = null;
        if (whole) {
            List<?> rows = em.createNativeQuery("select t.id, t.ordinal, t.content, t.time_frame_kind,"
                    + " t.time_frame_due_date, " + TaskFigureKeeper.KEPT_COLUMNS
                    + " from plan_task t left join task_figure f on f.task_id = t.id where t.plan_id = :p"
                    + " order by t.position, t.id").setParameter("p", plan.id).getResultList();
            for (Object row : rows) {
                Object[] r = (Object[]) row;
                Task task = task(r, plan);
                tasks.add(task);
                counts.put(task.id(), TaskFigureKeeper.keptOf(r, 5));
            }
        } else if (unitsInView(unitId)) {
            countedAndNamed = countAndName(plan.id, unitId, status, counts);
        } else {
            Query grouped = caller.bindReach(em.createNativeQuery("select a.task_id, " + TaskFigureKeeper.GROUPS
                    + ", count(*)" + from(unitId, status) + " group by a.task_id, " + TaskFigureKeeper.GROUPS));
            counts.putAll(TaskFigureKeeper.byTask(bind(grouped, plan.id, unitId, status).getResultList()));
        }
        if (!whole) {
            List<?> rows = em.createNativeQuery("select t.id, t.ordinal, t.content, t.time_frame_kind,"
                    + " t.time_frame_due_date from plan_task t where t.plan_id = :p order by t.position, t.id")
                    .setParameter("p", plan.id).getResultList();
            for (Object row : rows) {
                Task task = task((Object[]) row, plan);
                // a filter keeps the tasks it finds assignments of; the reach alone keeps every task
                if (!filtered || counts.containsKey(task.id())) {
                    tasks.add(task);
                }
            }
        }
        List<UUID> named = tasks.stream().map(Task::id)
                .filter(id -> counts.getOrDefault(id, TaskCounts.NONE).notUpdated() > 0).toList();
        Map<UUID, List<TaskProgressUnit>> notUpdatedUnits = countedAndNamed != null ? countedAndNamed
                : notUpdatedUnits(plan.id, named, whole, unitId, status);
        List<TaskProgress> items = new ArrayList<>();
        for (Task task : tasks) {
            TaskCounts c = counts.getOrDefault(task.id(), TaskCounts.NONE);
            List<TaskProgressUnit> notUpdated = notUpdatedUnits.getOrDefault(task.id(), List.of());
            items.add(new TaskProgress(task.id().toString(), task.ordinal(), task.content(), task.dueDate(),
                    task.kind(), c.assignments(),
                    new TaskStatusCounts(c.notStarted(), c.inProgress(), c.done(), c.doneLate(), c.notDone()),
                    c.notUpdated(), c.awaitingReview(), c.returned(), c.accepted(), c.deciding(),
                    c.decidingDoneAccepted(), c.decidingDoneOnTime(), c.assignmentsBehindSchedule(task.dueDate(), today),
                    c.taskDone(), c.taskDoneOnTime(), c.taskBehindSchedule(task.dueDate(), today), notUpdated));
        }
        // behind schedule first, then the plan's order (the sort is stable)
        items.sort(Comparator.comparing(item -> !item.behindSchedule()));
        return new TaskProgressReport(plan.id.toString(), today, totals(items), items);
    }

    private static TaskProgressTotals totals(List<TaskProgress> items) {
        long[] t = new long[10];
        for (TaskProgress item : items) {
            t[0]++;
            t[1] += item.done() ? 1 : 0;
            t[2] += item.doneOnTime() ? 1 : 0;
            t[3] += item.behindSchedule() ? 1 : 0;
            t[4] += item.assignments();
            t[5] += item.byStatus().done() + item.byStatus().doneLate();
            t[6] += item.byStatus().done();
            t[7] += item.notUpdated();
            t[8] += item.awaitingReview();
            t[9] += item.assignmentsBehindSchedule();
        }
        return new TaskProgressTotals(t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7], t[8], t[9]);
    }

    /** The task and its due date: the day of a dated task, the plan's last day for the whole period, none when continuous. */
    private static Task task(Object[] r, Plan plan) {
        TimeFrameKind kind = TimeFrameKind.valueOf((String) r[3]);
        LocalDate due = AssignmentExpansion.dueDate(kind, FigureKeeper.toDate(r[4]), plan.periodEnd);
        return new Task(FigureKeeper.toUuid(r[0]), (String) r[1], (String) r[2], kind, due);
    }

    /** Whether some assignment of the plan is outside the caller's reach (then the kept rows say too much). */
    private boolean anyOutside(UUID planId) {
        String reach = caller.reachPredicate("u.path");
        String outside = reach.replaceFirst(" and ", " and not (") + ")";
        return !caller.bindReach(em.createNativeQuery("select a.id from task_assignment a join org_unit u"
                + " on u.id = a.unit_id where a.plan_id = :p" + outside)).setParameter("p", planId)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** The assignment rows in view: the plan's, of the units the caller reaches, kept by the filters. */
    private String from(Optional<UUID> unitId, Optional<AssignmentStatus> status) {
        return " from task_assignment a join org_unit u on u.id = a.unit_id where a.plan_id = :p"
                + caller.reachPredicate("u.path") + (unitId.isPresent() ? " and a.unit_id = :unit" : "")
                + (status.isPresent() ? " and a.status = :status" : "");
    }

    private static Query bind(Query query, UUID planId, Optional<UUID> unitId, Optional<AssignmentStatus> status) {
        query.setParameter("p", planId);
        unitId.ifPresent(id -> query.setParameter("unit", id));
        status.ifPresent(s -> query.setParameter("status", s.name()));
        return query;
    }

    /**
     * Whether the rows in view are read unit by unit, from the units the caller reaches (a province's
     * coordinator, a reporter) or the one unit asked for, rather than task by task.
     */
    private boolean unitsInView(Optional<UUID> unitId) {
        return caller.scopePath().isPresent() || unitId.isPresent();
    }

    /**
     * The counts of the rows in view (into {@code counts}) and the first {@link #NAMED_UNITS} units of
     * each task with no update yet, with one query: the rows are read once, from the units in view
     * through {@code task_assignment_plan_unit_idx} (V17, covering: no table row is read), then grouped
     * for the counts and ranked per task by a window (role descending, unit descending, as
     * {@link #notUpdatedUnits} reads them) for the names, read for the kept ones only.
     */
    private Map<UUID, List<TaskProgressUnit>> countAndName(UUID planId, Optional<UUID> unitId,
            Optional<AssignmentStatus> status, Map<UUID, TaskCounts> counts) {
        String groups = TaskFigureKeeper.GROUPS.replace("a.", "v.");
        Query query = caller.bindReach(em.createNativeQuery("with v as (select a.task_id, a.unit_id, a.role, a.status,"
                + " a.review_status, a.updated_by" + from(unitId, status) + ")"
                + " select 0, v.task_id, " + groups + ", count(*), cast(null as uuid), cast(null as varchar(500))"
                + " from v group by v.task_id, " + groups
                + " union all select 1, n.task_id, n.role, null, null, 1, n.unit_rank, n.unit_id,"
                // the name by a subquery: read for the kept rows only (a join was planned as a hash of every unit)
                + " (select nu.name from org_unit nu where nu.id = n.unit_id) from (select v.task_id, v.unit_id, v.role,"
                + " row_number() over (partition by v.task_id order by v.role desc, v.unit_id desc) as unit_rank"
                + " from v where v.updated_by is null) n where n.unit_rank <= " + NAMED_UNITS));
        List<Object[]> grouped = new ArrayList<>();
        List<Object[]> named = new ArrayList<>();
        for (Object row : bind(query, planId, unitId, status).getResultList()) {
            Object[] r = (Object[]) row;
            if (((Number) r[0]).intValue() == 0) {
                grouped.add(java.util.Arrays.copyOfRange(r, 1, 7));
            } else {
                named.add(new Object[] {r[1], r[7], r[8], r[2]});
            }
        }
        counts.putAll(TaskFigureKeeper.byTask(grouped));
        return sortedByTask(named);
    }

    /**
     * The first {@link #NAMED_UNITS} units of each task with no update yet, leads first, then by name
     * (the first ones in the order role descending, unit descending, then sorted), for the whole plan
     * or a status filter alone: one query, a part per task, each read in the order of
     * {@code task_assignment_progress_idx} (task, no update, role, unit), so a task of 50,000 units
     * costs a few index entries, not a sort.
     */
    private Map<UUID, List<TaskProgressUnit>> notUpdatedUnits(UUID planId, List<UUID> taskIds, boolean whole,
            Optional<UUID> unitId, Optional<AssignmentStatus> status) {
        if (taskIds.isEmpty()) {
            return Map.of();
        }
        // the kept path reads the index alone: the task is enough (its rows are the plan's)
        String where = whole ? " from task_assignment a join org_unit u on u.id = a.unit_id where a.updated_by is null"
                : from(unitId, status);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < taskIds.size(); i++) {
            parts.add("(select a.task_id, a.unit_id, u.name, a.role" + where + " and a.task_id = :t" + i
                    + " and a.updated_by is null order by a.updated_by desc, a.role desc, a.unit_id desc"
                    + " fetch first " + NAMED_UNITS + " rows only)");
        }
        Query query = em.createNativeQuery(String.join(" union all ", parts));
        for (int i = 0; i < taskIds.size(); i++) {
            query.setParameter("t" + i, taskIds.get(i));
        }
        if (!whole) {
            bind(caller.bindReach(query), planId, unitId, status);
        }
        List<Object[]> rows = new ArrayList<>();
        for (Object row : query.getResultList()) {
            rows.add((Object[]) row);
        }
        return sortedByTask(rows);
    }

    /**
     * Rows of (task, unit, name, role) as each task's units, leads first, then by name. Sorted by
     * collation keys, made once per name: comparing the names with the collator itself normalized each
     * name again at every comparison and was most of a national read's CPU.
     */
    private static Map<UUID, List<TaskProgressUnit>> sortedByTask(List<Object[]> rows) {
        Map<UUID, List<Named>> named = new java.util.HashMap<>();
        for (Object[] r : rows) {
            TaskProgressUnit unit = new TaskProgressUnit(ReportService.id(r[1]), (String) r[2],
                    AssignmentRole.valueOf((String) r[3]));
            named.computeIfAbsent(FigureKeeper.toUuid(r[0]), id -> new ArrayList<>())
                    .add(new Named(unit, collationKey(unit.unitName())));
        }
        Comparator<Named> order = Comparator.comparing((Named n) -> n.unit().role() != AssignmentRole.LEAD)
                .thenComparing(Named::key);
        Map<UUID, List<TaskProgressUnit>> units = new java.util.HashMap<>();
        named.forEach((task, list) -> {
            list.sort(order);
            units.put(task, list.stream().map(Named::unit).toList());
        });
        return units;
    }

    /**
     * The collation key of a unit's name, kept for the next reads (a key depends on the name alone):
     * a national read names the same few hundred units each time. At most {@link #KEPT_KEYS} kept.
     */
    private static CollationKey collationKey(String name) {
        CollationKey key = COLLATION_KEYS.get(name);
        if (key == null) {
            if (COLLATION_KEYS.size() >= KEPT_KEYS) {
                COLLATION_KEYS.clear();
            }
            key = VIETNAMESE.getCollationKey(name);
            COLLATION_KEYS.put(name, key);
        }
        return key;
    }

    /** A unit named and the collation key of its name. */
    private record Named(TaskProgressUnit unit, CollationKey key) {
    }
}
