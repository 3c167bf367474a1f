package org.danvan.plan;

import static org.danvan.common.Api.api;
import static org.danvan.common.Api.createId;
import static org.danvan.common.Api.unit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Data the plan tests (and the tests of what hangs on plans, such as submissions) build through the
 * API: every name and code carries a random suffix.
 */
public final class PlanFixtures {

    public static final String UNITS = "/api/v1/org-units";
    public static final String GROUPS = "/api/v1/unit-groups";
    public static final String PLANS = "/api/v1/plans";
    public static final String TASKS = "/api/v1/plans/{planId}/tasks";
    public static final String TASK = "/api/v1/plans/{planId}/tasks/{taskId}";
    public static final String TARGETS = "/api/v1/plans/{planId}/targets";
    public static final String TARGET = "/api/v1/plans/{planId}/targets/{targetId}";
    public static final String OBLIGATIONS = "/api/v1/plans/{planId}/obligations";
    public static final String OBLIGATION = "/api/v1/plans/{planId}/obligations/{obligationId}";
    public static final String PERIODS = "/api/v1/obligations/{obligationId}/periods";
    public static final String EXTENSIONS = "/api/v1/obligations/{obligationId}/extensions";
    public static final String EXTENSION = "/api/v1/obligations/{obligationId}/extensions/{extensionId}";

    private PlanFixtures() {
    }

    public static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String province() {
        return createId(UNITS, unit(unique("UBND tỉnh Thử nghiệm"), "PROVINCE", null));
    }

    public static String department(String parentId) {
        return createId(UNITS, unit(unique("Sở Nội vụ"), "DEPARTMENT", parentId));
    }

    /** The departments under {@code scopeUnitId}. */
    public static String departmentsOf(String scopeUnitId) {
        return createId(GROUPS, Map.of("name", unique("Các sở, ban, ngành tỉnh"), "kinds", List.of("DEPARTMENT"),
                "scopeUnitId", scopeUnitId));
    }

    /** A draft plan of a new province for the years {@code start}..{@code end}. */
    public static String plan(int start, int end) {
        return plan(province(), start, end);
    }

    public static String plan(String issuerId, int start, int end) {
        return createId(PLANS, planBody(issuerId, start, end));
    }

    public static Map<String, Object> planBody(String issuerId, int start, int end) {
        var body = new HashMap<String, Object>();
        body.put("issuerId", issuerId);
        body.put("title", unique("Kế hoạch thực hiện công tác dân vận chính quyền"));
        body.put("periodStart", start);
        body.put("periodEnd", end);
        return body;
    }

    /** A draft plan with its full identity (number, symbol, issue date), ready to be issued. */
    public static String identifiedPlan(String issuerId, int year) {
        var body = planBody(issuerId, year, year);
        body.put("number", ThreadLocalRandom.current().nextInt(1, 999_999));
        body.put("symbol", "KH-UBND-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("issueDate", year + "-03-25");
        return createId(PLANS, body);
    }

    /** DRAFT -> ISSUED -> CLOSED. */
    public static void issueAndClose(String planId) {
        api().when().post(PLANS + "/{id}/issue", planId).then().statusCode(200);
        api().when().post(PLANS + "/{id}/close", planId).then().statusCode(200);
    }

    /** An obligation of {@code planId} on {@code groupId} with one period, due on {@code dueDate}. */
    public static String obligation(String planId, String groupId, String dueDate) {
        var body = new HashMap<String, Object>();
        body.put("kind", "ANNUAL_REPORT");
        body.put("title", unique("Báo cáo kết quả thực hiện công tác dân vận chính quyền"));
        body.put("groupId", groupId);
        body.put("dueDate", dueDate);
        return createId(OBLIGATIONS, body, planId);
    }

    /** The ids of the obligation's periods, earliest first. */
    public static List<String> periodIds(String obligationId) {
        return api().when().get(PERIODS, obligationId).then().statusCode(200).extract().path("items.id");
    }

    /** The one period of an obligation due on a fixed date. */
    public static String onlyPeriod(String obligationId) {
        List<String> periods = periodIds(obligationId);
        if (periods.size() != 1) {
            throw new IllegalStateException("expected one period, found " + periods);
        }
        return periods.get(0);
    }

    /** Grants {@code unitId} a later due date for the period. */
    public static String extension(String obligationId, String periodId, String unitId, String dueDate) {
        var body = new HashMap<String, Object>();
        body.put("periodId", periodId);
        body.put("unitId", unitId);
        body.put("dueDate", dueDate);
        body.put("reason", "Đơn vị đang kiện toàn tổ chức bộ máy");
        return createId(EXTENSIONS, body, obligationId);
    }

    /** A target counting officials from the figures reported to {@code obligationId}: 100% at least. */
    public static String reportedTarget(String planId, String groupId, String obligationId) {
        return createId(TARGETS, targetBody(groupId, "OFFICIALS", Map.of("kind", "REPORTED", "obligationId",
                obligationId)), planId);
    }

    /** A qualitative target assessed by hand. */
    public static String manualTarget(String planId, String groupId) {
        var body = targetBody(groupId, "UNITS", Map.of("kind", "MANUAL"));
        body.remove("comparator");
        body.remove("thresholdPercent");
        return createId(TARGETS, body, planId);
    }

    private static Map<String, Object> targetBody(String groupId, String basis, Map<String, Object> measure) {
        var body = new HashMap<String, Object>();
        body.put("ordinal", "III.1");
        body.put("statement", "100% cán bộ, công chức, viên chức được học tập, quán triệt các Chỉ thị, Nghị quyết");
        body.put("comparator", "GTE");
        body.put("thresholdPercent", 100);
        body.put("population", Map.of("groupId", groupId, "basis", basis));
        body.put("measure", measure);
        return body;
    }
}
