package org.danvan.plan;

import static org.danvan.common.Api.api;
import static org.danvan.common.Api.createId;
import static org.danvan.common.Api.reporterOf;
import static org.danvan.plan.PlanFixtures.TASKS;
import static org.danvan.plan.PlanFixtures.department;
import static org.danvan.plan.PlanFixtures.identifiedPlan;
import static org.danvan.plan.PlanFixtures.plan;
import static org.danvan.plan.PlanFixtures.province;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Data the tests of task assignments (progress, evidence, review, figures) build through the API: a
 * plan's tasks, the assignments they give the units, and the units' updates.
 */
public final class TaskFixtures {

    public static final String PLAN_ASSIGNMENTS = "/api/v1/plans/{planId}/task-assignments";
    public static final String ASSIGNMENT = "/api/v1/task-assignments/{assignmentId}";
    public static final String HISTORY = ASSIGNMENT + "/history";

    private TaskFixtures() {
    }

    /** Task II.3 on receiving citizens, due in the second quarter of 2024 (30/06/2024). */
    public static Map<String, Object> task(List<String> leads, List<String> coordinating) {
        return task("II.3", leads, coordinating);
    }

    /** A task on receiving citizens, due in the second quarter of 2024 (30/06/2024). */
    public static Map<String, Object> task(String ordinal, List<String> leads, List<String> coordinating) {
        return task(ordinal, leads, coordinating,
                Map.of("kind", "BY_QUARTER", "year", 2024, "quarter", 2, "text", "Trong Quý II/2024"));
    }

    public static Map<String, Object> task(String ordinal, List<String> leads, List<String> coordinating,
            Map<String, Object> timeFrame) {
        var body = new HashMap<String, Object>();
        body.put("ordinal", ordinal);
        body.put("content", "Tiếp công dân, đối thoại trực tiếp với Nhân dân theo quy định");
        body.put("leadUnitIds", leads);
        body.put("coordinatingUnitIds", coordinating);
        body.put("timeFrame", timeFrame);
        return body;
    }

    public static Map<String, Object> byDate(String day) {
        return Map.of("kind", "BY_DATE", "dueDate", day);
    }

    public static Map<String, Object> continuous() {
        return Map.of("kind", "CONTINUOUS", "text", "Thường xuyên");
    }

    /** The assignment of the unit on the task. */
    public static String assignmentOf(String plan, String task, String unit) {
        return api().queryParam("unitId", unit).when().get(PLAN_ASSIGNMENTS, plan).then().statusCode(200)
                .extract().path("items.find { it.taskId == '" + task + "' }.id");
    }

    /** The body of a unit's progress update; null fields are sent as null. */
    public static Map<String, Object> update(String status, String result, String doneOn, String reason) {
        var body = new HashMap<String, Object>();
        body.put("status", status);
        body.put("result", result);
        body.put("doneOn", doneOn);
        body.put("notDoneReason", reason);
        return body;
    }

    /** A department of a new province leading task II.3 of a 2024 plan: its assignment and its reporter. */
    public record World(String province, String unit, String plan, String task, String assignment,
            String reporter) {
    }

    /**
     * Task II.3 of a 2024 draft plan of a new province, led by one department and coordinated by
     * another: the coordinating unit's assignment, which a change of the task may drop.
     */
    public record CoordinatedTask(String province, String lead, String coordinating, String plan, String task,
            String assignment) {
    }

    public static CoordinatedTask coordinatedTask() {
        String province = province();
        String lead = department(province);
        String coordinating = department(province);
        String plan = plan(province, 2024, 2024);
        String task = createId(TASKS, task(List.of(lead), List.of(coordinating)), plan);
        return new CoordinatedTask(province, lead, coordinating, plan, task, assignmentOf(plan, task, coordinating));
    }

    /** The world on a draft plan. */
    public static World world() {
        String province = province();
        return world(province, plan(province, 2024, 2024));
    }

    /** The world on a draft plan with its full identity, ready to be issued and closed. */
    public static World identifiedWorld() {
        String province = province();
        return world(province, identifiedPlan(province, 2024));
    }

    private static World world(String province, String plan) {
        String unit = department(province);
        String task = createId(TASKS, task(List.of(unit), List.of()), plan);
        return new World(province, unit, plan, task, assignmentOf(plan, task, unit), reporterOf(unit));
    }
}
