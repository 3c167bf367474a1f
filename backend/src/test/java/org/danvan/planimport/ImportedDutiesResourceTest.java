package org.danvan.planimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.danvan.common.Api.api;
import static org.danvan.common.Api.createId;
import static org.danvan.common.Api.unit;
import static org.danvan.plan.PlanFixtures.GROUPS;
import static org.danvan.plan.PlanFixtures.PLANS;
import static org.danvan.plan.PlanFixtures.TASKS;
import static org.danvan.plan.PlanFixtures.UNITS;
import static org.danvan.plan.PlanFixtures.planBody;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Trà Vinh seed plan imported and saved as the SPA does (the draft's tasks and duties sent back
 * as the plan's tasks): the duties of "Tổ chức thực hiện" are tasks of section DUTY with assignments
 * for the units and group the reader matched, and the names it could not match are listed per task.
 */
@QuarkusTest
class ImportedDutiesResourceTest {

    @Test
    void shouldSaveTheDutiesOfAnImportedPlanAsTasksWithAssignmentsAndListTheNamesLeftUnmatched() {
        // the directory: names as the province keeps them; the importer matches names in the issuer's
        // province, so units and groups of the same names that other tests leave elsewhere do not count
        String province = createId(UNITS, unit("UBND tỉnh Trà Vinh", "PROVINCE", null));
        String noiVu = createId(UNITS, unit("Sở Nội vụ tỉnh Trà Vinh", "DEPARTMENT", province));
        String tuPhap = createId(UNITS, unit("Sở Tư pháp tỉnh Trà Vinh", "DEPARTMENT", province));
        // Ban Dân vận Tỉnh ủy is not in the directory: its duties are left for the coordinator to map
        String units = createId(GROUPS, Map.of("name", "Các cơ quan, đơn vị, địa phương tỉnh Trà Vinh",
                "kinds", List.of("DEPARTMENT"), "scopeUnitId", province));

        JsonPath draft = api().contentType("text/plain; charset=utf-8")
                .body(SeedPlans.text("tra-vinh-2022-2026-dvcq").getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/plan-imports").then().statusCode(200).extract().jsonPath();

        // IV.1 Sở Nội vụ, IV.2 Các cơ quan, đơn vị, địa phương (a group), IV.3 Ban Dân vận Tỉnh ủy (unknown)
        List<Map<String, Object>> duties = draft.getList("duties");
        assertThat(duties).isNotEmpty().allSatisfy(duty -> assertThat(duty.get("section")).isEqualTo("DUTY"));
        assertThat(draft.getList("duties.findAll { it.ordinal.startsWith('IV.1') }.leadUnits.unitId.flatten()"))
                .isNotEmpty().containsOnly(noiVu);
        assertThat(draft.getList("duties.findAll { it.ordinal.startsWith('IV.2') }.leadUnits.groupId.flatten()"))
                .isNotEmpty().containsOnly(units);
        assertThat(draft.getList("tasks.section", String.class)).containsOnly("TASK");
        // what matched nothing is named on its task, for the coordinator to map
        List<String> unmatched = draft.getList("duties.findAll { it.ordinal.startsWith('IV.3') }.leadUnits.flatten()"
                + ".findAll { it.unitId == null && it.groupId == null }.text", String.class);
        assertThat(unmatched).isNotEmpty().containsOnly("Ban Dân vận Tỉnh ủy");

        // saved as the SPA saves a reviewed draft: tasks then duties, each with the units and groups matched
        List<Map<String, Object>> drafted = new ArrayList<>(draft.getList("tasks"));
        drafted.addAll(duties);
        var body = planBody(province, draft.getInt("periodStart"), draft.getInt("periodEnd"));
        body.put("tasks", drafted.stream().map(ImportedDutiesResourceTest::taskWrite).toList());
        String plan = createId(PLANS, body);

        JsonPath saved = api().queryParam("size", 200).when().get(TASKS, plan).then().statusCode(200)
                .extract().jsonPath();
        assertThat(saved.getInt("totalItems")).isEqualTo(drafted.size());
        assertThat(saved.getList("items.findAll { it.section == 'DUTY' }.ordinal", String.class))
                .containsExactlyElementsOf(duties.stream().map(d -> (String) d.get("ordinal")).toList());

        // the assignments exist right after the import: Sở Nội vụ on its duties, the
        // group's members (the departments) on the duties of all units
        List<Map<String, Object>> assignments = api().queryParam("size", 200).when()
                .get(PLANS + "/{planId}/task-assignments", plan).then().statusCode(200).extract().jsonPath()
                .getList("items");
        long dutiesOfAll = duties.stream().filter(d -> ((String) d.get("ordinal")).startsWith("IV.2")).count();
        assertThat(assignments).filteredOn(a -> tuPhap.equals(a.get("unitId"))
                        && ((String) a.get("taskOrdinal")).startsWith("IV.2"))
                .hasSize((int) dutiesOfAll).extracting(a -> a.get("role")).containsOnly("LEAD");
        assertThat(assignments).filteredOn(a -> noiVu.equals(a.get("unitId"))
                && ((String) a.get("taskOrdinal")).startsWith("IV.1")).isNotEmpty();
        // the unmatched duties are saved with the plan's words and no assignment until a unit is chosen
        assertThat(assignments).filteredOn(a -> ((String) a.get("taskOrdinal")).startsWith("IV.3")).isEmpty();
        assertThat(saved.getList("items.findAll { it.ordinal.startsWith('IV.3') }.leadText", String.class))
                .isNotEmpty().containsOnly("Ban Dân vận Tỉnh ủy");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> taskWrite(Map<String, Object> drafted) {
        var task = new HashMap<String, Object>();
        task.put("ordinal", drafted.get("ordinal"));
        task.put("section", drafted.get("section"));
        task.put("content", drafted.get("content"));
        task.put("directedBy", drafted.get("directedBy"));
        task.put("leadText", cut((String) drafted.get("leadText")));
        task.put("coordinatingText", cut((String) drafted.get("coordinatingText")));
        var leads = (List<Map<String, Object>>) drafted.get("leadUnits");
        var coordinating = (List<Map<String, Object>>) drafted.get("coordinatingUnits");
        task.put("leadUnitIds", ids(leads, "unitId"));
        task.put("leadGroupIds", ids(leads, "groupId"));
        task.put("coordinatingUnitIds", ids(coordinating, "unitId"));
        task.put("coordinatingGroupIds", ids(coordinating, "groupId"));
        var frame = (Map<String, Object>) drafted.get("timeFrame");
        task.put("timeFrame", frame == null ? Map.of("kind", "WHOLE_PERIOD") : frame);
        return task;
    }

    private static List<Object> ids(List<Map<String, Object>> refs, String key) {
        return refs.stream().map(ref -> ref.get(key)).filter(id -> id != null).distinct().toList();
    }

    private static String cut(String text) {
        return text == null || text.length() <= 2000 ? text : text.substring(0, 2000);
    }
}
