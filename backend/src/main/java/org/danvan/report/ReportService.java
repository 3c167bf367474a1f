package org.danvan.report;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.danvan.assessment.RatingService;
import org.danvan.common.Ids;
import org.danvan.common.Messages;
import org.danvan.common.PageRequest;
import org.danvan.common.PageView;
import org.danvan.common.Problems;
import org.danvan.orgunit.OrgUnit;
import org.danvan.orgunit.OrgUnitKind;
import org.danvan.plan.MeasureKind;
import org.danvan.plan.MissingData;
import org.danvan.plan.ObligationKind;
import org.danvan.plan.ObligationPeriod;
import org.danvan.plan.Plan;
import org.danvan.plan.PlanRepository;
import org.danvan.plan.Target;
import org.danvan.report.ReportDtos.AttainmentReport;
import org.danvan.report.ReportDtos.AttainmentStatus;
import org.danvan.report.ReportDtos.CalendarEntry;
import org.danvan.report.ReportDtos.CompletenessReport;
import org.danvan.report.ReportDtos.Contribution;
import org.danvan.report.ReportDtos.DataStatus;
import org.danvan.report.ReportDtos.KindFigure;
import org.danvan.report.ReportDtos.PeriodCompleteness;
import org.danvan.report.ReportDtos.PeriodUnit;
import org.danvan.report.ReportDtos.RebuildResult;
import org.danvan.report.ReportDtos.TargetAttainment;
import org.danvan.report.ReportDtos.UnitReportStatus;
import org.danvan.report.ReportDtos.UnitState;
import org.danvan.security.Caller;
import org.danvan.submission.Deadlines;

/**
 * Reads the kept figures (a few rows per period and target, whatever the number of units) and
 * lists the rows behind them with indexed, paged SQL.
 */
@ApplicationScoped
public class ReportService {

    private static final String NOT_SUBMITTED = "('MISSING', 'DRAFT')";

    private final EntityManager em;
    private final PlanRepository plans;
    private final FigureSync sync;
    private final Clock clock;
    private final Caller caller;
    private final RatingService ratings;

    public ReportService(EntityManager em, PlanRepository plans, FigureSync sync, Clock clock, Caller caller,
            RatingService ratings) {
        this.caller = caller;
        this.ratings = ratings;
        this.em = em;
        this.plans = plans;
        this.sync = sync;
        this.clock = clock;
    }

