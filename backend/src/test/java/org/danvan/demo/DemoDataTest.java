package org.danvan.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.danvan.common.Api.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the README promises a newcomer sees after starting the demo. */
@QuarkusTest
@TestProfile(DemoProfile.class)
class DemoDataTest {

    @Inject
    DemoDataLoader loader;

    private static String planId(String q) {
        return api().queryParam("q", q).when().get("/api/v1/plans").then().statusCode(200)
                .body("totalItems", equalTo(1)).extract().path("items[0].id");
    }

    /** Every self-assessment report of every seed plan is a score sheet's: none sent on its own, none of a unit that did not exist. */
    @Test
    void shouldHoldNoSelfAssessmentReportWithoutItsScoreSheet() {
        List<String> sheetSubmissions = api().queryParam("size", 500).when().get("/api/v1/assessments").then()
                .statusCode(200).extract().path("items.submissionId");
        List<String> plans = api().queryParam("size", 50).when().get("/api/v1/plans").then().statusCode(200)
                .extract().path("items.id");
        int selfAssessments = 0;
        for (String plan : plans) {
            List<String> obligations = api().queryParam("size", 100).when()
                    .get("/api/v1/plans/{planId}/obligations", plan).then().statusCode(200).extract()
                    .path("items.findAll { it.kind == 'SELF_ASSESSMENT' }.id");
            for (String obligation : obligations) {
                List<String> submissions = api().queryParam("obligationId", obligation).queryParam("size", 500).when()
                        .get("/api/v1/submissions").then().statusCode(200).extract().path("items.id");
                assertThat(sheetSubmissions).containsAll(submissions);
                selfAssessments += submissions.size();
            }
        }
        // 23 sheets of 2024 in the 859 plan's period, as many reports
        assertThat(selfAssessments).isEqualTo(23);
    }

    @Test
    void shouldListTheThreeSeedPlans() {
        api().queryParam("size", 50).when().get("/api/v1/plans").then().statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items.reference", hasItems("859/KH-UBND"))
                .body("items.title", hasItems(
                        "Thực hiện công tác dân vận chính quyền năm 2024 trên địa bàn tỉnh Tây Ninh",
                        "Thực hiện công tác dân vận chính quyền trên địa bàn tỉnh Trà Vinh giai đoạn 2022 - 2026",
                        "Thực hiện quy chế dân chủ ở cơ sở và công tác dân vận chính quyền năm 2023"));
    }

    @Test
    void shouldGive859ItsIdentityAndSixTargetsEndingWithMoreThan90Percent() {
        String plan = planId("859/KH-UBND");
        api().when().get("/api/v1/plans/{id}", plan).then().statusCode(200)
                .body("status", equalTo("ISSUED")).body("issueDate", equalTo("2024-03-25"))
                .body("signer.name", equalTo("Võ Đức Trọng"))
                .body("legalBases.number", hasItems("23-QĐ/TW", "114-KL/TW", "16/CT-TTg", "33/CT-TTg", "76/NQ-CP",
                        "59/2023/NĐ-CP", "10/2022/QH15", "908/QĐ-UBND", "217-QĐ/TW", "218-QĐ/TW", "124-QĐ/TW"));
        var targets = api().when().get("/api/v1/plans/{id}/targets", plan).then().statusCode(200)
                .body("totalItems", equalTo(6)).extract().jsonPath();
        List<Map<String, Object>> items = targets.getList("items");
        Map<String, Object> last = items.get(5);
        assertThat(last.get("comparator")).isEqualTo("GT");
        assertThat(((Number) last.get("thresholdPercent")).intValue()).isEqualTo(90);
        assertThat(((Map<?, ?>) last.get("measure")).get("kind")).isEqualTo("RATING");
        // five tasks of its content, ten duties of its "Tổ chức thực hiện"
        api().when().get("/api/v1/plans/{id}/tasks", plan).then().statusCode(200).body("totalItems", equalTo(15))
                .body("items.findAll { it.section == 'DUTY' }.size()", equalTo(10));
        api().when().get("/api/v1/plans/{id}/obligations", plan).then().statusCode(200)
                .body("items.dueDate", contains("2024-04-10", "2024-11-01", "2024-11-15", "2024-12-20"));
    }

    @Test
    void shouldShowThe859TasksInEveryStatusAndReviewState() {
        String plan = planId("859/KH-UBND");
        List<Map<String, Object>> assignments = new ArrayList<>();
        for (int page = 0; page == 0 || assignments.size() == page * 500; page++) {
            assignments.addAll(api().queryParam("size", 500).queryParam("page", page)
                    .when().get("/api/v1/plans/{id}/task-assignments", plan).then().statusCode(200)
                    .extract().jsonPath().getList("items"));
        }
        // the content's tasks go to every unit of the province; the duties to the units they name
        assertThat(assignments).hasSizeGreaterThan(200);
        assertThat(assignments).extracting(a -> a.get("status")).contains("NOT_STARTED", "IN_PROGRESS", "DONE",
                "DONE_LATE", "NOT_DONE");
        assertThat(assignments).extracting(a -> a.get("reviewStatus")).contains("AWAITING_REVIEW", "RETURNED",
                "ACCEPTED");
        // Sở Thông tin và Truyền thông merged into Sở Khoa học và Công nghệ in 2025, but its 2024 duty is its own
        assertThat(assignments).extracting(a -> a.get("unitName")).contains("Sở Thông tin và Truyền thông tỉnh Tây Ninh");
        var progress = api().when().get("/api/v1/plans/{id}/task-progress", plan).then().statusCode(200)
                .extract().jsonPath();
        assertThat(progress.getInt("totals.tasks")).isEqualTo(15);
        assertThat(progress.getInt("totals.tasksBehindSchedule")).isPositive();
        // behind schedule first
        assertThat(progress.getBoolean("tasks[0].behindSchedule")).isTrue();
    }

