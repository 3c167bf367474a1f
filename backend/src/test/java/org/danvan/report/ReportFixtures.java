package org.danvan.report;

import static org.danvan.common.Api.api;
import static org.danvan.common.Api.createId;
import static org.danvan.common.Api.etag;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.danvan.report.ReportDtos.AttainmentReport;
import org.danvan.report.ReportDtos.CalendarEntry;
import org.danvan.report.ReportDtos.CompletenessReport;
import org.danvan.report.ReportDtos.Contribution;
import org.danvan.report.ReportDtos.PeriodCompleteness;
import org.danvan.report.ReportDtos.PeriodUnit;
import org.danvan.report.ReportDtos.TargetAttainment;
import org.danvan.submission.Deadlines;

/**
 * What the report tests build and read through the API: units, groups, plans, obligations,
 * targets and submissions, and the report answers read back into the product's own DTO records
 * (every response is still checked against {@code openapi.yaml} by {@code api()}).
 */
final class ReportFixtures {

    static final String UNITS = "/api/v1/org-units";
    static final String UNIT = "/api/v1/org-units/{unitId}";
    static final String GROUPS = "/api/v1/unit-groups";
    static final String GROUP = "/api/v1/unit-groups/{groupId}";
    static final String PLANS = "/api/v1/plans";
    static final String TARGETS = "/api/v1/plans/{planId}/targets";
    static final String VERDICT = "/api/v1/plans/{planId}/targets/{targetId}/verdict";
    static final String OBLIGATIONS = "/api/v1/plans/{planId}/obligations";
    static final String PERIODS = "/api/v1/obligations/{obligationId}/periods";
    static final String EXTENSIONS = "/api/v1/obligations/{obligationId}/extensions";
    static final String EXTENSION = "/api/v1/obligations/{obligationId}/extensions/{extensionId}";
    static final String SUBMISSIONS = "/api/v1/submissions";
    static final String SUBMISSION = "/api/v1/submissions/{submissionId}";
    static final String COMPLETENESS = "/api/v1/plans/{planId}/completeness";
    static final String PERIOD_UNITS = "/api/v1/plans/{planId}/completeness/{periodId}/units";
    static final String ATTAINMENT = "/api/v1/plans/{planId}/attainment";
    static final String CONTRIBUTIONS = "/api/v1/plans/{planId}/attainment/{targetId}/units";
    static final String CALENDAR = "/api/v1/org-units/{unitId}/calendar";
    static final String REBUILD = "/api/v1/figures/rebuild";

    /** A day every submission made today is on time for: extensions to it make ON_TIME rows. */
    static final String FAR_FUTURE = "2099-12-31";

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private ReportFixtures() {
    }

    static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Today in Vietnam, the day the product stamps on a submission made now. */
    static LocalDate today() {
        return LocalDate.now(Deadlines.VIETNAM);
    }

    // ---- units and groups ----

    static Map<String, Object> unitBody(String name, String kind, String parentId, String validFrom, String validTo) {
        var body = new HashMap<String, Object>();
        body.put("name", name);
        body.put("kind", kind);
        body.put("parentId", parentId);
        body.put("validFrom", validFrom);
        body.put("validTo", validTo);
        return body;
    }

    static String province() {
        return createId(UNITS, unitBody(unique("UBND tỉnh Thử nghiệm"), "PROVINCE", null, null, null));
    }

    static String unit(String name, String kind, String parentId) {
        return createId(UNITS, unitBody(name, kind, parentId, null, null));
    }

    static String unit(String name, String kind, String parentId, String validTo) {
        return createId(UNITS, unitBody(name, kind, parentId, null, validTo));
    }

    /** Rewrites a unit (PUT with its current ETag). */
    static void updateUnit(String unitId, Map<String, Object> body) {
        org.danvan.common.Api.admin().header("If-Match", etag(UNIT, unitId)).body(body).when().put(UNIT, unitId).then().statusCode(200);
    }

    static Map<String, Object> groupBody(String name, Collection<String> kinds, String scopeUnitId,
            Collection<String> memberIds) {
        var body = new HashMap<String, Object>();
        body.put("name", name);
        body.put("kinds", List.copyOf(kinds));
        body.put("scopeUnitId", scopeUnitId);
        body.put("memberIds", List.copyOf(memberIds));
        return body;
    }

    /** The units of {@code kinds} under {@code scopeUnitId}. */
    static String groupOfKinds(String scopeUnitId, String... kinds) {
        return createId(GROUPS, groupBody(unique("Các cơ quan, đơn vị"), List.of(kinds), scopeUnitId, List.of()));
    }

    static String groupOfMembers(String... memberIds) {
        return createId(GROUPS, groupBody(unique("Nhóm đơn vị"), List.of(), null, List.of(memberIds)));
    }

    static void updateGroup(String groupId, Map<String, Object> body) {
        api().header("If-Match", etag(GROUP, groupId)).body(body).when().put(GROUP, groupId).then().statusCode(200);
    }

