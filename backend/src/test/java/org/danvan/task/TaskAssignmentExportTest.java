package org.danvan.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.danvan.common.Api.api;
import static org.danvan.common.Api.as;
import static org.danvan.common.Api.createId;
import static org.danvan.common.Api.etag;
import static org.danvan.common.Api.reporterOf;
import static org.danvan.plan.PlanFixtures.TASKS;
import static org.danvan.plan.PlanFixtures.department;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.danvan.common.Api;
import org.danvan.common.Messages;
import org.danvan.export.ExportTexts;
import org.danvan.export.Sheets;
import org.danvan.export.XlsxDownload;
import org.danvan.plan.PlanFixtures;
import org.junit.jupiter.api.Test;

/**
 * A plan's task assignments as an Excel file, opened with POI and compared row by row with
 * {@code listPlanTaskAssignments} for the same filters and the same caller.
 */
@QuarkusTest
class TaskAssignmentExportTest {

    private static final String LIST = "/api/v1/plans/{planId}/task-assignments";
    private static final String ASSIGNMENT = "/api/v1/task-assignments/{id}";
    private static final ExportTexts VI = new ExportTexts(Messages.VIETNAMESE);

    record World(String province, String noiVu, String formula, String plan) {

        static World make() {
            String province = PlanFixtures.province();
            String noiVu = department(province);
            String formula = createId("/api/v1/org-units", Api.unit("@SUM(A1:A9) Sở Tư pháp " + java.util.UUID.randomUUID().toString().substring(0, 8),
                    "DEPARTMENT", province));
            String plan = PlanFixtures.identifiedPlan(province, 2024);
            createId(TASKS, task("II.1", Map.of("kind", "BY_DATE", "dueDate", "2024-05-15"), List.of(noiVu),
                    List.of(formula)), plan);
            createId(TASKS, task("II.2", Map.of("kind", "CONTINUOUS", "text", "Thường xuyên"), List.of(formula),
                    List.of()), plan);
            return new World(province, noiVu, formula, plan);
        }
    }

    private static Map<String, Object> task(String ordinal, Map<String, Object> timeFrame, List<String> leads,
            List<String> coordinating) {
        var body = new HashMap<String, Object>();
        body.put("ordinal", ordinal);
        body.put("content", "=Nhiệm vụ " + ordinal + ": tiếp công dân, đối thoại trực tiếp với Nhân dân");
        body.put("leadUnitIds", leads);
        body.put("coordinatingUnitIds", coordinating);
        body.put("timeFrame", timeFrame);
        return body;
    }

    private static RequestSpecification xlsx(RequestSpecification request) {
        return request.accept(XlsxDownload.MEDIA_TYPE + ", application/problem+json");
    }

    /** The file and the JSON list of the same request, compared cell by cell; answers the number of rows. */
    private static Sheets exportMatchingTheList(RequestSpecification json, RequestSpecification file, String plan) {
        List<Map<String, Object>> items = json.queryParam("size", 500).when().get(LIST, plan).then().statusCode(200)
                .extract().path("items");
        var response = file.when().get(LIST + "/export", plan).then().statusCode(200).extract();
        Sheets sheet = Sheets.of(response);
        assertThat(sheet.rows()).isEqualTo(items.size());
        for (int i = 0; i < items.size(); i++) {
            Map<String, Object> a = items.get(i);
            assertThat(sheet.cellText(i, 0)).isEqualTo(a.get("taskOrdinal"));
            assertThat(sheet.cellText(i, 1)).isEqualTo(a.get("taskContent"));
            assertThat(sheet.cellText(i, 2)).isEqualTo(a.get("unitName"));
            assertThat(sheet.cellText(i, 3)).isEqualTo(VI.label("AssignmentRole", (String) a.get("role")));
            assertThat(sheet.date(i, 4)).isEqualTo(day(a.get("dueDate")));
            assertThat(sheet.cellText(i, 5)).isEqualTo(VI.label("AssignmentStatus", (String) a.get("status")));
            assertThat(sheet.cellText(i, 6)).isEqualTo(VI.label("ReviewStatus", (String) a.get("reviewStatus")));
            assertThat(sheet.date(i, 7)).isEqualTo(day(a.get("doneOn")));
            assertThat(sheet.quoted(i, 1)).as("content starting with =").isTrue();
        }
        return sheet;
    }