    @Test
    void shouldExpandTheTraVinhReportsOverEveryYearOf2022To2026() {
        String plan = planId("Trà Vinh giai đoạn 2022 - 2026");
        List<Map<String, Object>> obligations = api().when().get("/api/v1/plans/{id}/obligations", plan).then()
                .statusCode(200).extract().jsonPath().getList("items");
        Map<String, String> dueDays = Map.of("SEMIANNUAL_REPORT", "06-10", "ANNUAL_REPORT", "12-05");
        assertThat(obligations).extracting(o -> o.get("kind")).contains("SEMIANNUAL_REPORT", "ANNUAL_REPORT");
        for (Map<String, Object> obligation : obligations) {
            String day = dueDays.get((String) obligation.get("kind"));
            if (day == null) {
                continue;
            }
            api().when().get("/api/v1/obligations/{id}/periods", obligation.get("id")).then().statusCode(200)
                    .body("items.dueDate", contains("2022-" + day, "2023-" + day, "2024-" + day, "2025-" + day,
                            "2026-" + day))
                    .body("items.year", contains(2022, 2023, 2024, 2025, 2026));
        }
    }

    @Test
    void shouldGiveTheOfficeOfQuangNgaiEightTasksAndTheModelRegistration() {
        String plan = planId("quy chế dân chủ ở cơ sở và công tác dân vận chính quyền năm 2023");
        api().when().get("/api/v1/plans/{id}", plan).then().statusCode(200)
                .body("number", equalTo(null)).body("symbol", equalTo("KH-VP")).body("issueDate", equalTo(null));
        api().when().get("/api/v1/plans/{id}/tasks", plan).then().statusCode(200).body("totalItems", equalTo(8));
        api().when().get("/api/v1/plans/{id}/obligations", plan).then().statusCode(200)
                .body("items.kind", contains("MODEL_REGISTRATION")).body("items.dueDate", contains("2023-04-01"));
        // each task is the office's own (Văn phòng UBND tỉnh leads it): one assignment each, due at the
        // end of 2023 for the whole year, none for the continuous ones
        var assignments = api().queryParam("size", 100).when().get("/api/v1/plans/{id}/task-assignments", plan)
                .then().statusCode(200).body("totalItems", equalTo(8)).extract().jsonPath();
        assertThat(assignments.getList("items.taskOrdinal", String.class))
                .containsExactly("II.1", "II.2", "II.3", "II.4", "II.5", "II.6", "II.7", "II.8");
        assertThat(assignments.getList("items.role", String.class)).containsOnly("LEAD");
        assertThat(assignments.getList("items.unitId", String.class)).hasSize(8).containsOnly(
                assignments.getString("items[0].unitId"));
        assertThat(assignments.getList("items.dueDate")).containsExactly("2023-12-31", "2023-12-31", null, null,
                null, "2023-12-31", "2023-12-31", null);
    }

    @Test
    void shouldHoldTheProvinceAfterThe2025MergerWithItsHistory() {
        String province = api().queryParam("q", "UBND tinh Tay Ninh").queryParam("kind", "PROVINCE")
                .when().get("/api/v1/org-units").then().statusCode(200).body("totalItems", equalTo(1))
                .extract().path("items[0].id");
        api().queryParam("parentId", province).queryParam("kind", "COMMUNE").queryParam("validOn", "2025-07-01")
                .when().get("/api/v1/org-units").then().statusCode(200).body("totalItems", equalTo(96));
        api().queryParam("parentId", province).queryParam("kind", "DISTRICT").queryParam("validOn", "2025-06-30")
                .when().get("/api/v1/org-units").then().statusCode(200).body("totalItems", equalTo(9));
        api().queryParam("parentId", province).queryParam("kind", "DISTRICT").queryParam("validOn", "2025-07-01")
                .when().get("/api/v1/org-units").then().statusCode(200).body("totalItems", equalTo(0));
        String finance = api().queryParam("q", "so tai chinh tinh tay ninh").when().get("/api/v1/org-units").then()
                .statusCode(200).extract().path("items[0].id");
        api().queryParam("successorId", finance).when().get("/api/v1/org-units").then().statusCode(200)
                .body("items.name", hasItems("Sở Kế hoạch và Đầu tư tỉnh Tây Ninh"));
    }

    @Test
    void shouldLoadOnlyOnce() {
        loader.loadOnce();
        api().when().get("/api/v1/plans").then().statusCode(200).body("totalItems", equalTo(3));
    }
}
