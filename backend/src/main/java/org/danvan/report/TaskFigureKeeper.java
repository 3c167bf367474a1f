package org.danvan.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.danvan.common.ChangeEvents.AssignmentsChanged;

/**
 * Keeps {@code task_figure} (one row per task, see {@link TaskCounts}) exact in the transaction of
 * every change to a task's assignments: it locks the task's row, then recounts the task's
 * assignments with one grouped query (served by {@code task_assignment_progress_idx}). The lock
 * comes first so that, on PostgreSQL's READ COMMITTED, a second change of the same task waits for
 * the first to commit and then counts it: no update is lost between two recounts.
 */
@ApplicationScoped
public class TaskFigureKeeper {

    /** The grouped count of assignments; {@code a} is task_assignment, the key columns come first. */
    static final String GROUPS = "a.role, a.status, a.review_status,"
            + " case when a.updated_by is null then 1 else 0 end";

    private final EntityManager em;

    public TaskFigureKeeper(EntityManager em) {
        this.em = em;
    }

    void onAssignments(@Observes AssignmentsChanged event) {
        em.flush();
        keep(event.planId(), event.taskId());
    }

    /** Recounts the task's row from its assignments, creating it when the task has none yet. */
    public void keep(UUID planId, UUID taskId) {
        boolean exists = !em.createNativeQuery("select task_id from task_figure where task_id = :t for update")
                .setParameter("t", taskId).getResultList().isEmpty();
        TaskCounts counts = count(taskId);
        String sql = exists
                ? "update task_figure set plan_id = :p, assignments = :n, leads = :leads, not_started = :ns,"
                        + " in_progress = :ip, done = :d, done_late = :dl, not_done = :nd, not_updated = :nu,"
                        + " awaiting_review = :ar, returned = :r, accepted = :a, deciding = :dec,"
                        + " deciding_done_accepted = :dda, deciding_done_on_time = :ddo where task_id = :t"
                : "insert into task_figure (task_id, plan_id, assignments, leads, not_started, in_progress, done,"
                        + " done_late, not_done, not_updated, awaiting_review, returned, accepted, deciding,"
                        + " deciding_done_accepted, deciding_done_on_time) values (:t, :p, :n, :leads, :ns, :ip,"
                        + " :d, :dl, :nd, :nu, :ar, :r, :a, :dec, :dda, :ddo)";
        em.createNativeQuery(sql).setParameter("t", taskId).setParameter("p", planId)
                .setParameter("n", counts.assignments()).setParameter("leads", counts.leads())
                .setParameter("ns", counts.notStarted()).setParameter("ip", counts.inProgress())
                .setParameter("d", counts.done()).setParameter("dl", counts.doneLate())
                .setParameter("nd", counts.notDone()).setParameter("nu", counts.notUpdated())
                .setParameter("ar", counts.awaitingReview()).setParameter("r", counts.returned())
                .setParameter("a", counts.accepted()).setParameter("dec", counts.deciding())
                .setParameter("dda", counts.decidingDoneAccepted()).setParameter("ddo", counts.decidingDoneOnTime())
                .executeUpdate();
    }

    /** The task's counts from its assignment rows: the recount the kept row must always equal. */
    public TaskCounts count(UUID taskId) {
        List<?> rows = em.createNativeQuery("select " + GROUPS + ", count(*) from task_assignment a"
                + " where a.task_id = :t group by " + GROUPS).setParameter("t", taskId).getResultList();
        List<TaskCounts.Group> groups = new ArrayList<>();
        for (Object row : rows) {
            groups.add(group((Object[]) row, 0));
        }
        return TaskCounts.of(groups);
    }

    /** The kept counts of the task; none when it has no row. */
    public TaskCounts kept(UUID taskId) {
        List<?> rows = em.createNativeQuery("select " + KEPT_COLUMNS + " from task_figure f where f.task_id = :t")
                .setParameter("t", taskId).getResultList();
        return rows.isEmpty() ? TaskCounts.NONE : keptOf((Object[]) rows.get(0), 0);
    }

    /** Every task's row again from the assignments: the repair and audit tool. How many tasks. */
    public long rebuildAll() {
        em.flush();
        em.createNativeQuery("delete from task_figure").executeUpdate();
        List<?> tasks = em.createNativeQuery("select t.id, t.plan_id from plan_task t").getResultList();
        for (Object row : tasks) {
            Object[] r = (Object[]) row;
            keep(FigureKeeper.toUuid(r[1]), FigureKeeper.toUuid(r[0]));
        }
        return tasks.size();
    }

    /** The kept columns in {@link TaskCounts}' order, {@code f} being task_figure. */
    static final String KEPT_COLUMNS = "f.assignments, f.leads, f.not_started, f.in_progress, f.done, f.done_late,"
            + " f.not_done, f.not_updated, f.awaiting_review, f.returned, f.accepted, f.deciding,"
            + " f.deciding_done_accepted, f.deciding_done_on_time";

    /** The counts read from {@link #KEPT_COLUMNS} starting at column {@code from}; a missing row (nulls) counts none. */
    static TaskCounts keptOf(Object[] r, int from) {
        long[] c = new long[14];
        for (int i = 0; i < c.length; i++) {
            c[i] = r[from + i] == null ? 0 : ((Number) r[from + i]).longValue();
        }
        return new TaskCounts(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10], c[11], c[12], c[13]);
    }

    /** A group of {@link #GROUPS} and its count, starting at column {@code from}. */
    static TaskCounts.Group group(Object[] r, int from) {
        return new TaskCounts.Group((String) r[from], (String) r[from + 1], (String) r[from + 2],
                ((Number) r[from + 3]).intValue() == 1, ((Number) r[from + 4]).longValue());
    }

    /** Groups rows of (task id, {@link #GROUPS}, count) by task, in the order met. */
    static Map<UUID, TaskCounts> byTask(List<?> rows) {
        Map<UUID, List<TaskCounts.Group>> groups = new LinkedHashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            groups.computeIfAbsent(FigureKeeper.toUuid(r[0]), id -> new ArrayList<>()).add(group(r, 1));
        }
        Map<UUID, TaskCounts> counts = new LinkedHashMap<>();
        groups.forEach((id, g) -> counts.put(id, TaskCounts.of(g)));
        return counts;
    }
}