    // ---- plans, obligations, targets ----

    static String plan(String issuerId, int start, int end) {
        var body = new HashMap<String, Object>();
        body.put("issuerId", issuerId);
        body.put("title", unique("Kế hoạch thực hiện công tác dân vận chính quyền"));
        body.put("periodStart", start);
        body.put("periodEnd", end);
        return createId(PLANS, body);
    }

    static String obligation(String planId, String groupId, String kind, String dueDate, String dueMonthDay,
            int graceDays) {
        var body = new HashMap<String, Object>();
        body.put("kind", kind);
        body.put("title", unique("Báo cáo kết quả thực hiện công tác dân vận chính quyền"));
        body.put("groupId", groupId);
        body.put("dueDate", dueDate);
        body.put("dueMonthDay", dueMonthDay);
        body.put("graceDays", graceDays);
        return createId(OBLIGATIONS, body, planId);
    }

    /** A unit plan due on one fixed day. */
    static String fixedObligation(String planId, String groupId, String dueDate, int graceDays) {
        return obligation(planId, groupId, "UNIT_PLAN", dueDate, null, graceDays);
    }

    /** An annual report due every year of the plan on {@code dueMonthDay} ("--11-01"). */
    static String yearlyObligation(String planId, String groupId, String dueMonthDay, int graceDays) {
        return obligation(planId, groupId, "ANNUAL_REPORT", null, dueMonthDay, graceDays);
    }

    static List<String> periodIds(String obligationId) {
        return api().when().get(PERIODS, obligationId).then().statusCode(200).extract().path("items.id");
    }

    static String periodId(String obligationId) {
        return periodIds(obligationId).get(0);
    }

    static Map<String, Object> targetBody(String ordinal, String groupId, String basis, String measureKind,
            String obligationId, String minimumRating, String comparator, Object thresholdPercent) {
        var measure = new HashMap<String, Object>();
        measure.put("kind", measureKind);
        measure.put("obligationId", obligationId);
        measure.put("minimumRating", minimumRating);
        var body = new HashMap<String, Object>();
        body.put("ordinal", ordinal);
        body.put("statement", "100% cơ quan, đơn vị thực hiện " + ordinal);
        body.put("comparator", comparator);
        body.put("thresholdPercent", thresholdPercent);
        body.put("population", Map.of("groupId", groupId, "basis", basis));
        body.put("measure", measure);
        return body;
    }

    /** Units whose submission to {@code obligationId} is accepted, over the group's units. */
    static String submissionTarget(String planId, String groupId, String obligationId, String comparator,
            Object threshold) {
        return createId(TARGETS, targetBody("III.1", groupId, "UNITS", "SUBMISSION", obligationId, null, comparator,
                threshold), planId);
    }

    /** Officials, counted from the figures the accepted submissions to {@code obligationId} report. */
    static String reportedTarget(String planId, String groupId, String obligationId, String comparator,
            Object threshold) {
        return createId(TARGETS, targetBody("III.2", groupId, "OFFICIALS", "REPORTED", obligationId, null, comparator,
                threshold), planId);
    }

    static String manualTarget(String planId, String groupId) {
        return createId(TARGETS, targetBody("III.3", groupId, "UNITS", "MANUAL", null, null, null, null), planId);
    }

    static String ratingTarget(String planId, String groupId) {
        return createId(TARGETS, targetBody("III.4", groupId, "UNITS", "RATING", null, "TOT", "GTE", 80), planId);
    }

    // ---- extensions ----

    static String extend(String obligationId, String periodId, String unitId, String dueDate) {
        var body = new HashMap<String, Object>();
        body.put("periodId", periodId);
        body.put("unitId", unitId);
        body.put("dueDate", dueDate);
        body.put("reason", "Đơn vị đang kiện toàn tổ chức bộ máy");
        return createId(EXTENSIONS, body, obligationId);
    }

    static void withdraw(String obligationId, String extensionId) {
        api().header("If-Match", "\"0\"").when().delete(EXTENSION, obligationId, extensionId).then().statusCode(204);
    }

    // ---- submissions ----

    /** One figure a submission reports for a REPORTED target. */
    record Value(String targetId, long numerator, long denominator) {

        Map<String, Object> body() {
            return Map.of("targetId", targetId, "numerator", numerator, "denominator", denominator);
        }
    }

