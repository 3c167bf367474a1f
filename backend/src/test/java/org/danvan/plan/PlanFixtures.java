package org.danvan.plan;

import static org.danvan.common.Api.api;
import static org.danvan.common.Api.createId;
import static org.danvan.common.Api.unit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Data the plan tests build through the API: every name and code carries a random suffix. */
final class PlanFixtures {

    static final String UNITS = "/api/v1/org-units";
    static final String GROUPS = "/api/v1/unit-groups";
    static final String PLANS = "/api/v1/plans";
    static final String TASKS = "/api/v1/plans/{planId}/tasks";
    static final String TASK = "/api/v1/plans/{planId}/tasks/{taskId}";
    static final String TARGETS = "/api/v1/plans/{planId}/targets";
    static final String TARGET = "/api/v1/plans/{planId}/targets/{targetId}";
    static final String OBLIGATIONS = "/api/v1/plans/{planId}/obligations";
    static final String OBLIGATION = "/api/v1/plans/{planId}/obligations/{obligationId}";
    static final String PERIODS = "/api/v1/obligations/{obligationId}/periods";
    static final String EXTENSIONS = "/api/v1/obligations/{obligationId}/extensions";
    static final String EXTENSION = "/api/v1/obligations/{obligationId}/extensions/{extensionId}";

    private PlanFixtures() {
    }

    static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static String province() {
        return createId(UNITS, unit(unique("UBND tỉnh Thử nghiệm"), "PROVINCE", null));
    }

    static String department(String parentId) {
        return createId(UNITS, unit(unique("Sở Nội vụ"), "DEPARTMENT", parentId));
    }

    /** The departments under {@code scopeUnitId}. */
    static String departmentsOf(String scopeUnitId) {
        return createId(GROUPS, Map.of("name", unique("Các sở, ban, ngành tỉnh"), "kinds", List.of("DEPARTMENT"),
                "scopeUnitId", scopeUnitId));
    }

    /** A draft plan of a new province for the years {@code start}..{@code end}. */
    static String plan(int start, int end) {
        return plan(province(), start, end);
    }

    static String plan(String issuerId, int start, int end) {
        return createId(PLANS, planBody(issuerId, start, end));
    }

    static Map<String, Object> planBody(String issuerId, int start, int end) {
        var body = new HashMap<String, Object>();
        body.put("issuerId", issuerId);
        body.put("title", unique("Kế hoạch thực hiện công tác dân vận chính quyền"));
        body.put("periodStart", start);
        body.put("periodEnd", end);
        return body;
    }

    /** A draft plan with its full identity (number, symbol, issue date), ready to be issued. */
    static String identifiedPlan(String issuerId, int year) {
        var body = planBody(issuerId, year, year);
        body.put("number", ThreadLocalRandom.current().nextInt(1, 999_999));
        body.put("symbol", "KH-UBND-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("issueDate", year + "-03-25");
        return createId(PLANS, body);
    }

    /** DRAFT -> ISSUED -> CLOSED. */
    static void issueAndClose(String planId) {
        api().when().post(PLANS + "/{id}/issue", planId).then().statusCode(200);
        api().when().post(PLANS + "/{id}/close", planId).then().statusCode(200);
    }
}
