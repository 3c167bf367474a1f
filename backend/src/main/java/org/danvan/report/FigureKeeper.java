package org.danvan.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.danvan.common.MultiStatement;
import org.danvan.plan.MeasureKind;
import org.danvan.plan.ObligationExtension;
import org.danvan.plan.ObligationPeriod;
import org.danvan.plan.PlanStatus;
import org.danvan.plan.Target;
import org.danvan.submission.Deadlines;
import org.danvan.submission.Submission;
import org.danvan.submission.SubmissionStatus;
import org.danvan.submission.Timeliness;

/**
 * Keeps the report figures current in the transaction of the change that moves them.
 *
 * <p>Who owes a period lives in {@code assignment}, one row per unit; the figures are counters in
 * {@code period_figure} and {@code target_figure}, 16 rows per period (and per target, period and
 * unit kind) so that a deadline day's submissions do not queue on one row. A submission's move adds
 * its delta to its unit's row; a change of units, groups, schedules or extensions re-resolves the
 * periods it touches and recounts them from the rows; {@link #rebuildPeriod} remakes the rows too.
 */
@ApplicationScoped
public class FigureKeeper {

    private static final String SUBMITTED = "('SUBMITTED', 'RETURNED', 'ACCEPTED')";
    /** A unit's row of a period as {@link Standing} reads it, {@code a} being the assignment. */
    private static final String STANDING_COLUMNS = "a.submission_id, a.status, a.timeliness, a.due_date, a.deadline,"
            + " a.shard, a.unit_kind";

    private final EntityManager em;
    private final DataSource dataSource;

    public FigureKeeper(EntityManager em, DataSource dataSource) {
        this.em = em;
        this.dataSource = dataSource;
    }

    /**
     * Where a unit stands on a period, as the assignment row holds it: its submission if any, its
     * effective due date (an extension counted) and the last day still on time.
     */
    public record Standing(UUID submissionId, String status, String timeliness, LocalDate dueDate, LocalDate deadline,
            int shard, String unitKind) {

        boolean submitted() {
            return !"MISSING".equals(status) && !"DRAFT".equals(status);
        }
    }

    /**
     * The row and the plan of a period a unit owes, with the unit's path (for the caller's reach) and
     * name: what a create needs, in one indexed probe.
     */
    public record Owed(Standing standing, UUID planId, UUID obligationId, PlanStatus planStatus, String unitPath,
            String unitName) {
    }

    /** The unit's row of the period; empty when the unit does not owe it. */
    public Optional<Standing> standing(UUID periodId, UUID unitId) {
        return probe("select " + STANDING_COLUMNS + " from assignment a where a.period_id = ? and a.unit_id = ?",
                periodId, unitId).map(FigureKeeper::standingOf);
    }

    /** {@link #standing} with the period's obligation and plan; empty when the unit does not owe the period. */
    public Optional<Owed> owed(UUID periodId, UUID unitId) {
        return probe("select " + STANDING_COLUMNS + ", o.plan_id, o.id, pl.status, u.path, u.name from assignment a"
                + " join obligation_period p on p.id = a.period_id join obligation o on o.id = p.obligation_id"
                + " join plan pl on pl.id = o.plan_id join org_unit u on u.id = a.unit_id"
                + " where a.period_id = ? and a.unit_id = ?", periodId, unitId)
                .map(row -> new Owed(standingOf(row), toUuid(row[7]), toUuid(row[8]),
                        PlanStatus.valueOf((String) row[9]), (String) row[10], (String) row[11]));
    }