    public CompletenessReport completeness(String planId, Optional<UUID> obligationId, Optional<UUID> periodId) {
        Plan plan = plans.load(planId);
        String sql = "select o.id, o.kind, o.title, p.id, p.period_year, p.due_date, coalesce(sum(f.expected), 0),"
                + " coalesce(sum(f.submitted), 0), coalesce(sum(f.accepted), 0), coalesce(sum(f.returned), 0),"
                + " coalesce(sum(f.on_time), 0), coalesce(sum(f.late), 0)"
                + " from obligation_period p join obligation o on o.id = p.obligation_id"
                + " left join period_figure f on f.period_id = p.id where o.plan_id = :plan"
                + (obligationId.isPresent() ? " and o.id = :obligation" : "")
                + (periodId.isPresent() ? " and p.id = :period" : "")
                + " group by o.id, o.kind, o.title, p.id, p.period_year, p.due_date order by p.due_date, o.id, p.id";
        Query query = em.createNativeQuery(sql).setParameter("plan", plan.id);
        obligationId.ifPresent(id -> query.setParameter("obligation", id));
        periodId.ifPresent(id -> query.setParameter("period", id));
        List<PeriodCompleteness> periods = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            long expected = num(r[6]);
            long submitted = num(r[7]);
            long onTime = num(r[10]);
            periods.add(new PeriodCompleteness(id(r[0]), ObligationKind.valueOf((String) r[1]), (String) r[2],
                    id(r[3]), (int) num(r[4]), FigureKeeper.toDate(r[5]), expected, submitted, num(r[8]),
                    num(r[9]), onTime, num(r[11]), expected - submitted, Rates.percent(submitted, expected),
                    Rates.percent(onTime, expected)));
        }
        return new CompletenessReport(plan.id.toString(), today(), periods);
    }

    public PageView<PeriodUnit> periodUnits(String planId, String periodId, Optional<UnitReportStatus> status,
            PageRequest page) {
        ObligationPeriod period = periodOf(plans.load(planId), periodId);
        String filter = status.map(s -> switch (s) {
            case MISSING -> " and a.status in " + NOT_SUBMITTED;
            case ON_TIME -> " and a.status not in " + NOT_SUBMITTED + " and a.timeliness = 'ON_TIME'";
            case LATE -> " and a.status not in " + NOT_SUBMITTED + " and a.timeliness = 'LATE'";
            case RETURNED -> " and a.status = 'RETURNED'";
            case ACCEPTED -> " and a.status = 'ACCEPTED'";
        }).orElse("");
        String from = " from assignment a join org_unit u on u.id = a.unit_id where a.period_id = :p" + filter
                + caller.reachPredicate("u.path");
        List<?> rows = caller.bindReach(em.createNativeQuery("select a.unit_id, u.name, a.unit_kind, a.due_date,"
                        + " a.status, a.timeliness, a.submission_id, a.first_submitted_at, a.deadline" + from
                        + " order by u.name, u.id"))
                .setParameter("p", period.id).setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList();
        long total = num(caller.bindReach(em.createNativeQuery("select count(*)" + from)).setParameter("p", period.id)
                .getSingleResult());
        LocalDate today = today();
        List<PeriodUnit> items = rows.stream().map(row -> (Object[]) row).map(r -> {
            LocalDate due = FigureKeeper.toDate(r[3]);
            LocalDate deadline = FigureKeeper.toDate(r[8]);
            String st = (String) r[4];
            return new PeriodUnit(id(r[0]), (String) r[1], OrgUnitKind.valueOf((String) r[2]), due, deadline,
                    state(st, deadline, today), st, (String) r[5], id(r[6]),
                    FigureKeeper.toInstant(r[7]));
        }).toList();
        return new PageView<>(items, page.page(), page.size(), total);
    }

    public AttainmentReport attainment(String planId, Optional<Integer> year, Locale locale) {
        Plan plan = plans.load(planId);
        List<Target> targets = em.createQuery("select t from Target t where t.plan.id = :plan order by t.position, t.id",
                Target.class).setParameter("plan", plan.id).getResultList();
        List<TargetAttainment> items = new ArrayList<>();
        for (Target target : targets) {
            items.add(attain(target, year, locale));
        }
        return new AttainmentReport(plan.id.toString(), today(), items);
    }

    private TargetAttainment attain(Target target, Optional<Integer> year, Locale locale) {
        switch (target.measureKind) {
            case RATING:
                return attainRating(target, year, locale);
            case MANUAL:
                if (target.verdictMet == null) {
                    return noData(target, null, null, null, Messages.get(locale, "reason.no-verdict"));
                }
                return new TargetAttainment(target.id.toString(), target.ordinal, target.statement,
                        target.measureKind, target.comparator, target.thresholdPercent, target.missingData,
                        target.allowMetOnPartialData, null, null, null, null, null, null,
                        target.verdictMet ? AttainmentStatus.MET : AttainmentStatus.NOT_MET, target.verdictReason,
                        null, List.of());
            default:
                break;
        }
        Optional<ObligationPeriod> chosen = periodFor(target, year);
        if (chosen.isEmpty()) {
            return noData(target, null, null, null, Messages.get(locale, "reason.no-period"));
        }
        ObligationPeriod period = chosen.get();
        List<?> rows = em.createNativeQuery("select unit_kind, sum(numerator), sum(denominator), sum(units),"
                        + " sum(units_with_data), sum(officials_without_data), sum(units_without_headcount)"
                        + " from target_figure where target_id = :t and period_id = :p group by unit_kind")
                .setParameter("t", target.id).setParameter("p", period.id).getResultList();
        Map<OrgUnitKind, Tally> byKind = new java.util.EnumMap<>(OrgUnitKind.class);
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            byKind.put(OrgUnitKind.valueOf((String) r[0]), new Tally(num(r[1]), num(r[2]), num(r[3]), num(r[4]), 0,
                    num(r[5]), num(r[6])));
        }
        return answer(target, period.id.toString(), period.year, period.dueDate, byKind, locale);
    }

    /**
     * A target's answer from its tallies by kind: the value over the denominator its
     * {@code missingData} chooses, the honest status, the coverage; NO_DATA has the same shape for
     * every measure (no numerator, denominator, value or kinds; the coverage when a population is known).
     */
    private TargetAttainment answer(Target target, String periodId, Integer year, LocalDate dueDate,
            Map<OrgUnitKind, Tally> byKind, Locale locale) {
        Tally total = byKind.values().stream().reduce(Tally.ZERO, Tally::plus);
        Tally.Judgement judgement = total.judge(target);
        String reason = judgement.reasonKey() == null ? null
                : Messages.get(locale, judgement.reasonKey(), judgement.count());
        if (judgement.status() == AttainmentStatus.NO_DATA) {
            return noData(target, periodId, year, dueDate, reason, ReportDtos.Coverage.of(total, target.measureKind));
        }
        List<KindFigure> kinds = new ArrayList<>();
        byKind.forEach((kind, t) -> kinds.add(new KindFigure(kind, t.numerator(), t.denominator(target),
                t.percent(target), t.units(), t.unitsWithData())));
        long denominator = total.denominator(target);
        return new TargetAttainment(target.id.toString(), target.ordinal, target.statement, target.measureKind,
                target.comparator, target.thresholdPercent, target.missingData, target.allowMetOnPartialData,
                periodId, year, dueDate, total.numerator(), denominator, total.percent(target), judgement.status(),
                reason, ReportDtos.Coverage.of(total, target.measureKind), kinds);
    }

    /**
     * A RATING target from the FINAL ratings of its year: the units of the population on 31 December
     * of the year, those with an eligible final rating (the units with data), those finalized as not
     * eligible, and those rated at or above the minimum level (the numerator).
     */
    private TargetAttainment attainRating(Target target, Optional<Integer> year, Locale locale) {
        int chosen = ratingYear(target.plan, year);
        Query query = ratingQuery(target, chosen, "select u.kind, " + RATED_AT_OR_ABOVE + ", " + RATED
                + ", count(*), " + NOT_ELIGIBLE_COUNT + RATING_FROM + " group by u.kind");
        Map<OrgUnitKind, Tally> byKind = new java.util.EnumMap<>(OrgUnitKind.class);
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            byKind.put(OrgUnitKind.valueOf((String) r[0]), new Tally(num(r[1]), num(r[2]), num(r[3]), num(r[2]),
                    num(r[4]), 0, 0));
        }
        return answer(target, null, chosen, null, byKind, locale);
    }

    /** Units of the population on 31 December of the year, beside their final ratings of that year. */
    private static final String RATING_FROM = " from org_unit u where u.id in (" + Population.MEMBER_IDS + ")";
    private static final String FINAL = "select 1 from assessment a where a.unit_id = u.id"
            + " and a.assessment_year = :year and a.status = 'FINAL' and a.rating_rank is not null";
    private static final String RATED = "coalesce(sum(case when exists (" + FINAL + ") then 1 else 0 end), 0)";
    private static final String NOT_ELIGIBLE = "select 1 from assessment a where a.unit_id = u.id"
            + " and a.assessment_year = :year and a.status = 'FINAL' and a.rating_rank is null";
    /** Finalized as not eligible on every rubric it was rated on: out of a RATING target altogether. */
    private static final String NOT_ELIGIBLE_ONLY = "exists (" + NOT_ELIGIBLE + ") and not exists (" + FINAL + ")";
    private static final String NOT_ELIGIBLE_COUNT = "coalesce(sum(case when " + NOT_ELIGIBLE_ONLY
            + " then 1 else 0 end), 0)";
    private static final String RATED_AT_OR_ABOVE = "coalesce(sum(case when exists (" + FINAL
            + " and :atOrAbove) then 1 else 0 end), 0)";

    /**
     * The query with "at or above the minimum level" written out per rubric rated on that year
     * ({@code :atOrAbove} stands for it), and the population bound.
     */
    private Query ratingQuery(Target target, int year, String sql) {
        Map<UUID, Integer> ranks = ratings.ranksAtOrAbove(year, target.minimumRating);
        List<String> clauses = new ArrayList<>();
        for (int i = 0; i < ranks.size(); i++) {
            clauses.add("(a.rubric_id = :rubric" + i + " and a.rating_rank <= :rank" + i + ")");
        }
        String atOrAbove = clauses.isEmpty() ? "1 = 0" : "(" + String.join(" or ", clauses) + ")";
        Query query = Population.bind(em.createNativeQuery(sql.replace(":atOrAbove", atOrAbove)), target.group,
                LocalDate.of(year, 12, 31));
        if (sql.contains(":year")) {
            query.setParameter("year", year);
        }
        int i = 0;
        for (var entry : ranks.entrySet()) {
            if (sql.contains(":atOrAbove")) {
                query.setParameter("rubric" + i, entry.getKey()).setParameter("rank" + i, entry.getValue());
            }
            i++;
        }
        return query;
    }

    /** The year asked for, else the plan's latest year not after today's, else its first. */
    private int ratingYear(Plan plan, Optional<Integer> year) {
        return year.orElseGet(() -> Math.max(plan.periodStart, Math.min(plan.periodEnd, today().getYear())));
    }

    private static TargetAttainment noData(Target target, String periodId, Integer year, LocalDate dueDate,
            String reason) {
        return noData(target, periodId, year, dueDate, reason, null);
    }

    private static TargetAttainment noData(Target target, String periodId, Integer year, LocalDate dueDate,
            String reason, ReportDtos.Coverage coverage) {
        return new TargetAttainment(target.id.toString(), target.ordinal, target.statement, target.measureKind,
                target.comparator, target.thresholdPercent, target.missingData, target.allowMetOnPartialData,
                periodId, year, dueDate, null, null, null, AttainmentStatus.NO_DATA, reason, coverage, List.of());
    }

    /** The period of {@code year}, else the latest due by today, else the first. */
    private Optional<ObligationPeriod> periodFor(Target target, Optional<Integer> year) {
        if (target.obligation == null) {
            return Optional.empty();
        }
        List<ObligationPeriod> periods = em.createQuery("select p from ObligationPeriod p where p.obligation.id = :o"
                + " order by p.dueDate", ObligationPeriod.class).setParameter("o", target.obligation.id).getResultList();
        if (year.isPresent()) {
            return periods.stream().filter(p -> p.year == year.get()).findFirst();
        }
        LocalDate today = today();
        return periods.stream().filter(p -> !p.dueDate.isAfter(today)).reduce((a, b) -> b)
                .or(() -> periods.stream().findFirst());
    }

    /**
     * Each unit of the target's population with what it adds to the figures as the target counts them,
     * and whether it has data; {@code hasData} keeps those with (true) or without (false) data.
     */
    public PageView<Contribution> contributions(String planId, String targetId, Optional<Integer> year,
            Optional<Boolean> hasData, PageRequest page) {
        Plan plan = plans.load(planId);
        Target target = Ids.parse(targetId).map(id -> em.find(Target.class, id))
                .filter(t -> t.plan.id.equals(plan.id)).orElseThrow(() -> Problems.notFound("target", targetId));
        if (target.measureKind == MeasureKind.RATING) {
            return ratingContributions(target, year, hasData, page);
        }
        Optional<ObligationPeriod> chosen = target.measureKind == MeasureKind.SUBMISSION
                || target.measureKind == MeasureKind.REPORTED ? periodFor(target, year) : Optional.empty();
        if (chosen.isEmpty()) {
            return new PageView<>(List.of(), page.page(), page.size(), 0);
        }
        ObligationPeriod period = chosen.get();
        String has = Contributions.hasData(target.measureKind);
        String from = " from org_unit u" + Contributions.JOINS + " where u.id in (" + Population.MEMBER_IDS + ")"
                + caller.reachPredicate("u.path") + hasData.map(h -> h ? " and " + has : " and not " + has).orElse("");
        Query rows = em.createNativeQuery("select u.id, u.name, u.kind, " + Contributions.numerator(target.measureKind)
                + ", " + Contributions.countedDenominator(target) + ", case when " + has + " then 1 else 0 end, s.id"
                + from + " order by u.name, u.id");
        Query count = em.createNativeQuery("select count(*)" + from);
        for (Query q : List.of(rows, count)) {
            Population.bind(caller.bindReach(q), target.group, period.dueDate).setParameter("p", period.id)
                    .setParameter("t", target.id).setParameter("year", period.year);
        }
        List<?> found = rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        List<Contribution> items = found.stream().map(row -> (Object[]) row).map(r -> new Contribution(id(r[0]),
                (String) r[1], OrgUnitKind.valueOf((String) r[2]), num(r[3]), num(r[4]),
                num(r[5]) == 1 ? DataStatus.HAS_DATA : DataStatus.NOT_REPORTED, id(r[6]), null)).toList();
        return new PageView<>(items, page.page(), page.size(), num(count.getSingleResult()));
    }

    /**
     * Each unit of a RATING target's population: 1 of 1 at or above the level, 0 of 1 below; unrated,
     * 0 of 1 when the target counts it as not meeting, else 0 of 0; finalized as not eligible, 0 of 0.
     */
    private PageView<Contribution> ratingContributions(Target target, Optional<Integer> year,
            Optional<Boolean> hasData, PageRequest page) {
        int chosen = ratingYear(target.plan, year);
        String rated = "exists (" + FINAL + ")";
        String unrated = target.missingData == MissingData.COUNT_AS_NOT_MET
                ? "case when " + NOT_ELIGIBLE_ONLY + " then 0 else 1 end" : "0";
        String from = RATING_FROM + caller.reachPredicate("u.path") + hasData.map(h -> h ? " and " + rated
                : " and not " + rated + " and not (" + NOT_ELIGIBLE_ONLY + ")").orElse("");
        String perUnit = "select u.id, u.name, u.kind, case when exists (" + FINAL + " and :atOrAbove) then 1 else 0 end,"
                + " case when " + rated + " then 1 else " + unrated + " end,"
                + " case when " + rated + " then 'HAS_DATA' when " + NOT_ELIGIBLE_ONLY
                + " then 'NOT_ELIGIBLE' else 'NOT_RATED' end, (select a.id from assessment a"
                + " where a.unit_id = u.id and a.assessment_year = :year and a.status = 'FINAL'"
                + " order by a.rating_rank, a.id fetch first 1 rows only)" + from + " order by u.name, u.id";
        List<?> rows = caller.bindReach(ratingQuery(target, chosen, perUnit)).setFirstResult(page.offset())
                .setMaxResults(page.size()).getResultList();
        long total = num(caller.bindReach(ratingQuery(target, chosen, "select count(*)" + from)).getSingleResult());
        List<Contribution> items = rows.stream().map(row -> (Object[]) row).map(r -> new Contribution(id(r[0]),
                (String) r[1], OrgUnitKind.valueOf((String) r[2]), num(r[3]), num(r[4]),
                DataStatus.valueOf(((String) r[5]).trim()), null, id(r[6]))).toList();
        return new PageView<>(items, page.page(), page.size(), total);
    }

    public PageView<CalendarEntry> calendar(String unitId, Optional<LocalDate> from, Optional<LocalDate> to,
            PageRequest page) {
        OrgUnit unit = Ids.parse(unitId).map(id -> em.find(OrgUnit.class, id))
                .orElseThrow(() -> Problems.notFound("org-unit", unitId));
        if (!caller.covers(unit)) {
            throw Problems.forbidden("out-of-scope");
        }
        LocalDate today = today();
        String where = " from assignment a join obligation_period p on p.id = a.period_id"
                + " join obligation o on o.id = p.obligation_id join plan pl on pl.id = o.plan_id"
                + " where a.unit_id = :u" + (from.isPresent() ? " and a.due_date >= :from" : "")
                + (to.isPresent() ? " and a.due_date <= :to" : "");
        Query rowsQuery = em.createNativeQuery("select pl.id, pl.doc_number, pl.symbol, pl.title, o.id, o.kind,"
                + " o.title, p.id, p.period_year, a.due_date, a.status, a.timeliness, a.submission_id, a.deadline" + where
                + " order by case when a.status in " + NOT_SUBMITTED + " and a.deadline < :today then 0 else 1 end,"
                + " a.due_date, o.id").setParameter("today", today);
        Query countQuery = em.createNativeQuery("select count(*)" + where);
        for (Query q : List.of(rowsQuery, countQuery)) {
            q.setParameter("u", unit.id);
            from.ifPresent(day -> q.setParameter("from", day));
            to.ifPresent(day -> q.setParameter("to", day));
        }
        List<?> rows = rowsQuery.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        List<CalendarEntry> items = rows.stream().map(row -> (Object[]) row).map(r -> {
            LocalDate due = FigureKeeper.toDate(r[9]);
            LocalDate deadline = FigureKeeper.toDate(r[13]);
            String status = (String) r[10];
            return new CalendarEntry(id(r[0]), Plan.reference(r[1] == null ? null : (int) num(r[1]), (String) r[2]),
                    (String) r[3], id(r[4]), ObligationKind.valueOf((String) r[5]), (String) r[6],
                    id(r[7]), (int) num(r[8]), due, deadline, state(status, deadline, today), status, (String) r[11],
                    id(r[12]));
        }).toList();
        return new PageView<>(items, page.page(), page.size(), num(countQuery.getSingleResult()));
    }

    /** Minutes at national scale (about 50 s for 20 periods of 50,000 units on PostgreSQL here). */
    @Transactional
    @TransactionConfiguration(timeout = 3600)
    public RebuildResult rebuildFigures() {
        return rebuildAll();
    }

    /**
     * Rebuilds the kept figures when a migration asked for it (a row in figure_rebuild_request: a new
     * kept counter starts at its column default, not at what the rows say), then forgets the request.
     * The row lock makes a second replica starting at the same time wait and then find nothing to do.
     */
    @Transactional
    @TransactionConfiguration(timeout = 3600)
    public Optional<RebuildResult> rebuildRequestedFigures() {
        if (em.createNativeQuery("select id from figure_rebuild_request for update").getResultList().isEmpty()) {
            return Optional.empty();
        }
        RebuildResult done = rebuildAll();
        em.createNativeQuery("delete from figure_rebuild_request").executeUpdate();
        return Optional.of(done);
    }

    /** Recounts every kept figure from the rows, in the caller's transaction (ArC intercepts self-calls too). */
    private RebuildResult rebuildAll() {
        long started = System.nanoTime();
        long[] counts = sync.rebuildAll();
        return new RebuildResult(counts[0], counts[1], counts[2], (System.nanoTime() - started) / 1_000_000);
    }

    private ObligationPeriod periodOf(Plan plan, String periodId) {
        return Ids.parse(periodId).map(id -> em.find(ObligationPeriod.class, id))
                .filter(p -> p.obligation.plan.id.equals(plan.id))
                .orElseThrow(() -> Problems.notFound("period", periodId));
    }

    /**
     * Where a unit stands today. Overdue only after {@code lastDayOnTime} (the effective due date
     * plus the grace days): a send inside the grace days is still ON_TIME, so it is not overdue.
     */
    static UnitState state(String status, LocalDate lastDayOnTime, LocalDate today) {
        return switch (status) {
            case "MISSING" -> Deadlines.isOverdue(lastDayOnTime, today) ? UnitState.OVERDUE : UnitState.NOT_STARTED;
            case "DRAFT" -> Deadlines.isOverdue(lastDayOnTime, today) ? UnitState.OVERDUE : UnitState.DRAFT;
            default -> UnitState.valueOf(status);
        };
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A uuid column of a native query: H2 hands back its 16 bytes, PostgreSQL a UUID. */
    static String id(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof byte[] bytes) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
            return new UUID(buffer.getLong(), buffer.getLong()).toString();
        }
        return value.toString();
    }

    private static long num(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
