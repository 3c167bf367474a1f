package org.danvan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.danvan.common.Api.api;
import static org.danvan.common.Api.createId;
import static org.danvan.common.Api.etag;
import static org.danvan.report.ReportFixtures.FAR_FUTURE;
import static org.danvan.report.ReportFixtures.GROUPS;
import static org.danvan.report.ReportFixtures.SUBMISSION;
import static org.danvan.report.ReportFixtures.SUBMISSIONS;
import static org.danvan.report.ReportFixtures.UNIT;
import static org.danvan.report.ReportFixtures.act;
import static org.danvan.report.ReportFixtures.contributions;
import static org.danvan.report.ReportFixtures.fixedObligation;
import static org.danvan.report.ReportFixtures.groupBody;
import static org.danvan.report.ReportFixtures.groupOfKinds;
import static org.danvan.report.ReportFixtures.periodIds;
import static org.danvan.report.ReportFixtures.periodUnits;
import static org.danvan.report.ReportFixtures.rebuild;
import static org.danvan.report.ReportFixtures.reportedTarget;
import static org.danvan.report.ReportFixtures.submissionTarget;
import static org.danvan.report.ReportFixtures.unique;
import static org.danvan.report.ReportFixtures.unitBody;
import static org.danvan.report.ReportFixtures.updateGroup;
import static org.danvan.report.ReportFixtures.yearlyObligation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.danvan.orgunit.OrgUnitKind;
import org.danvan.report.ReportDtos.AttainmentStatus;
import org.danvan.report.ReportDtos.Contribution;
import org.danvan.report.ReportDtos.KindFigure;
import org.danvan.report.ReportDtos.PeriodCompleteness;
import org.danvan.report.ReportDtos.PeriodUnit;
import org.danvan.report.ReportDtos.TargetAttainment;
import org.danvan.report.ReportFixtures.Counts;
import org.danvan.report.ReportFixtures.Value;
import org.danvan.submission.Deadlines;
import org.junit.jupiter.api.Test;

/**
 * Random walks through the API against the kept figures. A seeded {@link Random} (override with
 * {@code -Dfigures.seed=N}) drives about 300 operations on a plan with two obligations over a group
 * of 30 units: submissions through their whole workflow, extensions, units' validity and kind, and
 * the group itself. Every 25 operations the kept figures are read, rebuilt from the rows and read
 * again; both are recorded and must be equal, and both must equal the figures counted from the
 * period unit lists and those a model of the same operations in this test expects.
 */
@QuarkusTest
class FigureConsistencyTest {

    private static final long SEED = Long.getLong("figures.seed", 1L);
    private static final int OPERATIONS = 300;
    private static final int CHECK_EVERY = 25;
    private static final List<Integer> YEARS = List.of(2024, 2025, 2026);
    private static final List<LocalDate> VALID_TO = java.util.Arrays.asList(null, null, LocalDate.parse("2024-06-30"),
            LocalDate.parse("2025-06-30"), LocalDate.parse("2026-01-31"));
    private static final List<LocalDate> VALID_FROM = java.util.Arrays.asList(null, null, null,
            LocalDate.parse("2024-07-01"), LocalDate.parse("2025-01-01"));
    private static final List<String> KINDS = List.of("DEPARTMENT", "COMMUNE", "PARTY_BODY");

    private final Random random = new Random(SEED);
    private final List<String> record = new ArrayList<>();
    private final Map<String, Integer> done = new TreeMap<>();

    // ---- the model ----

    private static final class UnitModel {
        final String id;
        final String name;
        String kind;
        LocalDate validFrom;
        LocalDate validTo;
        /** Officials by year: the weight of a unit without data in a REPORTED target over officials. */
        final Map<Integer, Integer> headcounts = new TreeMap<>();

        UnitModel(String id, String name, String kind) {
            this.id = id;
            this.name = name;
            this.kind = kind;
        }

        boolean validOn(LocalDate day) {
            return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
        }
    }

    private record PeriodModel(String id, String obligation, int year, LocalDate due, int graceDays) {
    }

    private static final class SubmissionModel {
        final String id;
        String status = "DRAFT";
        LocalDate firstDay;
        long numerator;
        long denominator;