    static List<Map<String, Object>> values(Value... values) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Value value : values) {
            list.add(value.body());
        }
        return list;
    }

    /** The unit's DRAFT for the period. */
    static String draft(String periodId, String unitId, Value... values) {
        var body = new HashMap<String, Object>();
        body.put("periodId", periodId);
        body.put("unitId", unitId);
        body.put("sections", Map.of("results", "Đã triển khai thực hiện Kế hoạch."));
        body.put("values", values(values));
        return createId(SUBMISSIONS, body);
    }

    static ValidatableResponse act(String submissionId, String action, String reason) {
        var request = api();
        if (reason != null) {
            request.body(Map.of("reason", reason));
        }
        return request.when().post(SUBMISSION + "/" + action, submissionId).then();
    }

    static void submit(String submissionId) {
        act(submissionId, "submit", null).statusCode(200);
    }

    static void accept(String submissionId) {
        act(submissionId, "accept", null).statusCode(200);
    }

    static void giveBack(String submissionId) {
        act(submissionId, "return", "Bổ sung tài liệu kiểm chứng.").statusCode(200);
    }

    static void reopen(String submissionId) {
        act(submissionId, "reopen", "Số liệu chưa khớp với báo cáo của Sở Nội vụ.").statusCode(200);
    }

    /** Draft, then submitted: the first submission fixes its timeliness against today. */
    static String submitted(String periodId, String unitId, Value... values) {
        String id = draft(periodId, unitId, values);
        submit(id);
        return id;
    }

    static String accepted(String periodId, String unitId, Value... values) {
        String id = submitted(periodId, unitId, values);
        accept(id);
        return id;
    }

    static String returned(String periodId, String unitId, Value... values) {
        String id = submitted(periodId, unitId, values);
        giveBack(id);
        return id;
    }

    // ---- reports ----

    /** The counts of one period's completeness, to compare in one assertion. */
    record Counts(long expected, long submitted, long accepted, long returned, long onTime, long late, long missing) {

        static Counts of(PeriodCompleteness period) {
            return new Counts(period.expected(), period.submitted(), period.accepted(), period.returned(),
                    period.onTime(), period.late(), period.missing());
        }
    }

    /** A target's figures, to compare in one assertion; the value as the API prints it. */
    record Figure(Long numerator, Long denominator, String valuePercent, ReportDtos.AttainmentStatus status) {

        static Figure of(TargetAttainment target) {
            return new Figure(target.numerator(), target.denominator(),
                    target.valuePercent() == null ? null : target.valuePercent().toPlainString(), target.status());
        }
    }

    static <T> T read(ValidatableResponse response, Class<T> type) {
        try {
            return JSON.readValue(response.statusCode(200).extract().asString(), type);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static <T> List<T> items(ValidatableResponse response, Class<T> type) {
        try {
            var tree = JSON.readTree(response.statusCode(200).extract().asString()).get("items");
            return JSON.readerForListOf(type).readValue(tree);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static CompletenessReport completeness(String planId) {
        return read(api().when().get(COMPLETENESS, planId).then(), CompletenessReport.class);
    }

    /** The figures of one period. */
    static PeriodCompleteness figures(String planId, String periodId) {
        List<PeriodCompleteness> periods = read(api().queryParam("periodId", periodId).when()
                .get(COMPLETENESS, planId).then(), CompletenessReport.class).periods();
        if (periods.size() != 1) {
            throw new AssertionError("one period expected, got " + periods);
        }
        return periods.get(0);
    }

    /** Every unit behind a period (or those in {@code status} when not null), one page of up to 500. */
    static List<PeriodUnit> periodUnits(String planId, String periodId, String status) {
        var request = api().queryParam("size", 500);
        if (status != null) {
            request.queryParam("status", status);
        }
        return items(request.when().get(PERIOD_UNITS, planId, periodId).then(), PeriodUnit.class);
    }

    static List<String> unitIds(String planId, String periodId, String status) {
        return periodUnits(planId, periodId, status).stream().map(PeriodUnit::unitId).sorted().toList();
    }

    static AttainmentReport attainment(String planId, Integer year) {
        var request = api();
        if (year != null) {
            request.queryParam("year", year);
        }
        return read(request.when().get(ATTAINMENT, planId).then(), AttainmentReport.class);
    }

    static TargetAttainment attainmentOf(String planId, String targetId, Integer year) {
        return attainment(planId, year).targets().stream().filter(t -> t.targetId().equals(targetId)).findFirst()
                .orElseThrow(() -> new AssertionError("no target " + targetId));
    }

    static List<Contribution> contributions(String planId, String targetId, Integer year) {
        var request = api().queryParam("size", 500);
        if (year != null) {
            request.queryParam("year", year);
        }
        return items(request.when().get(CONTRIBUTIONS, planId, targetId).then(), Contribution.class);
    }

    static List<CalendarEntry> calendar(String unitId, String from, String to) {
        var request = api().queryParam("size", 500);
        if (from != null) {
            request.queryParam("from", from);
        }
        if (to != null) {
            request.queryParam("to", to);
        }
        return items(request.when().get(CALENDAR, unitId).then(), CalendarEntry.class);
    }

    static ReportDtos.RebuildResult rebuild() {
        return read(org.danvan.common.Api.admin().when().post(REBUILD).then(), ReportDtos.RebuildResult.class);
    }

    /** The Vietnamese day of an instant the API answered. */
    static LocalDate dayOf(Instant at) {
        return Deadlines.dayInVietnam(at);
    }
}