    private static LocalDate day(Object value) {
        return value == null ? null : LocalDate.parse((String) value);
    }

    @Test
    void shouldExportOneRowPerAssignmentAsTheListAnswersIt() {
        World w = World.make();
        String done = api().queryParam("unitId", w.noiVu()).when().get(LIST, w.plan()).then().statusCode(200)
                .extract().path("items[0].id");
        as(reporterOf(w.noiVu())).header("If-Match", etag(ASSIGNMENT, done))
                .body(Map.of("status", "DONE", "result", "Đã tổ chức 4 buổi đối thoại.", "doneOn", "2024-05-10"))
                .when().put(ASSIGNMENT, done).then().statusCode(200);

        Sheets all = exportMatchingTheList(api(), xlsx(api()), w.plan());
        assertThat(all.rows()).isEqualTo(3);
        assertThat(all.title()).startsWith("Tiến độ thực hiện nhiệm vụ của các đơn vị – Kế hoạch ")
                .contains("/KH-UBND-");
        assertThat(all.asOfLine()).startsWith("Số liệu tính đến ngày ");
        assertThat(all.header(0)).isEqualTo("Nhiệm vụ");
        assertThat(all.header(7)).isEqualTo("Ngày hoàn thành");
        assertThat(all.date(0, 7)).isEqualTo(LocalDate.of(2024, 5, 10));
        assertThat(all.cellText(0, 6)).isEqualTo("Chờ xem xét");
        // the unit named "@SUM(...)" stays that text
        int formulaRow = all.cellText(1, 2).startsWith("@") ? 1 : 0;
        assertThat(all.cellText(formulaRow, 2)).startsWith("@SUM(A1:A9) Sở Tư pháp ");
        assertThat(all.quoted(formulaRow, 2)).isTrue();

        // the filters of the list
        Sheets byUnit = exportMatchingTheList(api().queryParam("unitId", w.formula()),
                xlsx(api()).queryParam("unitId", w.formula()), w.plan());
        assertThat(byUnit.rows()).isEqualTo(2);
        Sheets byStatus = exportMatchingTheList(api().queryParam("status", "DONE"),
                xlsx(api()).queryParam("status", "DONE"), w.plan());
        assertThat(byStatus.rows()).isEqualTo(1);
        // a reporter exports its own unit's assignments only
        String reporter = reporterOf(w.formula());
        Sheets own = exportMatchingTheList(as(reporter), xlsx(as(reporter)), w.plan());
        assertThat(own.rows()).isEqualTo(2);
    }

    @Test
    void shouldWriteEnglishHeadersAndAnswerTheListsProblems() {
        World w = World.make();
        Sheets en = Sheets.of(xlsx(api()).header("Accept-Language", "en").when().get(LIST + "/export", w.plan())
                .then().statusCode(200).extract());
        assertThat(en.header(3)).isEqualTo("Role");
        assertThat(en.asOfLine()).startsWith("Figures as of ");
        assertThat(en.cellText(0, 3)).isEqualTo(new ExportTexts(Locale.ENGLISH).label(AssignmentRole.LEAD));

        xlsx(api()).queryParam("status", "FINISHED").when().get(LIST + "/export", w.plan()).then().statusCode(400)
                .body("violations[0].field", equalTo("status"));
        xlsx(api()).when().get(LIST + "/export", "0195f0c2-7a1e-7c3a-9f51-2b7d1c4e8c99").then().statusCode(404)
                .body("type", equalTo("/problems/not-found"));
    }
}
