package org.danvan.submission;

import static org.danvan.common.Api.api;
import static org.danvan.common.Api.createId;
import static org.danvan.common.Api.etag;
import static org.danvan.common.Api.renameUnit;
import static org.danvan.common.Api.unit;
import static org.danvan.submission.SubmissionFixtures.FUTURE;
import static org.danvan.submission.SubmissionFixtures.SUBMISSION;
import static org.danvan.submission.SubmissionFixtures.SUBMISSIONS;
import static org.danvan.submission.SubmissionFixtures.content;
import static org.danvan.submission.SubmissionFixtures.draft;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.danvan.plan.PlanFixtures;
import org.junit.jupiter.api.Test;

/** {@code GET /submissions?q=}: every word, in any order, over unit, obligation, plan and document number. */
@QuarkusTest
class SubmissionSearchTest {

    /** Two departments' drafts to plan 859/KH-UBND: the Sở Nội vụ's (45/KH-SNV), the Sở Giáo dục's (312/BC-SGDĐT). */
    private static final String CONSONANTS = "bcfjklmpqrswxz";

    private record Found(String province, String plan, String obligation, String group, String noiVu, String giaoDuc, String marker,
            String ofNoiVu, String ofGiaoDuc) {

        static Found create() {
            // consonants only: a random marker holds no digit or word any search below asks for
            // ("859" turned up in a hex marker once)
            String marker = new Random().ints(8, 0, CONSONANTS.length())
                    .mapToObj(i -> String.valueOf(CONSONANTS.charAt(i))).collect(Collectors.joining());
            String province = PlanFixtures.province();
            String noiVu = createId(PlanFixtures.UNITS, unit("Sở Nội vụ " + marker, "DEPARTMENT", province));
            String giaoDuc = createId(PlanFixtures.UNITS,
                    unit("Sở Giáo dục và Đào tạo " + marker, "DEPARTMENT", province));
            String group = PlanFixtures.departmentsOf(province);
            var plan = PlanFixtures.planBody(province, 2024, 2024);
            plan.put("title", "Thực hiện công tác dân vận chính quyền năm 2024");
            plan.put("number", 859);
            plan.put("symbol", "KH-UBND");
            plan.put("issueDate", "2024-03-25");
            String planId = createId(PlanFixtures.PLANS, plan);
            String obligation = PlanFixtures.obligation(planId, group, FUTURE);
            String period = PlanFixtures.onlyPeriod(obligation);
            String ofNoiVu = createId(SUBMISSIONS, draft(period, noiVu));
            String ofGiaoDuc = createId(SUBMISSIONS, draft(period, giaoDuc));
            api().header("If-Match", "\"0\"").body(content("312/BC-SGDĐT", List.of())).when()
                    .put(SUBMISSION, ofGiaoDuc).then().statusCode(200);
            return new Found(province, planId, obligation, group, noiVu, giaoDuc, marker, ofNoiVu, ofGiaoDuc);
        }

        io.restassured.response.ValidatableResponse search(String q) {
            return api().queryParam("planId", plan).queryParam("q", q).when().get(SUBMISSIONS).then().statusCode(200);
        }
    }

    @Test
    void shouldFindSubmissionsHavingEveryWordOverUnitObligationPlanAndDocumentNumber() {
        Found f = Found.create();
        f.search("nội vụ 859").body("items.id", contains(f.ofNoiVu()));
        f.search("KH-UBND 859 đào tạo").body("items.id", contains(f.ofGiaoDuc()));
        f.search("45/kh-snv").body("items.id", contains(f.ofNoiVu()));
        f.search("BC-SGDDT").body("items.id", contains(f.ofGiaoDuc()));
        f.search("2024 dân vận báo cáo").body("totalItems", equalTo(2))
                .body("items.id", containsInAnyOrder(f.ofNoiVu(), f.ofGiaoDuc()));
        f.search("giao duc " + f.marker()).body("items.id", contains(f.ofGiaoDuc()));
        // both words must be there: no submission is of both units
        f.search("nội vụ giáo dục").body("totalItems", equalTo(0)).body("items", empty());
        f.search("dân vận quảng ngãi").body("totalItems", equalTo(0)).body("items", empty());
    }

    @Test
    void shouldFollowANewUnitNameObligationTitlePlanTitleAndDocumentNumber() {
        Found f = Found.create();

        renameUnit(f.giaoDuc(), unit("Sở Khoa học và Công nghệ " + f.marker(), "DEPARTMENT", f.province()));
        f.search("khoa hoc cong nghe").body("items.id", contains(f.ofGiaoDuc()));
        f.search("giao duc").body("totalItems", equalTo(0));

        String obligationPath = "/api/v1/plans/{planId}/obligations/{obligationId}";
        var obligation = new HashMap<String, Object>();
        obligation.put("kind", "SEMIANNUAL_REPORT");
        obligation.put("title", "Báo cáo sáu tháng đầu năm");
        obligation.put("groupId", f.group());
        obligation.put("dueDate", FUTURE);
        api().header("If-Match", etag(obligationPath, f.plan(), f.obligation())).body(obligation)
                .when().put(obligationPath, f.plan(), f.obligation()).then().statusCode(200);
        f.search("sau thang").body("totalItems", equalTo(2));

        String planPath = "/api/v1/plans/{id}";
        var plan = PlanFixtures.planBody(f.province(), 2024, 2024);
        plan.put("title", "Thực hiện quy chế dân chủ ở cơ sở");
        plan.put("number", 860);
        plan.put("symbol", "KH-UBND");
        plan.put("issueDate", "2024-03-26");
        api().header("If-Match", etag(planPath, f.plan())).body(plan).when().put(planPath, f.plan()).then()
                .statusCode(200);
        f.search("quy chế dân chủ 860").body("totalItems", equalTo(2));
        f.search("859").body("totalItems", equalTo(0));

        api().header("If-Match", etag(SUBMISSION, f.ofNoiVu())).body(content("77/BC-SNV", List.of())).when()
                .put(SUBMISSION, f.ofNoiVu()).then().statusCode(200);
        f.search("77/BC").body("items.id", contains(f.ofNoiVu()));
        f.search("45/KH-SNV").body("totalItems", equalTo(0));
    }
}