    /**
     * A one-row read of the kept rows by period and unit, in plain JDBC on the transaction's own
     * connection (the data source hands the enlisted one out again): a create pays neither a
     * persistence context nor a native query's result mapping.
     */
    private Optional<Object[]> probe(String sql, UUID periodId, UUID unitId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, periodId);
            statement.setObject(2, unitId);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                Object[] row = new Object[rows.getMetaData().getColumnCount()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = rows.getObject(i + 1);
                }
                return Optional.of(row);
            }
        } catch (SQLException e) {
            throw new PersistenceException("assignment not read: " + e.getMessage(), e);
        }
    }

    private static Standing standingOf(Object[] row) {
        return new Standing(toUuid(row[0]), (String) row[1], (String) row[2], toDate(row[3]), toDate(row[4]),
                ((Number) row[5]).intValue(), (String) row[6]);
    }

    /**
     * A statement on the kept rows only (assignment and the counters), which no entity maps: pending
     * entity changes need not be flushed before it, so the hot path skips Hibernate's dirty check.
     */
    private static Query keptOnly(Query query) {
        return query.setFlushMode(FlushModeType.COMMIT);
    }

    /**
     * Records a submission's new state on its unit's row and adds the difference to the counters:
     * completeness when the unit owes the period, targets when the submission enters or leaves
     * ACCEPTED and the unit belongs to the target's population (which need not be the obligation's
     * group: a unit that left the group still counts for a target whose population holds it).
     */
    public void submissionMoved(Submission submission, SubmissionStatus before, List<Target> targets) {
        standing(submission.period.id, submission.unit.id)
                .ifPresentOrElse(old -> submissionMoved(submission, old, before, targets),
                        () -> moveTargets(submission, before, targets));
    }

    /** {@link #submissionMoved(Submission, SubmissionStatus, List)} from the row the caller has read. */
    private void submissionMoved(Submission submission, Standing old, SubmissionStatus before, List<Target> targets) {
        moveStanding(submission, old);
        moveTargets(submission, before, targets);
    }

    private void moveTargets(Submission submission, SubmissionStatus before, List<Target> targets) {
        boolean acceptedBefore = before == SubmissionStatus.ACCEPTED;
        boolean acceptedNow = submission.status == SubmissionStatus.ACCEPTED;
        if (acceptedBefore != acceptedNow) {
            int sign = acceptedNow ? 1 : -1;
            Integer officials = null;
            boolean officialsRead = false;
            for (Target target : targets) {
                if (target.group.includes(submission.unit, submission.period.dueDate)) {
                    long[] contribution = contribution(target, submission);
                    boolean hasData = contribution[2] == 1;
                    if (hasData && !officialsRead) {
                        officials = officials(submission.unit.id, submission.period.year);
                        officialsRead = true;
                    }
                    // a unit with data leaves the units without data, with its officials
                    long officialsMoved = hasData && officials != null ? officials : 0;
                    long unitsWithoutHeadcountMoved = hasData && officials == null ? 1 : 0;
                    addToTarget(target.id, submission.period.id, submission.unit.kind.name(), submission.unit.shard,
                            new long[] {sign * contribution[0], sign * contribution[1], sign * contribution[2],
                                -sign * officialsMoved, -sign * unitsWithoutHeadcountMoved});
                }
            }
        }
    }

    /** The unit's officials of the year; null when it has no headcount for it. */
    private Integer officials(UUID unitId, int year) {
        List<?> rows = keptOnly(em.createNativeQuery("select officials from org_unit_headcount"
                        + " where unit_id = :u and headcount_year = :y"))
                .setParameter("u", unitId).setParameter("y", year).getResultList();
        return rows.isEmpty() ? null : ((Number) rows.get(0)).intValue();
    }

    private void moveStanding(Submission submission, Standing old) {
        UUID periodId = submission.period.id;
        String timeliness = submission.firstSubmittedDay == null ? null
                : (submission.firstSubmittedDay.isAfter(old.deadline()) ? Timeliness.LATE : Timeliness.ON_TIME).name();
        Standing now = new Standing(submission.id, submission.status.name(), timeliness, old.dueDate(), old.deadline(),
                old.shard(), old.unitKind());
        keptOnly(em.createNativeQuery("update assignment set status = :status, submission_id = :sid,"
                        + " first_submitted_at = :at, first_submitted_day = :day, timeliness = :timeliness"
                        + " where period_id = :p and unit_id = :u"))
                .setParameter("status", now.status()).setParameter("sid", submission.id)
                .setParameter("at", submission.firstSubmittedAt).setParameter("day", submission.firstSubmittedDay)
                .setParameter("timeliness", timeliness).setParameter("p", periodId)
                .setParameter("u", submission.unit.id).executeUpdate();
        addToPeriod(periodId, old.shard(), delta(now, old));
    }

    /**
     * Adds to a create's statements the new draft on its unit's row, which had none: a draft counts
     * in no figure, so no counter moves.
     */
    public void draftCreated(MultiStatement statements, UUID periodId, UUID unitId, UUID submissionId) {
        statements.add("update assignment set status = 'DRAFT', submission_id = ?, first_submitted_at = null,"
                + " first_submitted_day = null, timeliness = null where period_id = ? and unit_id = ?",
                submissionId, periodId, unitId);
    }

    /** Forgets a discarded draft: it never counted, so only the row changes. */
    public void submissionDiscarded(UUID periodId, UUID unitId) {
        keptOnly(em.createNativeQuery("update assignment set status = 'MISSING', submission_id = null"
                        + " where period_id = :p and unit_id = :u"))
                .setParameter("p", periodId).setParameter("u", unitId).executeUpdate();
    }

    /** Numerator, denominator and data (1 or 0) an accepted submission adds, as {@link Contributions} counts them. */
    private static long[] contribution(Target target, Submission submission) {
        if (target.measureKind == MeasureKind.SUBMISSION) {
            return new long[] {1, 0, 1};
        }
        return submission.values.stream().filter(v -> v.targetId.equals(target.id)).findFirst()
                .map(v -> new long[] {v.numerator, v.denominator, 1}).orElse(new long[] {0, 0, 0});
    }

    private static long[] delta(Standing now, Standing old) {
        return new long[] {
            flag(now.submitted()) - flag(old.submitted()),
            flag("ACCEPTED".equals(now.status())) - flag("ACCEPTED".equals(old.status())),
            flag("RETURNED".equals(now.status())) - flag("RETURNED".equals(old.status())),
            flag(now.submitted() && "ON_TIME".equals(now.timeliness()))
                    - flag(old.submitted() && "ON_TIME".equals(old.timeliness())),
            flag(now.submitted() && "LATE".equals(now.timeliness()))
                    - flag(old.submitted() && "LATE".equals(old.timeliness())),
        };
    }

    private static int flag(boolean value) {
        return value ? 1 : 0;
    }

    private void addToPeriod(UUID periodId, int shard, long[] d) {
        if (d[0] == 0 && d[1] == 0 && d[2] == 0 && d[3] == 0 && d[4] == 0) {
            return;
        }
        keptOnly(em.createNativeQuery("update period_figure set submitted = submitted + :s, accepted = accepted + :a,"
                        + " returned = returned + :r, on_time = on_time + :o, late = late + :l"
                        + " where period_id = :p and shard = :shard"))
                .setParameter("s", d[0]).setParameter("a", d[1]).setParameter("r", d[2]).setParameter("o", d[3])
                .setParameter("l", d[4]).setParameter("p", periodId).setParameter("shard", shard).executeUpdate();
    }

    /** Adds numerator, denominator, units with data, officials without data and units without headcount. */
    private void addToTarget(UUID targetId, UUID periodId, String kind, int shard, long[] d) {
        keptOnly(em.createNativeQuery("update target_figure set numerator = numerator + :n,"
                        + " denominator = denominator + :d, units_with_data = units_with_data + :w,"
                        + " officials_without_data = officials_without_data + :o,"
                        + " units_without_headcount = units_without_headcount + :h"
                        + " where target_id = :t and period_id = :p and unit_kind = :k and shard = :shard"))
                .setParameter("n", d[0]).setParameter("d", d[1]).setParameter("w", d[2]).setParameter("o", d[3])
                .setParameter("h", d[4]).setParameter("t", targetId)
                .setParameter("p", periodId).setParameter("k", kind).setParameter("shard", shard).executeUpdate();
    }

    /**
     * Rebuilds the period from the rows alone: its assignment rows are made again from units,
     * groups, extensions and submissions rather than trusted, then everything is recounted.
     */
    public void rebuildPeriod(ObligationPeriod period, List<ObligationExtension> extensions, List<Target> targets) {
        em.createNativeQuery("delete from assignment where period_id = :p").setParameter("p", period.id)
                .executeUpdate();
        syncPeriod(period, extensions, targets);
    }

    /**
     * Re-resolves who owes the period on its due date, their effective due dates and timeliness,
     * and recounts its figures and those of the targets it measures from the rows.
     */
    public void syncPeriod(ObligationPeriod period, List<ObligationExtension> extensions, List<Target> targets) {
        var group = period.obligation.group;
        LocalDate due = period.dueDate;
        LocalDate deadline = Deadlines.lastDayOnTime(due, period.obligation.graceDays);
        Population.bind(em.createNativeQuery("delete from assignment where period_id = :p and unit_id not in ("
                + Population.MEMBER_IDS + ")"), group, due).setParameter("p", period.id).executeUpdate();
        Population.bind(em.createNativeQuery("insert into assignment (period_id, unit_id, unit_kind, shard, due_date,"
                + " deadline, submission_id, status, first_submitted_at, first_submitted_day, timeliness)"
                + " select :p, u.id, u.kind, u.shard, :due, :deadline, s.id, coalesce(s.status, 'MISSING'),"
                + " s.first_submitted_at, s.first_submitted_day, null"
                + " from org_unit u left join submission s on s.period_id = :p and s.unit_id = u.id"
                + " where u.id in (" + Population.MEMBER_IDS + ")"
                + " and not exists (select 1 from assignment a where a.period_id = :p and a.unit_id = u.id)"), group, due)
                .setParameter("p", period.id).setParameter("due", due).setParameter("deadline", deadline)
                .executeUpdate();
        em.createNativeQuery("update assignment set due_date = :due, deadline = :deadline,"
                        + " unit_kind = (select u.kind from org_unit u where u.id = assignment.unit_id),"
                        + " shard = (select u.shard from org_unit u where u.id = assignment.unit_id)"
                        + " where period_id = :p")
                .setParameter("due", due).setParameter("deadline", deadline).setParameter("p", period.id)
                .executeUpdate();
        for (ObligationExtension extension : extensions) {
            em.createNativeQuery("update assignment set due_date = :due, deadline = :deadline"
                            + " where period_id = :p and unit_id = :u")
                    .setParameter("due", extension.dueDate)
                    .setParameter("deadline", Deadlines.lastDayOnTime(extension.dueDate, period.obligation.graceDays))
                    .setParameter("p", period.id).setParameter("u", extension.unit.id).executeUpdate();
        }
        em.createNativeQuery("update assignment set timeliness = case when first_submitted_day is null then null"
                        + " when first_submitted_day <= deadline then 'ON_TIME' else 'LATE' end where period_id = :p")
                .setParameter("p", period.id).executeUpdate();
        recountPeriod(period.id);
        for (Target target : targets) {
            recountTarget(target, period);
        }
    }

    private void recountPeriod(UUID periodId) {
        em.createNativeQuery("delete from period_figure where period_id = :p").setParameter("p", periodId)
                .executeUpdate();
        em.createNativeQuery("insert into period_figure (period_id, shard, expected, submitted, accepted, returned,"
                        + " on_time, late) select :p, f.shard, count(a.unit_id),"
                        + " coalesce(sum(case when a.status in " + SUBMITTED + " then 1 else 0 end), 0),"
                        + " coalesce(sum(case when a.status = 'ACCEPTED' then 1 else 0 end), 0),"
                        + " coalesce(sum(case when a.status = 'RETURNED' then 1 else 0 end), 0),"
                        + " coalesce(sum(case when a.status in " + SUBMITTED
                        + " and a.timeliness = 'ON_TIME' then 1 else 0 end), 0),"
                        + " coalesce(sum(case when a.status in " + SUBMITTED
                        + " and a.timeliness = 'LATE' then 1 else 0 end), 0)"
                        + " from figure_shard f left join assignment a on a.period_id = :p and a.shard = f.shard"
                        + " group by f.shard")
                .setParameter("p", periodId).executeUpdate();
    }

    /** Recounts a SUBMISSION or REPORTED target on one period of its obligation from the rows. */
    public void recountTarget(Target target, ObligationPeriod period) {
        em.createNativeQuery("delete from target_figure where target_id = :t and period_id = :p")
                .setParameter("t", target.id).setParameter("p", period.id).executeUpdate();
        if (target.measureKind != MeasureKind.SUBMISSION && target.measureKind != MeasureKind.REPORTED) {
            return;
        }
        Population.bind(em.createNativeQuery("insert into target_figure (target_id, period_id, unit_kind, shard,"
                + " numerator, denominator, units, units_with_data, officials_without_data, units_without_headcount)"
                + " select :t, :p, u.kind, u.shard, " + Contributions.sums(target.measureKind)
                + " from org_unit u" + Contributions.JOINS
                + " where u.id in (" + Population.MEMBER_IDS + ") group by u.kind, u.shard"), target.group,
                        period.dueDate)
                .setParameter("t", target.id).setParameter("p", period.id).setParameter("year", period.year)
                .executeUpdate();
        // every shard of every kind present gets its row, so later deltas always find one
        em.createNativeQuery("insert into target_figure (target_id, period_id, unit_kind, shard, numerator,"
                        + " denominator) select :t, :p, k.unit_kind, f.shard, 0, 0"
                        + " from (select distinct unit_kind from target_figure where target_id = :t and period_id = :p) k"
                        + " cross join figure_shard f where not exists (select 1 from target_figure x"
                        + " where x.target_id = :t and x.period_id = :p and x.unit_kind = k.unit_kind"
                        + " and x.shard = f.shard)")
                .setParameter("t", target.id).setParameter("p", period.id).executeUpdate();
    }

    static LocalDate toDate(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate day) {
            return day;
        }
        return ((java.sql.Date) value).toLocalDate();
    }

    static UUID toUuid(Object value) {
        if (value == null || value instanceof UUID) {
            return (UUID) value;
        }
        if (value instanceof byte[] bytes) {
            // H2 answers a native query's uuid column as its 16 bytes
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
            return new UUID(buffer.getLong(), buffer.getLong());
        }
        return UUID.fromString(value.toString());
    }

    static Instant toInstant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant at) {
            return at;
        }
        if (value instanceof java.time.OffsetDateTime at) {
            return at.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