        SubmissionModel(String id) {
            this.id = id;
        }
    }

    private record ExtensionModel(String id, String obligationId, LocalDate due) {
    }

    private String province;
    private String plan;
    private String group;
    private String groupName;
    private String obligationA;
    private String obligationB;
    private String targetA;
    private String targetB;
    private String targetC;
    private final List<UnitModel> units = new ArrayList<>();
    private final Set<String> groupKinds = new LinkedHashSet<>();
    private final Set<String> groupMembers = new LinkedHashSet<>();
    private final List<PeriodModel> periods = new ArrayList<>();
    private final Map<String, SubmissionModel> submissions = new LinkedHashMap<>();
    private final Map<String, ExtensionModel> extensions = new LinkedHashMap<>();

    private static String key(PeriodModel period, UnitModel unit) {
        return period.id() + "/" + unit.id;
    }

    /** The obligations' group: of its kinds under the province, or named, and valid that day. */
    private boolean owes(UnitModel unit, PeriodModel period) {
        return unit.validOn(period.due()) && (groupKinds.contains(unit.kind) || groupMembers.contains(unit.id));
    }

    /** Target C's population: the departments of the province. */
    private static boolean department(UnitModel unit, PeriodModel period) {
        return unit.validOn(period.due()) && unit.kind.equals("DEPARTMENT");
    }

    private LocalDate effectiveDue(PeriodModel period, UnitModel unit) {
        ExtensionModel extension = extensions.get(key(period, unit));
        return extension == null ? period.due() : extension.due();
    }

    private String timeliness(PeriodModel period, UnitModel unit) {
        SubmissionModel s = submissions.get(key(period, unit));
        if (s == null || s.firstDay == null) {
            return null;
        }
        LocalDate lastDay = Deadlines.lastDayOnTime(effectiveDue(period, unit), period.graceDays());
        return s.firstDay.isAfter(lastDay) ? "LATE" : "ON_TIME";
    }

    private String status(PeriodModel period, UnitModel unit) {
        SubmissionModel s = submissions.get(key(period, unit));
        return s == null ? "MISSING" : s.status;
    }

    private static boolean submitted(String status) {
        return status.equals("SUBMITTED") || status.equals("RETURNED") || status.equals("ACCEPTED");
    }

    // ---- the test ----

    @Test
    void shouldKeepFiguresEqualToTheRebuiltAndTheRecountedOnesThroughRandomOperations() {
        setUp();
        check(0);
        for (int op = 1; op <= OPERATIONS; op++) {
            operate();
            if (op % CHECK_EVERY == 0) {
                check(op);
            }
        }
        System.out.println("FigureConsistencyTest seed " + SEED + ", operations " + done);
        record.forEach(System.out::println);
        for (String op : List.of("create", "submit", "accept", "return", "reopen", "delete", "edit", "extend",
                "withdraw", "validity", "kind", "group", "headcount")) {
            assertThat(done.getOrDefault(op, 0)).as("operations of kind " + op).isPositive();
        }
    }

    private void setUp() {
        province = ReportFixtures.province();
        for (int i = 0; i < 30; i++) {
            String kind = i < 14 ? "DEPARTMENT" : i < 26 ? "COMMUNE" : "PARTY_BODY";
            String name = unique(String.format("Đơn vị %02d", i));
            UnitModel u = new UnitModel(null, name, kind);
            // two units in three hold a headcount of each year; the third has none
            if (i % 3 != 0) {
                for (int year : YEARS) {
                    u.headcounts.put(year, 5 + random.nextInt(76));
                }
            }
            var body = unitBody(name, kind, province, null, null);
            body.put("headcounts", headcountBody(u));
            String id = createId(ReportFixtures.UNITS, body);
            units.add(new UnitModel(id, name, kind));
            units.get(units.size() - 1).headcounts.putAll(u.headcounts);
        }
        groupKinds.addAll(List.of("DEPARTMENT", "COMMUNE"));
        groupMembers.addAll(List.of(units.get(26).id, units.get(27).id));
        groupName = unique("Các cơ quan, đơn vị và địa phương");
        group = createId(GROUPS, groupBody(groupName, groupKinds, province, groupMembers));
        String departments = groupOfKinds(province, "DEPARTMENT");
        plan = ReportFixtures.plan(province, 2024, 2026);
        obligationA = fixedObligation(plan, group, "2024-04-10", 2);
        obligationB = yearlyObligation(plan, group, "--12-05", 0);
        periods.add(new PeriodModel(periodIds(obligationA).get(0), obligationA, 2024, LocalDate.parse("2024-04-10"),
                2));
        List<String> yearly = periodIds(obligationB);
        for (int i = 0; i < 3; i++) {
            periods.add(new PeriodModel(yearly.get(i), obligationB, 2024 + i, LocalDate.of(2024 + i, 12, 5), 0));
        }
        targetA = submissionTarget(plan, group, obligationA, "GTE", 100);
        targetB = reportedTarget(plan, group, obligationB, "GT", 90);
        targetC = submissionTarget(plan, departments, obligationB, "GTE", 80);
    }

