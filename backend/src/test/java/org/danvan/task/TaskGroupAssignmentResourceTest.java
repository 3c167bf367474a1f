package org.danvan.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.danvan.common.Api.api;
import static org.danvan.common.Api.createId;
import static org.danvan.common.Api.etag;
import static org.danvan.plan.PlanFixtures.GROUPS;
import static org.danvan.plan.PlanFixtures.TASK;
import static org.danvan.plan.PlanFixtures.TASKS;
import static org.danvan.plan.PlanFixtures.department;
import static org.danvan.plan.PlanFixtures.departmentsOf;
import static org.danvan.plan.PlanFixtures.plan;
import static org.danvan.plan.PlanFixtures.province;
import static org.danvan.plan.PlanFixtures.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A task names unit groups as leads or coordinators: each member gets its assignment, and follows the group. */
@QuarkusTest
class TaskGroupAssignmentResourceTest {

    private static final String TASK_ASSIGNMENTS = TASK + "/assignments";
    private static final String GROUP = GROUPS + "/{id}";

    private static Map<String, Object> task(String section, List<String> leads, List<String> leadGroups,
            List<String> coordinating, List<String> coordinatingGroups) {
        var body = new HashMap<String, Object>();
        body.put("ordinal", "IV.2.a.4");
        body.put("section", section);
        body.put("content", "Chủ trì thực hiện chấm điểm thi đua thực hiện công tác dân vận chính quyền hàng năm");
        body.put("leadUnitIds", leads);
        body.put("leadGroupIds", leadGroups);
        body.put("coordinatingUnitIds", coordinating);
        body.put("coordinatingGroupIds", coordinatingGroups);
        body.put("timeFrame", Map.of("kind", "BY_DATE", "dueDate", "2024-12-20", "text", "trước ngày 20/12/2024"));
        return body;
    }

    private static String explicitGroup(List<String> members) {
        return createId(GROUPS, Map.of("name", unique("Tổ kiểm tra dân vận"), "memberIds", members));
    }

    private static void setMembers(String group, List<String> members, int status) {
        api().header("If-Match", etag(GROUP, group)).body(Map.of("name", unique("Tổ kiểm tra dân vận"),
                "memberIds", members)).when().put(GROUP, group).then().statusCode(status);
    }

    private static JsonPath assignments(String plan, String task) {
        return api().queryParam("size", 100).when().get(TASK_ASSIGNMENTS, plan, task).then().statusCode(200)
                .extract().jsonPath();
    }

    private static Map<String, String> roles(JsonPath assignments) {
        Map<String, String> roles = new HashMap<>();
        List<Map<String, Object>> items = assignments.getList("items");
        items.forEach(item -> roles.put((String) item.get("unitId"), (String) item.get("role")));
        assertThat(roles).as("one assignment per unit").hasSize(items.size());
        return roles;
    }

    @Test
    void shouldAssignEveryMemberOfTheGroupsNamedOnceWithLeadWinning() {
        String province = province();
        String noiVu = department(province);
        String thanhTra = department(province);
        String tuPhap = department(province);
        String commune = createId("/api/v1/org-units", org.danvan.common.Api.unit(unique("UBND xã Hòa Thành"),
                "COMMUNE", province));
        String departments = departmentsOf(province);
        String inspectors = explicitGroup(List.of(noiVu, commune));
        String plan = plan(province, 2024, 2024);

        // the departments lead; Nội vụ named as coordinating and in the coordinating group stays a lead
        String task = api().body(task("DUTY", List.of(), List.of(departments), List.of(noiVu), List.of(inspectors)))
                .when().post(TASKS, plan).then().statusCode(201)
                .body("section", equalTo("DUTY"))
                .body("leadGroupIds", contains(departments))
                .body("coordinatingGroupIds", contains(inspectors))
                .body("leadUnitIds.size()", equalTo(0))
                .extract().path("id");

        assertThat(roles(assignments(plan, task))).isEqualTo(Map.of(noiVu, "LEAD", thanhTra, "LEAD", tuPhap, "LEAD",
                commune, "COORDINATING"));
        api().when().get(TASK, plan, task).then().statusCode(200).body("section", equalTo("DUTY"))
                .body("leadGroupIds", contains(departments));

        // a task written without a section is a task of the plan's content
        api().body(Map.of("ordinal", "II.1", "content", "Quán triệt", "timeFrame", Map.of("kind", "CONTINUOUS")))
                .when().post(TASKS, plan).then().statusCode(201).body("section", equalTo("TASK"))
                .body("leadGroupIds.size()", equalTo(0));
    }

    @Test
    void shouldFollowTheGroupsMembersAndRefuseToDropAMemberWithProgress() {
        String province = province();
        String noiVu = department(province);
        String thanhTra = department(province);
        String tuPhap = department(province);
        String group = explicitGroup(List.of(noiVu, thanhTra));
        String plan = plan(province, 2024, 2024);
        String task = createId(TASKS, task("TASK", List.of(), List.of(group), List.of(), List.of()), plan);
        assertThat(roles(assignments(plan, task)).keySet()).containsExactlyInAnyOrder(noiVu, thanhTra);
        String noiVuAssignment = assignments(plan, task).getString("items.find { it.unitId == '" + noiVu + "' }.id");

        // Thanh tra leaves the group, Tư pháp joins it: the task follows, Nội vụ keeps its assignment
        setMembers(group, List.of(noiVu, tuPhap), 200);
        JsonPath after = assignments(plan, task);
        assertThat(roles(after)).isEqualTo(Map.of(noiVu, "LEAD", tuPhap, "LEAD"));
        assertThat(after.getString("items.find { it.unitId == '" + noiVu + "' }.id")).isEqualTo(noiVuAssignment);

        // Tư pháp records progress; the group may not drop it silently
        String tuPhapAssignment = after.getString("items.find { it.unitId == '" + tuPhap + "' }.id");
        api().header("If-Match", "\"0\"").body(Map.of("status", "IN_PROGRESS", "result", "Đang tổng hợp."))
                .when().put("/api/v1/task-assignments/{id}", tuPhapAssignment).then().statusCode(200);
        setMembers(group, List.of(noiVu), 409);
        api().header("If-Match", etag(GROUP, group)).body(Map.of("name", unique("Tổ kiểm tra"), "memberIds",
                List.of(noiVu))).when().put(GROUP, group).then().statusCode(409)
                .body("type", equalTo("/problems/task-assignment-has-progress"))
                .body("detail", containsString("Sở Nội vụ"));
        api().when().get(GROUP, group).then().statusCode(200).body("memberIds", hasItem(tuPhap));
        assertThat(roles(assignments(plan, task))).isEqualTo(Map.of(noiVu, "LEAD", tuPhap, "LEAD"));

        // the group a task names cannot be deleted
        api().header("If-Match", etag(GROUP, group)).when().delete(GROUP, group).then().statusCode(409)
                .body("type", equalTo("/problems/unit-group-in-use"));
    }

    @Test
    void shouldRefuseAnUnknownGroupOnItsField() {
        String plan = plan(2024, 2024);
        api().body(task("TASK", List.of(), List.of("0195f0c2-7a1e-7c3a-9f51-000000000000"), List.of(), List.of()))
                .when().post(TASKS, plan).then().statusCode(400)
                .body("violations.field", hasItem("leadGroupIds"));
    }
}