    // ---- operations ----

    private void operate() {
        int roll = random.nextInt(100);
        boolean acted;
        if (roll < 24) {
            acted = create();
        } else if (roll < 42) {
            acted = move("submit", s -> s.status.equals("DRAFT") || s.status.equals("RETURNED"), "SUBMITTED", null);
        } else if (roll < 54) {
            acted = move("accept", s -> s.status.equals("SUBMITTED"), "ACCEPTED", null);
        } else if (roll < 61) {
            acted = move("return", s -> s.status.equals("SUBMITTED"), "RETURNED", "Bổ sung số liệu.");
        } else if (roll < 66) {
            acted = move("reopen", s -> s.status.equals("ACCEPTED"), "SUBMITTED", "Số liệu chưa khớp.");
        } else if (roll < 70) {
            acted = deleteDraft();
        } else if (roll < 74) {
            acted = editValues();
        } else if (roll < 82) {
            acted = extend();
        } else if (roll < 86) {
            acted = withdraw();
        } else if (roll < 92) {
            acted = changeValidity();
        } else if (roll < 95) {
            acted = changeKind();
        } else if (roll < 98) {
            acted = changeGroup();
        } else {
            acted = changeHeadcount();
        }
        if (!acted) {
            create();
        }
    }

    private void count(String op) {
        done.merge(op, 1, Integer::sum);
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private PeriodModel period(String id) {
        return periods.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    private UnitModel unit(String id) {
        return units.stream().filter(u -> u.id.equals(id)).findFirst().orElseThrow();
    }

    private boolean create() {
        List<String[]> free = new ArrayList<>();
        for (PeriodModel p : periods) {
            for (UnitModel u : units) {
                if (owes(u, p) && !submissions.containsKey(key(p, u))) {
                    free.add(new String[] {p.id(), u.id});
                }
            }
        }
        if (free.isEmpty()) {
            return false;
        }
        String[] chosen = pick(free);
        PeriodModel p = period(chosen[0]);
        UnitModel u = unit(chosen[1]);
        var body = new HashMap<String, Object>();
        body.put("periodId", p.id());
        body.put("unitId", u.id);
        long denominator = random.nextInt(60);
        long numerator = denominator == 0 ? 0 : random.nextInt((int) denominator + 1);
        boolean reports = p.obligation().equals(obligationB);
        body.put("values", reports ? ReportFixtures.values(new Value(targetB, numerator, denominator)) : List.of());
        String id = createId(SUBMISSIONS, body);
        SubmissionModel s = new SubmissionModel(id);
        if (reports) {
            s.numerator = numerator;
            s.denominator = denominator;
        }
        submissions.put(key(p, u), s);
        count("create");
        // now and then a unit that does not owe the period: refused, nothing moves
        UnitModel outsider = pick(units);
        if (random.nextInt(8) == 0 && !owes(outsider, p) && !submissions.containsKey(key(p, outsider))) {
            api().body(Map.of("periodId", p.id(), "unitId", outsider.id)).when().post(SUBMISSIONS).then()
                    .statusCode(400);
        }
        return true;
    }

    private boolean move(String action, Predicate<SubmissionModel> from, String to, String reason) {
        List<SubmissionModel> candidates = submissions.values().stream().filter(from).toList();
        if (candidates.isEmpty()) {
            return false;
        }
        SubmissionModel s = pick(candidates);
        ValidatableResponse answer = act(s.id, action, reason).statusCode(200);
        s.status = to;
        if (s.firstDay == null && action.equals("submit")) {
            s.firstDay = Deadlines.dayInVietnam(Instant.parse(answer.extract().path("firstSubmittedAt")));
        }
        count(action);
        return true;
    }

    private boolean deleteDraft() {
        List<Map.Entry<String, SubmissionModel>> drafts = submissions.entrySet().stream()
                .filter(e -> e.getValue().status.equals("DRAFT")).toList();
        if (drafts.isEmpty()) {
            return false;
        }
        var chosen = pick(drafts);
        String id = chosen.getValue().id;
        api().header("If-Match", etag(SUBMISSION, id)).when().delete(SUBMISSION, id).then().statusCode(204);
        submissions.remove(chosen.getKey());
        count("delete");
        return true;
    }

    private boolean editValues() {
        List<Map.Entry<String, SubmissionModel>> editable = submissions.entrySet().stream()
                .filter(e -> e.getValue().status.equals("DRAFT") || e.getValue().status.equals("RETURNED"))
                .filter(e -> period(e.getKey().split("/")[0]).obligation().equals(obligationB)).toList();
        if (editable.isEmpty()) {
            return false;
        }
        SubmissionModel s = pick(editable).getValue();
        long denominator = random.nextInt(60);
        long numerator = denominator == 0 ? 0 : random.nextInt((int) denominator + 1);
        api().header("If-Match", etag(SUBMISSION, s.id))
                .body(Map.of("values", ReportFixtures.values(new Value(targetB, numerator, denominator))))
                .when().put(SUBMISSION, s.id).then().statusCode(200);
        s.numerator = numerator;
        s.denominator = denominator;
        count("edit");
        return true;
    }

    private boolean extend() {
        List<String[]> open = new ArrayList<>();
        for (PeriodModel p : periods) {
            for (UnitModel u : units) {
                if (owes(u, p) && !extensions.containsKey(key(p, u))) {
                    open.add(new String[] {p.id(), u.id});
                }
            }
        }
        if (open.isEmpty()) {
            return false;
        }
        String[] chosen = pick(open);
        PeriodModel p = period(chosen[0]);
        UnitModel u = unit(chosen[1]);
        List<LocalDate> days = new ArrayList<>(List.of(p.due().plusDays(5), LocalDate.parse(FAR_FUTURE),
                ReportFixtures.today().minusDays(1)));
        days.removeIf(day -> !day.isAfter(p.due()));
        LocalDate due = pick(days);
        String id = ReportFixtures.extend(p.obligation(), p.id(), u.id, due.toString());
        extensions.put(key(p, u), new ExtensionModel(id, p.obligation(), due));
        count("extend");
        return true;
    }

    private boolean withdraw() {
        if (extensions.isEmpty()) {
            return false;
        }
        String chosen = pick(new ArrayList<>(extensions.keySet()));
        ExtensionModel extension = extensions.remove(chosen);
        ReportFixtures.withdraw(extension.obligationId(), extension.id());
        count("withdraw");
        return true;
    }

    private void putUnit(UnitModel u) {
        var body = unitBody(u.name, u.kind, province, u.validFrom == null ? null : u.validFrom.toString(),
                u.validTo == null ? null : u.validTo.toString());
        body.put("headcounts", headcountBody(u));
        org.danvan.common.Api.admin().header("If-Match", etag(UNIT, u.id)).body(body).when().put(UNIT, u.id).then().statusCode(200);
    }

    private static List<Map<String, Object>> headcountBody(UnitModel u) {
        List<Map<String, Object>> rows = new ArrayList<>();
        u.headcounts.forEach((year, officials) -> rows.add(Map.of("year", year, "officials", officials)));
        return rows;
    }

    /** A unit's officials of a year change, or its headcount of that year goes. */
    private boolean changeHeadcount() {
        UnitModel u = pick(units);
        int year = pick(YEARS);
        if (u.headcounts.containsKey(year) && random.nextBoolean()) {
            u.headcounts.remove(year);
        } else {
            u.headcounts.put(year, 5 + random.nextInt(76));
        }
        putUnit(u);
        count("headcount");
        return true;
    }

    private boolean changeValidity() {
        UnitModel u = pick(units);
        u.validFrom = pick(VALID_FROM);
        u.validTo = pick(VALID_TO);
        if (u.validFrom != null && u.validTo != null && u.validTo.isBefore(u.validFrom)) {
            u.validTo = null;
        }
        putUnit(u);
        count("validity");
        return true;
    }

    private boolean changeKind() {
        UnitModel u = pick(units);
        u.kind = pick(KINDS.stream().filter(k -> !k.equals(u.kind)).toList());
        putUnit(u);
        count("kind");
        return true;
    }

    private boolean changeGroup() {
        String kind = pick(KINDS);
        if (!groupKinds.remove(kind)) {
            groupKinds.add(kind);
        }
        String member = pick(units).id;
        if (!groupMembers.remove(member)) {
            groupMembers.add(member);
        }
        if (groupKinds.isEmpty() && groupMembers.isEmpty()) {
            groupKinds.add("COMMUNE");
        }
        updateGroup(group, groupBody(groupName, groupKinds, province, groupMembers));
        count("group");
        return true;
    }

    // ---- checks ----

    /** What the kept (or rebuilt) figures answer: completeness, and attainment with and without a year. */
    private record Snapshot(List<PeriodCompleteness> periods, Map<String, List<TargetAttainment>> attainment) {

        /** Every figure by a readable key ("B2025", "TC 2024"), to name the ones that differ. */
        Map<String, String> byKey(FigureConsistencyTest test) {
            Map<String, String> figures = new LinkedHashMap<>();
            for (PeriodCompleteness p : periods) {
                figures.put(test.name(p), p.toString());
            }
            attainment.forEach((year, targets) -> targets.forEach(t -> figures.put(test.name(t) + " " + year,
                    t.toString())));
            return figures;
        }
    }

    private String name(PeriodCompleteness p) {
        return (p.obligationId().equals(obligationA) ? "A" : "B") + p.year();
    }

    private String name(TargetAttainment t) {
        return t.targetId().equals(targetA) ? "TA" : t.targetId().equals(targetB) ? "TB" : "TC";
    }

    private Snapshot snapshot() {
        Map<String, List<TargetAttainment>> attainment = new LinkedHashMap<>();
        attainment.put("latest", ReportFixtures.attainment(plan, null).targets());
        for (int year : YEARS) {
            attainment.put(String.valueOf(year), ReportFixtures.attainment(plan, year).targets());
        }
        return new Snapshot(ReportFixtures.completeness(plan).periods(), attainment);
    }

    private void check(int op) {
        Snapshot kept = snapshot();
        var rebuilt = rebuild();
        Snapshot after = snapshot();
        record.add("after " + op + " operations, kept:    " + summary(kept));
        record.add("after " + op + " operations, rebuilt: " + summary(after) + " (" + rebuilt.periods() + " periods, "
                + rebuilt.targets() + " targets in " + rebuilt.durationMs() + " ms)");
        Map<String, String> keptFigures = kept.byKey(this);
        Map<String, String> rebuiltFigures = after.byKey(this);
        List<String> differences = new ArrayList<>();
        keptFigures.forEach((key, figure) -> {
            if (!figure.equals(rebuiltFigures.get(key))) {
                differences.add(key + "\n  kept:    " + figure + "\n  rebuilt: " + rebuiltFigures.get(key));
            }
        });
        assertThat(differences).as("figures that the rebuild changed after %d operations (seed %d)", op, SEED)
                .isEmpty();
        assertThat(rebuiltFigures.keySet()).isEqualTo(keptFigures.keySet());
        for (PeriodCompleteness figures : kept.periods()) {
            checkPeriod(op, period(figures.periodId()), figures);
        }
        checkAttainment(op, kept);
    }

    private String summary(Snapshot s) {
        StringBuilder out = new StringBuilder();
        for (PeriodCompleteness p : s.periods()) {
            out.append(name(p)).append(" expected ").append(p.expected()).append(" submitted ").append(p.submitted())
                    .append(" accepted ").append(p.accepted()).append(" returned ").append(p.returned())
                    .append(" onTime ").append(p.onTime()).append(" late ").append(p.late()).append(" missing ")
                    .append(p.missing()).append("; ");
        }
        for (TargetAttainment t : s.attainment().get("latest")) {
            out.append(name(t)).append('=').append(t.numerator()).append('/').append(t.denominator()).append(' ')
                    .append(t.status()).append(' ').append(t.coverage() == null ? "" : t.coverage().unitsWithData()
                            + " of " + t.coverage().populationUnits() + " units ");
        }
        return out.toString().trim();
    }

    private void checkPeriod(int op, PeriodModel p, PeriodCompleteness figures) {
        String where = "period " + name(figures) + " after " + op
                + " operations (seed " + SEED + ")";
        // the units behind the figures are those the model says, in the state it says
        List<PeriodUnit> listed = periodUnits(plan, p.id(), null);
        Map<String, String> expectedRows = new TreeMap<>();
        for (UnitModel u : units) {
            if (owes(u, p)) {
                SubmissionModel s = submissions.get(key(p, u));
                expectedRows.put(u.id, u.kind + " " + effectiveDue(p, u) + " " + status(p, u) + " "
                        + timeliness(p, u) + " " + (s == null ? null : s.id));
            }
        }
        Map<String, String> actualRows = new TreeMap<>();
        for (PeriodUnit row : listed) {
            actualRows.put(row.unitId(), row.unitKind() + " " + row.dueDate() + " " + row.status() + " "
                    + row.timeliness() + " " + row.submissionId());
        }
        assertThat(actualRows).as("units of " + where).isEqualTo(expectedRows);

        // the figures counted from the unit list
        long expected = listed.size();
        long submitted = listed.stream().filter(u -> submitted(u.status())).count();
        long accepted = listed.stream().filter(u -> u.status().equals("ACCEPTED")).count();
        long returned = listed.stream().filter(u -> u.status().equals("RETURNED")).count();
        long onTime = listed.stream().filter(u -> submitted(u.status()) && "ON_TIME".equals(u.timeliness())).count();
        long late = listed.stream().filter(u -> submitted(u.status()) && "LATE".equals(u.timeliness())).count();
        Counts counted = new Counts(expected, submitted, accepted, returned, onTime, late, expected - submitted);
        assertThat(Counts.of(figures)).as("figures of " + where).isEqualTo(counted);
        assertThat(figures.completenessRate()).as("completeness of " + where)
                .isEqualTo(Rates.percent(submitted, expected));
        assertThat(figures.timelinessRate()).as("timeliness of " + where).isEqualTo(Rates.percent(onTime, expected));
        // and the filtered lists hold as many
        Map<String, Long> filtered = Map.of("MISSING", expected - submitted, "ON_TIME", onTime, "LATE", late,
                "RETURNED", returned, "ACCEPTED", accepted);
        filtered.forEach((status, n) -> assertThat((long) periodUnits(plan, p.id(), status).size())
                .as(status + " units of " + where).isEqualTo(n));
    }

    private void checkAttainment(int op, Snapshot kept) {
        LocalDate today = ReportFixtures.today();
        for (String year : kept.attainment().keySet()) {
            for (TargetAttainment actual : kept.attainment().get(year)) {
                String obligation = actual.targetId().equals(targetA) ? obligationA : obligationB;
                List<PeriodModel> measured = periods.stream().filter(p -> p.obligation().equals(obligation)).toList();
                PeriodModel period = year.equals("latest")
                        ? measured.stream().filter(p -> !p.due().isAfter(today)).reduce((a, b) -> b)
                                .orElse(measured.get(0))
                        : measured.stream().filter(p -> p.year() == Integer.parseInt(year)).findFirst().orElse(null);
                String where = "target " + name(actual) + " " + actual.targetId() + " year " + year + " after "
                        + op + " operations (seed " + SEED + ")";
                if (period == null) {
                    assertThat(actual.status()).as(where).isEqualTo(AttainmentStatus.NO_DATA);
                    assertThat(actual.periodId()).as(where).isNull();
                    continue;
                }
                assertThat(actual.periodId()).as(where).isEqualTo(period.id());
                assertThat(describe(actual)).as(where).isEqualTo(expectedAttainment(actual, period));
                if (year.equals("latest")) {
                    List<Contribution> rows = contributions(plan, actual.targetId(), null);
                    long withData = rows.stream().filter(r -> r.dataStatus() == ReportDtos.DataStatus.HAS_DATA).count();
                    assertThat(withData).as("units with data of " + where).isEqualTo(actual.coverage().unitsWithData());
                    assertThat((long) rows.size()).as("units of " + where)
                            .isEqualTo(actual.coverage().populationUnits());
                    if (actual.status() != AttainmentStatus.NO_DATA) {
                        assertThat(rows.stream().mapToLong(Contribution::numerator).sum())
                                .as("numerators of " + where).isEqualTo(actual.numerator());
                        assertThat(rows.stream().mapToLong(Contribution::denominator).sum())
                                .as("denominators of " + where).isEqualTo(actual.denominator());
                    }
                }
            }
        }
    }

    private static String describe(TargetAttainment t) {
        return t.numerator() + "/" + t.denominator() + " " + t.valuePercent() + " " + t.status() + " " + t.coverage()
                + " " + t.byKind();
    }

    /**
     * What the model says a target answers on a period. Both measures count units without data as
     * not meeting the target (the default): SUBMISSION over the whole population; REPORTED (target B,
     * over officials) adds the officials of the units without an accepted report of the period's year,
     * and is not MET while one of those has no headcount. NO_DATA until a unit has data.
     */
    private String expectedAttainment(TargetAttainment actual, PeriodModel period) {
        boolean reported = actual.targetId().equals(targetB);
        boolean departmentsOnly = actual.targetId().equals(targetC);
        // numerator, denominator, units, units with data, officials without data, units without headcount
        Map<OrgUnitKind, long[]> byKind = new TreeMap<>(Comparator.naturalOrder());
        for (UnitModel u : units) {
            boolean member = departmentsOnly ? department(u, period) : owes(u, period);
            if (!member) {
                continue;
            }
            long[] sums = byKind.computeIfAbsent(OrgUnitKind.valueOf(u.kind), k -> new long[6]);
            SubmissionModel s = submissions.get(key(period, u));
            boolean accepted = s != null && s.status.equals("ACCEPTED");
            Integer officials = u.headcounts.get(period.year());
            sums[2]++;
            if (accepted) {
                sums[3]++;
                sums[0] += reported ? s.numerator : 1;
                sums[1] += reported ? s.denominator : 1;
            } else {
                sums[1] += reported ? (officials == null ? 0 : officials) : 1;
                sums[4] += officials == null ? 0 : officials;
                sums[5] += officials == null ? 1 : 0;
            }
        }
        long[] total = new long[6];
        byKind.values().forEach(v -> {
            for (int i = 0; i < 6; i++) {
                total[i] += v[i];
            }
        });
        ReportDtos.Coverage coverage = new ReportDtos.Coverage(total[2], total[3], total[2] - total[3], 0,
                reported ? total[4] : null, reported ? total[5] : null);
        if (total[3] == 0 || total[1] == 0) {
            return "null/null null " + AttainmentStatus.NO_DATA + " " + coverage + " []";
        }
        List<KindFigure> kinds = new ArrayList<>();
        byKind.forEach((kind, v) -> kinds.add(new KindFigure(kind, v[0], v[1], Rates.percent(v[0], v[1]), v[2], v[3])));
        AttainmentStatus status = Rates.status(total[0], total[1], actual.comparator(), actual.thresholdPercent());
        if (status == AttainmentStatus.MET && reported && total[5] > 0) {
            status = AttainmentStatus.NOT_MET;
        }
        return total[0] + "/" + total[1] + " " + Rates.percent(total[0], total[1]) + " " + status + " " + coverage
                + " " + kinds;
    }
}
