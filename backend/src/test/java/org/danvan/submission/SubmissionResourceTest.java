package org.danvan.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.danvan.common.Api.api;
import static org.danvan.common.Api.createId;
import static org.danvan.common.Api.etag;
import static org.danvan.common.Api.unit;
import static org.danvan.submission.SubmissionFixtures.ACCEPT;
import static org.danvan.submission.SubmissionFixtures.ATTACHMENT;
import static org.danvan.submission.SubmissionFixtures.ATTACHMENTS;
import static org.danvan.submission.SubmissionFixtures.FUTURE;
import static org.danvan.submission.SubmissionFixtures.HISTORY;
import static org.danvan.submission.SubmissionFixtures.PAST;
import static org.danvan.submission.SubmissionFixtures.REOPEN;
import static org.danvan.submission.SubmissionFixtures.RETURN;
import static org.danvan.submission.SubmissionFixtures.SUBMISSION;
import static org.danvan.submission.SubmissionFixtures.SUBMISSIONS;
import static org.danvan.submission.SubmissionFixtures.SUBMIT;
import static org.danvan.submission.SubmissionFixtures.accepted;
import static org.danvan.submission.SubmissionFixtures.content;
import static org.danvan.submission.SubmissionFixtures.createDraft;
import static org.danvan.submission.SubmissionFixtures.docx;
import static org.danvan.submission.SubmissionFixtures.draft;
import static org.danvan.submission.SubmissionFixtures.move;
import static org.danvan.submission.SubmissionFixtures.moved;
import static org.danvan.submission.SubmissionFixtures.pdf;
import static org.danvan.submission.SubmissionFixtures.png;
import static org.danvan.submission.SubmissionFixtures.returned;
import static org.danvan.submission.SubmissionFixtures.sha256;
import static org.danvan.submission.SubmissionFixtures.submitted;
import static org.danvan.submission.SubmissionFixtures.upload;
import static org.danvan.submission.SubmissionFixtures.value;
import static org.danvan.submission.SubmissionFixtures.xlsx;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.danvan.plan.PlanFixtures;
import org.danvan.submission.SubmissionFixtures.Figures;
import org.danvan.submission.SubmissionFixtures.Setting;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SubmissionResourceTest {

    private static final String REASON = "Bổ sung số liệu cán bộ, công chức được tập huấn và tài liệu kiểm chứng.";

    // ---- create, read, list ----

    @Test
    void shouldCreateADraftWithLocationAndETag() {
        Setting s = Setting.create();
        String unitName = api().when().get("/api/v1/org-units/{id}", s.unit()).then().statusCode(200)
                .extract().path("name");
        var created = api().body(draft(s.period(), s.unit())).when().post(SUBMISSIONS).then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("planId", equalTo(s.plan()))
                .body("obligationId", equalTo(s.obligation()))
                .body("periodId", equalTo(s.period()))
                .body("unitId", equalTo(s.unit()))
                .body("unitName", equalTo(unitName))
                .body("status", equalTo("DRAFT"))
                .body("sections.results", equalTo(
                        "Đã ban hành Kế hoạch số 45/KH-SNV thực hiện công tác dân vận chính quyền."))
                .body("sections.shortcomings", nullValue())
                .body("values", empty())
                .body("documentNumber", equalTo("45/KH-SNV"))
                .body("documentDate", equalTo("2024-04-02"))
                .body("effectiveDueDate", equalTo(FUTURE))
                .body("timeliness", nullValue())
                .body("firstSubmittedAt", nullValue())
                .body("submittedAt", nullValue())
                .body("acceptedAt", nullValue())
                .body("version", equalTo(0))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/submissions/" + id);
        // a draft is not submitted: completeness has not moved
        assertThat(s.figures()).isEqualTo(new Figures(2, 0, 0, 0, 0, 0));
    }

    @Test
    void shouldTakeTheUnitsExtensionAsItsEffectiveDueDate() {
        Setting s = Setting.due(PAST, 2);
        PlanFixtures.extension(s.obligation(), s.period(), s.unit(), "2024-05-15");
        api().body(draft(s.period(), s.unit())).when().post(SUBMISSIONS).then()
                .statusCode(201).body("effectiveDueDate", equalTo("2024-05-15"));
        api().body(draft(s.period(), s.otherUnit())).when().post(SUBMISSIONS).then()
                .statusCode(201).body("effectiveDueDate", equalTo(PAST));
        api().queryParam("periodId", s.period()).queryParam("unitId", s.unit()).when().get(SUBMISSIONS).then()
                .statusCode(200).body("items.effectiveDueDate", contains("2024-05-15"));
    }

    @Test
    void shouldKeepEveryFieldOfACreateAsItsAnswerShowsIt() {
        Setting s = Setting.create();
        String first = PlanFixtures.reportedTarget(s.plan(), s.group(), s.obligation());
        String second = PlanFixtures.reportedTarget(s.plan(), s.group(), s.obligation());
        var body = draft(s.period(), s.unit());
        body.put("sections", Map.of("results", "Kết quả: 100% cán bộ được quán triệt.",
                "shortcomings", "Hạn chế: còn chậm.", "causes", "Nguyên nhân: thiếu nhân lực.",
                "directions", "Phương hướng: tập huấn thêm.", "recommendations", "Kiến nghị: bổ sung kinh phí."));
        body.put("values", List.of(value(first, 3, 4), value(second, 0, 9)));
        Map<String, Object> created = api().body(body).when().post(SUBMISSIONS).then().statusCode(201)
                .extract().jsonPath().getMap("");
        Map<String, Object> read = api().when().get(SUBMISSION, created.get("id")).then().statusCode(200)
                .extract().jsonPath().getMap("");
        // the answer carries the clock's instant, the database keeps it to the microsecond
        for (String stamp : List.of("createdAt", "updatedAt")) {
            assertThat(Instant.parse((String) read.get(stamp)))
                    .isCloseTo(Instant.parse((String) created.get(stamp)), within(1, ChronoUnit.MILLIS));
            created.remove(stamp);
            read.remove(stamp);
        }
        assertThat(read).isEqualTo(created);
        assertThat(read.get("values")).asList().hasSize(2);
        api().when().get(HISTORY, created.get("id")).then().statusCode(200)
                .body("items.fromStatus", contains((Object) null)).body("items.toStatus", contains("DRAFT"))
                .body("items.actor", contains(org.danvan.common.TestAccounts.COORDINATOR));
    }

    @Test
    void shouldReadASubmissionWithItsETag() {
        Setting s = Setting.create();
        String id = createDraft(s, s.unit());
        api().when().get(SUBMISSION, id).then()
                .statusCode(200).header("ETag", "\"0\"")
                .body("id", equalTo(id)).body("status", equalTo("DRAFT")).body("unitId", equalTo(s.unit()));
        api().when().get(SUBMISSION, UUID.randomUUID().toString()).then()
                .statusCode(404).body("type", equalTo("/problems/not-found"));
        api().when().get(SUBMISSION, "not-an-id").then()
                .statusCode(404).body("type", equalTo("/problems/not-found"));
    }

    @Test
    void shouldListSubmissionsByPlanObligationPeriodUnitAndStatus() {
        Setting s = Setting.create();
        String[] second = s.anotherObligation();
        String a = createDraft(s, s.unit());
        String b = submitted(s, s.otherUnit());
        String c = createId(SUBMISSIONS, draft(second[1], s.unit()));
        Setting elsewhere = Setting.create();
        String d = createDraft(elsewhere, elsewhere.unit());

        api().queryParam("planId", s.plan()).when().get(SUBMISSIONS).then()
                .statusCode(200).body("items.id", containsInAnyOrder(a, b, c)).body("totalItems", equalTo(3));
        api().queryParam("obligationId", s.obligation()).when().get(SUBMISSIONS).then()
                .statusCode(200).body("items.id", containsInAnyOrder(a, b)).body("totalItems", equalTo(2));
        api().queryParam("periodId", second[1]).when().get(SUBMISSIONS).then()
                .statusCode(200).body("items.id", contains(c));
        api().queryParam("unitId", s.unit()).when().get(SUBMISSIONS).then()
                .statusCode(200).body("items.id", containsInAnyOrder(a, c));
        // each item names its unit, so a queue needs no request per row
        String otherName = api().when().get("/api/v1/org-units/{id}", s.otherUnit()).then().extract().path("name");
        api().queryParam("planId", s.plan()).queryParam("unitId", s.otherUnit()).when().get(SUBMISSIONS).then()
                .statusCode(200).body("items.unitName", contains(otherName));
        api().queryParam("planId", s.plan()).queryParam("status", "SUBMITTED").when().get(SUBMISSIONS).then()
                .statusCode(200).body("items.id", contains(b)).body("items.status", contains("SUBMITTED"));
        api().queryParam("planId", s.plan()).queryParam("status", "DRAFT").queryParam("unitId", s.unit())
                .when().get(SUBMISSIONS).then()
                .statusCode(200).body("items.id", containsInAnyOrder(a, c));
        api().queryParam("planId", elsewhere.plan()).when().get(SUBMISSIONS).then()
                .statusCode(200).body("items.id", contains(d));
        // newest change first, paged
        api().queryParam("planId", s.plan()).queryParam("size", 2).when().get(SUBMISSIONS).then()
                .statusCode(200).body("items.id", contains(c, b)).body("size", equalTo(2))
                .body("totalItems", equalTo(3));
        api().queryParam("planId", s.plan()).queryParam("size", 2).queryParam("page", 1).when().get(SUBMISSIONS).then()
                .statusCode(200).body("items.id", contains(a));
        api().queryParam("planId", UUID.randomUUID().toString()).when().get(SUBMISSIONS).then()
                .statusCode(200).body("items", empty()).body("totalItems", equalTo(0));
        api().queryParam("unitId", "not-an-id").when().get(SUBMISSIONS).then()
                .statusCode(200).body("items", empty());
        api().queryParam("status", "LOST").when().get(SUBMISSIONS).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", contains("status"));
    }

    // ---- update and delete ----

    @Test
    void shouldUpdateWithIfMatchAndRejectStaleOrMissingVersions() {
        Setting s = Setting.create();
        String target = PlanFixtures.reportedTarget(s.plan(), s.group(), s.obligation());
        String id = createDraft(s, s.unit());
        var change = content("312/BC-SNV", List.of(value(target, 94, 96)));
        api().header("If-Match", "\"0\"").body(change).when().put(SUBMISSION, id).then()
                .statusCode(200).header("ETag", "\"1\"")
                .body("version", equalTo(1))
                .body("status", equalTo("DRAFT"))
                .body("documentNumber", equalTo("312/BC-SNV"))
                .body("documentDate", equalTo("2024-10-28"))
                .body("sections.results", equalTo("100% cán bộ, công chức được quán triệt Chỉ thị số 33/CT-TTg."))
                .body("sections.shortcomings", notNullValue())
                .body("values.targetId", contains(target))
                .body("values.numerator", contains(94))
                .body("values.denominator", contains(96));
        api().header("If-Match", "\"0\"").body(content("313/BC-SNV", List.of())).when().put(SUBMISSION, id).then()
                .statusCode(412).body("type", equalTo("/problems/stale-version"));
        api().body(content("313/BC-SNV", List.of())).when().put(SUBMISSION, id).then()
                .statusCode(428).body("type", equalTo("/problems/precondition-required"));
        api().when().get(SUBMISSION, id).then().statusCode(200).header("ETag", "\"1\"")
                .body("documentNumber", equalTo("312/BC-SNV")).body("values.numerator", contains(94));

        // the whole content is replaced: what is left out is gone
        api().header("If-Match", "W/\"1\"").body(Map.of()).when().put(SUBMISSION, id).then()
                .statusCode(200).header("ETag", "\"2\"")
                .body("values", empty()).body("documentNumber", nullValue()).body("sections.results", nullValue());
        api().header("If-Match", "\"2\"").body(content("1/BC", List.of())).when()
                .put(SUBMISSION, UUID.randomUUID().toString()).then()
                .statusCode(404).body("type", equalTo("/problems/not-found"));
    }

    @Test
    void shouldDeleteADraftWithIfMatch() {
        Setting s = Setting.create();
        String id = createDraft(s, s.unit());
        api().when().delete(SUBMISSION, id).then()
                .statusCode(428).body("type", equalTo("/problems/precondition-required"));
        api().header("If-Match", "\"3\"").when().delete(SUBMISSION, id).then()
                .statusCode(412).body("type", equalTo("/problems/stale-version"));
        api().header("If-Match", etag(SUBMISSION, id)).when().delete(SUBMISSION, id).then().statusCode(204);
        api().when().get(SUBMISSION, id).then().statusCode(404).body("type", equalTo("/problems/not-found"));
        api().header("If-Match", "\"0\"").when().delete(SUBMISSION, id).then()
                .statusCode(404).body("type", equalTo("/problems/not-found"));
        assertThat(s.figures()).isEqualTo(new Figures(2, 0, 0, 0, 0, 0));
        // discarded, the unit may start again
        String again = createDraft(s, s.unit());
        moved(SUBMIT, again, null, "SUBMITTED");
        assertThat(s.figures()).isEqualTo(new Figures(2, 1, 0, 0, 1, 0));
    }

    @Test
    void shouldReturn409WhenDeletingASubmittedSubmission() {
        Setting s = Setting.create();
        String id = submitted(s, s.unit());
        api().header("If-Match", etag(SUBMISSION, id)).when().delete(SUBMISSION, id).then()
                .statusCode(409).body("type", equalTo("/problems/submission-submitted"));
        api().when().get(SUBMISSION, id).then().statusCode(200).body("status", equalTo("SUBMITTED"));
        assertThat(s.figures()).isEqualTo(new Figures(2, 1, 0, 0, 1, 0));
    }

    // ---- what a submission must be ----

    @Test
    void shouldReturn400ForAnUnknownPeriodOrUnit() {
        Setting s = Setting.create();
        for (String period : new String[] {UUID.randomUUID().toString(), "not-an-id"}) {
            api().body(draft(period, s.unit())).when().post(SUBMISSIONS).then()
                    .statusCode(400).body("type", equalTo("/problems/validation"))
                    .body("violations.field", contains("periodId"));
        }
        for (String unit : new String[] {UUID.randomUUID().toString(), "not-an-id"}) {
            api().body(draft(s.period(), unit)).when().post(SUBMISSIONS).then()
                    .statusCode(400).body("type", equalTo("/problems/validation"))
                    .body("violations.field", contains("unitId"));
        }
        api().body(Map.of()).when().post(SUBMISSIONS).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", contains("periodId", "unitId"));
        api().queryParam("periodId", s.period()).when().get(SUBMISSIONS).then().statusCode(200).body("items", empty());
    }

    @Test
    void shouldReturn400WhenTheUnitIsNotInTheObligationsGroupOnTheDueDate() {
        Setting s = Setting.create();
        String elsewhere = PlanFixtures.department(PlanFixtures.province());
        String commune = createId(PlanFixtures.UNITS, unit(PlanFixtures.unique("UBND xã"), "COMMUNE", s.province()));
        String merged = SubmissionFixtures.department(s.province(), "2025-02-28");
        for (String unit : new String[] {elsewhere, commune, merged, s.province()}) {
            api().body(draft(s.period(), unit)).when().post(SUBMISSIONS).then()
                    .statusCode(400).body("type", equalTo("/problems/validation"))
                    .body("violations.field", contains("unitId"));
        }
        api().queryParam("periodId", s.period()).when().get(SUBMISSIONS).then().statusCode(200).body("items", empty());
    }

    @Test
    void shouldReturn400ForValuesOfATargetThatIsNotAReportedTargetOfThisObligation() {
        Setting s = Setting.create();
        String reported = PlanFixtures.reportedTarget(s.plan(), s.group(), s.obligation());
        String manual = PlanFixtures.manualTarget(s.plan(), s.group());
        String[] second = s.anotherObligation();
        String otherObligations = PlanFixtures.reportedTarget(s.plan(), s.group(), second[0]);
        Setting elsewhere = Setting.create();
        String otherPlans = PlanFixtures.reportedTarget(elsewhere.plan(), elsewhere.group(), elsewhere.obligation());

        for (String target : new String[] {manual, otherObligations, otherPlans, UUID.randomUUID().toString(),
            "not-an-id"}) {
            var body = draft(s.period(), s.unit());
            body.put("values", List.of(value(target, 1, 2)));
            api().body(body).when().post(SUBMISSIONS).then()
                    .statusCode(400).body("type", equalTo("/problems/validation"))
                    .body("violations.field", contains("values[0].targetId"));
        }
        var twice = draft(s.period(), s.unit());
        twice.put("values", List.of(value(reported, 1, 2), value(reported, 2, 2), value(manual, 1, 1)));
        api().body(twice).when().post(SUBMISSIONS).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", contains("values[1].targetId", "values[2].targetId"));

        String id = createDraft(s, s.unit());
        api().header("If-Match", "\"0\"").body(content("1/BC", List.of(value(manual, 1, 1)))).when()
                .put(SUBMISSION, id).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", contains("values[0].targetId"));
        api().header("If-Match", "\"0\"").body(content("1/BC", List.of(value(reported, 5, 7)))).when()
                .put(SUBMISSION, id).then().statusCode(200).body("values.targetId", contains(reported));
    }

    @Test
    void shouldReturn400WhenTheNumeratorExceedsTheDenominator() {
        Setting s = Setting.create();
        String target = PlanFixtures.reportedTarget(s.plan(), s.group(), s.obligation());
        var body = draft(s.period(), s.unit());
        body.put("values", List.of(value(target, 97, 96)));
        api().body(body).when().post(SUBMISSIONS).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", contains("values[0].numerator"));

        body.put("values", List.of(value(target, 96, 96)));
        String id = api().body(body).when().post(SUBMISSIONS).then().statusCode(201)
                .body("values.numerator", contains(96)).extract().path("id");
        api().header("If-Match", "\"0\"").body(content("1/BC", List.of(value(target, 1, 0)))).when()
                .put(SUBMISSION, id).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", contains("values[0].numerator"));
        api().header("If-Match", "\"0\"").body(content("1/BC", List.of(value(target, 0, 0)))).when()
                .put(SUBMISSION, id).then().statusCode(200).body("values.denominator", contains(0));
    }

    @Test
    void shouldReturn400ForNegativeOrMissingNumbers() {
        Setting s = Setting.create();
        String target = PlanFixtures.reportedTarget(s.plan(), s.group(), s.obligation());
        var body = draft(s.period(), s.unit());
        body.put("values", List.of(value(target, -1, 10)));
        api().body(body).when().post(SUBMISSIONS).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", contains("values[0].numerator"));
        body.put("values", List.of(value(target, 0, -10)));
        api().body(body).when().post(SUBMISSIONS).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", contains("values[0].denominator"));
        body.put("values", List.of(value(target, 1, 100_000_001)));
        api().body(body).when().post(SUBMISSIONS).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", contains("values[0].denominator"));
        body.put("values", List.of(Map.of("targetId", target)));
        api().body(body).when().post(SUBMISSIONS).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", contains("values[0].denominator", "values[0].numerator"));

        String id = createDraft(s, s.unit());
        api().header("If-Match", "\"0\"").body(content("1/BC", List.of(value(target, -5, -1)))).when()
                .put(SUBMISSION, id).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", contains("values[0].denominator", "values[0].numerator"));
        api().when().get(SUBMISSION, id).then().statusCode(200).header("ETag", "\"0\"").body("values", empty());
    }

    @Test
    void shouldReturn409ForASecondSubmissionOfTheSameUnitAndPeriod() {
        Setting s = Setting.create();
        String first = createDraft(s, s.unit());
        api().body(draft(s.period(), s.unit())).when().post(SUBMISSIONS).then()
                .statusCode(409).body("type", equalTo("/problems/submission-exists"));
        api().queryParam("periodId", s.period()).when().get(SUBMISSIONS).then()
                .statusCode(200).body("items.id", contains(first));
        // another unit, or the same unit for another period, is fine
        api().body(draft(s.period(), s.otherUnit())).when().post(SUBMISSIONS).then().statusCode(201);
        api().body(draft(s.anotherObligation()[1], s.unit())).when().post(SUBMISSIONS).then().statusCode(201);
    }

    @Test
    void shouldReturn409WhenStartingASubmissionOnAClosedPlan() {
        String province = PlanFixtures.province();
        String unit = PlanFixtures.department(province);
        String group = PlanFixtures.departmentsOf(province);
        String plan = PlanFixtures.identifiedPlan(province, 2024);
        String obligation = PlanFixtures.obligation(plan, group, PAST);
        String period = PlanFixtures.onlyPeriod(obligation);
        PlanFixtures.issueAndClose(plan);

        api().body(draft(period, unit)).when().post(SUBMISSIONS).then()
                .statusCode(409).body("type", equalTo("/problems/plan-closed"));
        api().queryParam("planId", plan).when().get(SUBMISSIONS).then().statusCode(200).body("items", empty());
    }

    @Test
    void shouldReturn409ForAnyChangeToASubmissionOfAClosedPlan() {
        String province = PlanFixtures.province();
        String unit = PlanFixtures.department(province);
        String other = PlanFixtures.department(province);
        String group = PlanFixtures.departmentsOf(province);
        String plan = PlanFixtures.identifiedPlan(province, 2024);
        String obligation = PlanFixtures.obligation(plan, group, PAST);
        String period = PlanFixtures.onlyPeriod(obligation);
        String draft = api().body(draft(period, unit)).when().post(SUBMISSIONS).then().statusCode(201)
                .extract().path("id");
        String sent = api().body(draft(period, other)).when().post(SUBMISSIONS).then().statusCode(201)
                .extract().path("id");
        move(SUBMIT, sent, null).statusCode(200);
        PlanFixtures.issueAndClose(plan);

        api().header("If-Match", "\"0\"").body(content("12/BC-SNV", List.of())).when().put(SUBMISSION, draft).then()
                .statusCode(409).body("type", equalTo("/problems/plan-closed"));
        move(SUBMIT, draft, null).statusCode(409).body("type", equalTo("/problems/plan-closed"));
        move(ACCEPT, sent, null).statusCode(409).body("type", equalTo("/problems/plan-closed"));
        api().header("If-Match", "\"0\"").when().delete(SUBMISSION, draft).then()
                .statusCode(409).body("type", equalTo("/problems/plan-closed"));
        upload(draft, "bao-cao.pdf", pdf(), "application/pdf")
                .statusCode(409).body("type", equalTo("/problems/plan-closed"));
        api().when().get(SUBMISSION, sent).then().statusCode(200).body("status", equalTo("SUBMITTED"));
    }

    // ---- workflow ----

    @Test
    void shouldSubmitADraft() {
        Setting s = Setting.create();
        String id = createDraft(s, s.unit());
        Instant before = Instant.now();
        var answer = move(SUBMIT, id, null).statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("SUBMITTED"))
                .body("version", equalTo(1))
                .body("timeliness", equalTo("ON_TIME"))
                .body("acceptedAt", nullValue())
                .extract();
        Instant first = Instant.parse(answer.path("firstSubmittedAt"));
        assertThat(first).isAfterOrEqualTo(before.minusSeconds(1)).isBeforeOrEqualTo(Instant.now().plusSeconds(1));
        assertThat(Instant.parse(answer.<String>path("submittedAt"))).isEqualTo(first);
        assertThat(s.figures()).isEqualTo(new Figures(2, 1, 0, 0, 1, 0));
    }

    @Test
    void shouldReturnASubmittedSubmissionWithAReasonAndTakeItBackOnceCorrected() {
        Setting s = Setting.create();
        String target = PlanFixtures.reportedTarget(s.plan(), s.group(), s.obligation());
        String id = submitted(s, s.unit());
        String firstSubmittedAt = api().when().get(SUBMISSION, id).then().extract().path("firstSubmittedAt");

        move(RETURN, id, REASON).statusCode(200).header("ETag", "\"2\"").body("status", equalTo("RETURNED"));
        assertThat(s.figures()).isEqualTo(new Figures(2, 1, 0, 1, 1, 0));

        // a returned submission is corrected, then submitted again
        api().header("If-Match", "\"2\"").body(content("312/BC-SNV", List.of(value(target, 94, 96)))).when()
                .put(SUBMISSION, id).then().statusCode(200).body("status", equalTo("RETURNED"));
        move(SUBMIT, id, "Đã bổ sung tài liệu kiểm chứng.").statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("firstSubmittedAt", equalTo(firstSubmittedAt))
                .body("values.numerator", contains(94));
        assertThat(s.figures()).isEqualTo(new Figures(2, 1, 0, 0, 1, 0));
    }

    @Test
    void shouldAcceptASubmittedSubmission() {
        Setting s = Setting.create();
        String id = submitted(s, s.unit());
        var answer = move(ACCEPT, id, "Báo cáo đầy đủ nội dung.").statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("acceptedAt", notNullValue()).extract();
        assertThat(Instant.parse(answer.<String>path("acceptedAt")))
                .isAfterOrEqualTo(Instant.parse(answer.<String>path("submittedAt")));
        assertThat(s.figures()).isEqualTo(new Figures(2, 1, 1, 0, 1, 0));
        // accepting without a body is fine too
        moved(ACCEPT, submitted(s, s.otherUnit()), null, "ACCEPTED");
        assertThat(s.figures()).isEqualTo(new Figures(2, 2, 2, 0, 2, 0));
    }

    @Test
    void shouldReopenAnAcceptedSubmissionWithAReason() {
        Setting s = Setting.create();
        String id = accepted(s, s.unit());
        move(REOPEN, id, "Phát hiện số liệu chưa khớp với báo cáo của Sở Nội vụ.").statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("acceptedAt", nullValue());
        assertThat(s.figures()).isEqualTo(new Figures(2, 1, 0, 0, 1, 0));
        moved(ACCEPT, id, null, "ACCEPTED");
        assertThat(s.figures()).isEqualTo(new Figures(2, 1, 1, 0, 1, 0));
    }

    @Test
    void shouldReturn400WhenReturningOrReopeningWithoutAReason() {
        Setting s = Setting.create();
        String submitted = submitted(s, s.unit());
        String accepted = accepted(s, s.otherUnit());
        for (String[] move : new String[][] {{RETURN, submitted}, {REOPEN, accepted}}) {
            move(move[0], move[1], null).statusCode(400).body("type", equalTo("/problems/validation"))
                    .body("violations.field", contains("reason"));
            move(move[0], move[1], "   ").statusCode(400).body("type", equalTo("/problems/validation"))
                    .body("violations.field", contains("reason"));
            api().body(Map.of()).when().post(move[0], move[1]).then()
                    .statusCode(400).body("violations.field", contains("reason"));
            move(move[0], move[1], "x".repeat(2001)).statusCode(400).body("violations.field", contains("reason"));
        }
        api().when().get(SUBMISSION, submitted).then().body("status", equalTo("SUBMITTED"));
        api().when().get(SUBMISSION, accepted).then().body("status", equalTo("ACCEPTED"));
        api().when().get(HISTORY, submitted).then().body("totalItems", equalTo(2));
    }

    @Test
    void shouldReturn409WhenAcceptingReturningOrReopeningADraft() {
        Setting s = Setting.create();
        String id = createDraft(s, s.unit());
        for (String path : new String[] {ACCEPT, RETURN, REOPEN}) {
            move(path, id, REASON).statusCode(409).body("type", equalTo("/problems/submission-draft"));
        }
        api().when().get(SUBMISSION, id).then().statusCode(200).header("ETag", "\"0\"")
                .body("status", equalTo("DRAFT"));
        api().when().get(HISTORY, id).then().statusCode(200).body("totalItems", equalTo(1));
        assertThat(s.figures()).isEqualTo(new Figures(2, 0, 0, 0, 0, 0));
    }

    @Test
    void shouldReturn409WhenSubmittingReopeningEditingOrDeletingASubmittedSubmission() {
        Setting s = Setting.create();
        String id = submitted(s, s.unit());
        for (String path : new String[] {SUBMIT, REOPEN}) {
            move(path, id, REASON).statusCode(409).body("type", equalTo("/problems/submission-submitted"));
        }
        api().header("If-Match", "\"1\"").body(content("2/BC", List.of())).when().put(SUBMISSION, id).then()
                .statusCode(409).body("type", equalTo("/problems/submission-submitted"));
        api().header("If-Match", "\"1\"").when().delete(SUBMISSION, id).then()
                .statusCode(409).body("type", equalTo("/problems/submission-submitted"));
        api().when().get(SUBMISSION, id).then().statusCode(200).header("ETag", "\"1\"")
                .body("status", equalTo("SUBMITTED")).body("documentNumber", equalTo("45/KH-SNV"));
        assertThat(s.figures()).isEqualTo(new Figures(2, 1, 0, 0, 1, 0));
    }

    @Test
    void shouldReturn409WhenReturningAcceptingOrReopeningAReturnedSubmission() {
        Setting s = Setting.create();
        String id = returned(s, s.unit());
        for (String path : new String[] {RETURN, ACCEPT, REOPEN}) {
            move(path, id, REASON).statusCode(409).body("type", equalTo("/problems/submission-returned"));
        }
        // nor can it be discarded: it was submitted once
        api().header("If-Match", "\"2\"").when().delete(SUBMISSION, id).then()
                .statusCode(409).body("type", equalTo("/problems/submission-returned"));
        api().when().get(SUBMISSION, id).then().statusCode(200).header("ETag", "\"2\"")
                .body("status", equalTo("RETURNED"));
        assertThat(s.figures()).isEqualTo(new Figures(2, 1, 0, 1, 1, 0));
    }

    @Test
    void shouldReturn409WhenSubmittingReturningAcceptingEditingOrDeletingAnAcceptedSubmission() {
        Setting s = Setting.create();
        String id = accepted(s, s.unit());
        for (String path : new String[] {SUBMIT, RETURN, ACCEPT}) {
            move(path, id, REASON).statusCode(409).body("type", equalTo("/problems/submission-accepted"));
        }
        api().header("If-Match", "\"2\"").body(content("2/BC", List.of())).when().put(SUBMISSION, id).then()
                .statusCode(409).body("type", equalTo("/problems/submission-accepted"));
        api().header("If-Match", "\"2\"").when().delete(SUBMISSION, id).then()
                .statusCode(409).body("type", equalTo("/problems/submission-accepted"));
        api().when().get(SUBMISSION, id).then().statusCode(200).header("ETag", "\"2\"")
                .body("status", equalTo("ACCEPTED"));
        assertThat(s.figures()).isEqualTo(new Figures(2, 1, 1, 0, 1, 0));
    }

    @Test
    void shouldReturn404WhenMovingAnUnknownSubmission() {
        for (String path : new String[] {SUBMIT, RETURN, ACCEPT, REOPEN}) {
            move(path, UUID.randomUUID().toString(), REASON).statusCode(404)
                    .body("type", equalTo("/problems/not-found"));
        }
        api().when().get(HISTORY, UUID.randomUUID().toString()).then()
                .statusCode(404).body("type", equalTo("/problems/not-found"));
    }

    @Test
    void shouldRecordEveryTransitionOldestFirst() {
        Setting s = Setting.create();
        String id = createDraft(s, s.unit());
        moved(SUBMIT, id, null, "SUBMITTED");
        moved(RETURN, id, "  " + REASON + "  ", "RETURNED");
        moved(SUBMIT, id, "Đã bổ sung.", "SUBMITTED");
        moved(ACCEPT, id, null, "ACCEPTED");
        moved(REOPEN, id, "Số liệu chưa khớp.", "SUBMITTED");
        moved(ACCEPT, id, "Đạt yêu cầu.", "ACCEPTED");
        // refused moves leave no trace
        move(SUBMIT, id, null).statusCode(409);

        var history = api().when().get(HISTORY, id).then()
                .statusCode(200)
                .body("totalItems", equalTo(7))
                .body("items.fromStatus", contains(null, "DRAFT", "SUBMITTED", "RETURNED", "SUBMITTED", "ACCEPTED",
                        "SUBMITTED"))
                .body("items.toStatus", contains("DRAFT", "SUBMITTED", "RETURNED", "SUBMITTED", "ACCEPTED",
                        "SUBMITTED", "ACCEPTED"))
                .body("items.reason", contains(null, null, REASON, "Đã bổ sung.", null, "Số liệu chưa khớp.",
                        "Đạt yêu cầu."))
                .body("items.actor", contains("coordinator", "coordinator", "coordinator", "coordinator", "coordinator",
                        "coordinator", "coordinator"))
                .extract();
        List<String> at = history.path("items.at");
        for (int i = 1; i < at.size(); i++) {
            assertThat(Instant.parse(at.get(i))).isAfterOrEqualTo(Instant.parse(at.get(i - 1)));
        }
        api().queryParam("page", 1).queryParam("size", 3).when().get(HISTORY, id).then()
                .statusCode(200).body("items.toStatus", contains("SUBMITTED", "ACCEPTED", "SUBMITTED"))
                .body("totalItems", equalTo(7));
        assertThat(s.figures()).isEqualTo(new Figures(2, 1, 1, 0, 1, 0));
    }

    // ---- timeliness ----

    @Test
    void shouldBeLateWhenFirstSubmittedAfterTheDueDate() {
        Setting s = Setting.due(PAST, 2);
        String id = createDraft(s, s.unit());
        move(SUBMIT, id, null).statusCode(200).body("timeliness", equalTo("LATE"))
                .body("effectiveDueDate", equalTo(PAST));
        api().when().get(SUBMISSION, id).then().body("timeliness", equalTo("LATE"));
        assertThat(s.figures()).isEqualTo(new Figures(2, 1, 0, 0, 0, 1));
    }

    @Test
    void shouldBeOnTimeWhenFirstSubmittedBeforeTheDueDate() {
        Setting s = Setting.due(FUTURE, 2);
        String id = createDraft(s, s.unit());
        move(SUBMIT, id, null).statusCode(200).body("timeliness", equalTo("ON_TIME"))
                .body("effectiveDueDate", equalTo(FUTURE));
        assertThat(s.figures()).isEqualTo(new Figures(2, 1, 0, 0, 1, 0));
    }

    @Test
    void shouldMeasureTimelinessAgainstAnExtensionGrantedBeforeSubmitting() {
        Setting s = Setting.due(PAST, 3);
        // granted before the draft
        PlanFixtures.extension(s.obligation(), s.period(), s.unit(), FUTURE);
        String extendedFirst = createDraft(s, s.unit());
        // granted after the draft, before submitting
        String extendedLater = createDraft(s, s.otherUnit());
        api().when().get(SUBMISSION, extendedLater).then().body("effectiveDueDate", equalTo(PAST));
        PlanFixtures.extension(s.obligation(), s.period(), s.otherUnit(), FUTURE);
        api().when().get(SUBMISSION, extendedLater).then().body("effectiveDueDate", equalTo(FUTURE));
        String notExtended = createDraft(s, s.units().get(2));

        move(SUBMIT, extendedFirst, null).statusCode(200)
                .body("effectiveDueDate", equalTo(FUTURE)).body("timeliness", equalTo("ON_TIME"));
        move(SUBMIT, extendedLater, null).statusCode(200)
                .body("effectiveDueDate", equalTo(FUTURE)).body("timeliness", equalTo("ON_TIME"));
        move(SUBMIT, notExtended, null).statusCode(200)
                .body("effectiveDueDate", equalTo(PAST)).body("timeliness", equalTo("LATE"));
        api().queryParam("periodId", s.period()).queryParam("status", "SUBMITTED").when().get(SUBMISSIONS).then()
                .statusCode(200).body("items.timeliness", containsInAnyOrder("ON_TIME", "ON_TIME", "LATE"));
        assertThat(s.figures()).isEqualTo(new Figures(3, 3, 0, 0, 2, 1));
    }

    @Test
    void shouldKeepTheTimelinessOfTheFirstSubmissionWhenReturnedAndSubmittedAgain() {
        Setting s = Setting.due(PAST, 2);
        String id = submitted(s, s.unit());
        String firstSubmittedAt = api().when().get(SUBMISSION, id).then().body("timeliness", equalTo("LATE"))
                .extract().path("firstSubmittedAt");
        moved(RETURN, id, REASON, "RETURNED");
        move(SUBMIT, id, null).statusCode(200).body("timeliness", equalTo("LATE"))
                .body("firstSubmittedAt", equalTo(firstSubmittedAt));
        moved(ACCEPT, id, null, "ACCEPTED");
        api().when().get(SUBMISSION, id).then().body("timeliness", equalTo("LATE"));
        assertThat(s.figures()).isEqualTo(new Figures(2, 1, 1, 0, 0, 1));

        Setting onTime = Setting.due(FUTURE, 1);
        String early = returned(onTime, onTime.unit());
        move(SUBMIT, early, null).statusCode(200).body("timeliness", equalTo("ON_TIME"));
        assertThat(onTime.figures()).isEqualTo(new Figures(1, 1, 0, 0, 1, 0));
    }

    // ---- idempotency ----

    @Test
    void shouldAnswerARepeatedCreateWithTheSameKeyWithTheFirstSubmission() {
        Setting s = Setting.create();
        String key = "sonoivu-" + UUID.randomUUID();
        var first = api().header("Idempotency-Key", key).body(draft(s.period(), s.unit())).when().post(SUBMISSIONS)
                .then().statusCode(201).extract();
        var again = api().header("Idempotency-Key", key).body(draft(s.period(), s.unit())).when().post(SUBMISSIONS)
                .then().statusCode(201).body("status", equalTo("DRAFT")).extract();
        assertThat(again.<String>path("id")).isEqualTo(first.path("id"));
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        api().queryParam("periodId", s.period()).when().get(SUBMISSIONS).then()
                .statusCode(200).body("items.id", contains(first.<String>path("id"))).body("totalItems", equalTo(1));
        // without the key, the same request is a second submission
        api().body(draft(s.period(), s.unit())).when().post(SUBMISSIONS).then()
                .statusCode(409).body("type", equalTo("/problems/submission-exists"));
    }

    @Test
    void shouldReturn422WhenAnIdempotencyKeyIsReusedWithAnotherBody() {
        Setting s = Setting.create();
        String key = "sonoivu-" + UUID.randomUUID();
        String first = api().header("Idempotency-Key", key).body(draft(s.period(), s.unit())).when()
                .post(SUBMISSIONS).then().statusCode(201).extract().path("id");
        api().header("Idempotency-Key", key).body(draft(s.period(), s.otherUnit())).when().post(SUBMISSIONS).then()
                .statusCode(422).body("type", equalTo("/problems/idempotency-key-reused"));
        var changed = draft(s.period(), s.unit());
        changed.put("documentNumber", "46/KH-SNV");
        api().header("Idempotency-Key", key).body(changed).when().post(SUBMISSIONS).then()
                .statusCode(422).body("type", equalTo("/problems/idempotency-key-reused"));
        api().queryParam("periodId", s.period()).when().get(SUBMISSIONS).then()
                .statusCode(200).body("items.id", contains(first));
        // a new key for the new request
        api().header("Idempotency-Key", "sonoivu-" + UUID.randomUUID()).body(draft(s.period(), s.otherUnit()))
                .when().post(SUBMISSIONS).then().statusCode(201).body("unitId", equalTo(s.otherUnit()));
    }

    @Test
    void shouldStartAgainWhenTheSubmissionAKeyAnsweredWasDiscarded() {
        Setting s = Setting.create();
        String key = "sonoivu-" + UUID.randomUUID();
        String first = api().header("Idempotency-Key", key).body(draft(s.period(), s.unit())).when()
                .post(SUBMISSIONS).then().statusCode(201).extract().path("id");
        api().header("If-Match", "\"0\"").when().delete(SUBMISSION, first).then().statusCode(204);
        String second = api().header("Idempotency-Key", key).body(draft(s.period(), s.unit())).when()
                .post(SUBMISSIONS).then().statusCode(201).body("status", equalTo("DRAFT")).extract().path("id");
        assertThat(second).isNotEqualTo(first);
        api().header("Idempotency-Key", key).body(draft(s.period(), s.unit())).when().post(SUBMISSIONS).then()
                .statusCode(201).body("id", equalTo(second));
        api().queryParam("periodId", s.period()).when().get(SUBMISSIONS).then()
                .statusCode(200).body("items.id", contains(second));
    }

    @Test
    void shouldAnswerConcurrentRetriesWithTheSameKeyWithOneSubmission() throws Exception {
        Setting s = Setting.create();
        String key = "sonoivu-" + UUID.randomUUID();
        int retries = 16;
        List<String> ids = new ArrayList<>();
        for (ExtractableResponse<Response> response : together(retries, i -> () -> api()
                .header("Idempotency-Key", key).body(draft(s.period(), s.unit())).when().post(SUBMISSIONS).then()
                .extract())) {
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
            ids.add(response.path("id"));
        }
        assertThat(ids).hasSize(retries).containsOnly(ids.get(0));
        api().queryParam("periodId", s.period()).when().get(SUBMISSIONS).then()
                .statusCode(200).body("items.id", contains(ids.get(0)));
    }

    // ---- concurrency ----

    @Test
    void shouldCreateOneDraftOfSixteenConcurrentCreatesWithoutAKey() throws Exception {
        Setting s = Setting.create();
        List<Integer> statuses = new ArrayList<>();
        for (ExtractableResponse<Response> response : together(16, i -> () -> api()
                .body(draft(s.period(), s.unit())).when().post(SUBMISSIONS).then().extract())) {
            statuses.add(response.statusCode());
            if (response.statusCode() == 409) {
                // refused by the service's own check, or by the unique key when the race passed it
                assertThat((String) response.path("type")).isIn("/problems/submission-exists", "/problems/conflict");
            }
        }
        assertThat(statuses).containsOnly(201, 409).filteredOn(status -> status == 201).hasSize(1);
        api().queryParam("periodId", s.period()).when().get(SUBMISSIONS).then()
                .statusCode(200).body("totalItems", equalTo(1));
        assertThat(s.figures()).isEqualTo(new Figures(2, 0, 0, 0, 0, 0));
    }

    @Test
    void shouldLetExactlyOneOf64ConcurrentEditsOfTheSameVersionWin() throws Exception {
        Setting s = Setting.create();
        String id = createDraft(s, s.unit());
        int writers = 64;
        List<String> winners = new ArrayList<>();
        int stale = 0;
        for (ExtractableResponse<Response> response : together(writers, i -> () -> api().header("If-Match", "\"0\"")
                .body(content(i + "/BC-SNV", List.of())).when().put(SUBMISSION, id).then().extract())) {
            assertThat(response.statusCode()).as(response.asString()).isIn(200, 412);
            if (response.statusCode() == 200) {
                winners.add(response.path("documentNumber"));
            } else {
                assertThat(response.<String>path("type")).isEqualTo("/problems/stale-version");
                stale++;
            }
        }
        assertThat(winners).hasSize(1);
        assertThat(stale).isEqualTo(writers - 1);
        api().when().get(SUBMISSION, id).then().statusCode(200).header("ETag", "\"1\"")
                .body("version", equalTo(1)).body("documentNumber", equalTo(winners.get(0)));
    }

    @Test
    void shouldLoseNoneOf64ConcurrentEditsThatEachSendTheVersionTheyRead() throws Exception {
        Setting s = Setting.create();
        String id = createDraft(s, s.unit());
        Map<Integer, String> byVersion = new HashMap<>();
        for (ExtractableResponse<Response> response : together(64, i -> () -> api()
                .header("If-Match", etag(SUBMISSION, id)).body(content(i + "/BC-SNV", List.of())).when()
                .put(SUBMISSION, id).then().extract())) {
            assertThat(response.statusCode()).as(response.asString()).isIn(200, 412);
            if (response.statusCode() == 200) {
                int version = response.path("version");
                assertThat(byVersion.put(version, response.path("documentNumber")))
                        .as("two edits answered as version %d", version).isNull();
            }
        }
        assertThat(byVersion).isNotEmpty();
        int last = byVersion.keySet().stream().max(Integer::compare).orElseThrow();
        assertThat(last).isEqualTo(byVersion.size());
        api().when().get(SUBMISSION, id).then().statusCode(200)
                .body("version", equalTo(byVersion.size()))
                .body("documentNumber", equalTo(byVersion.get(last)));
    }

    /**
     * Sends {@code count} requests released at one instant, each made by {@code request} from its
     * index (and run only once released: an edit reads the version it sends then), and answers
     * their responses in order.
     */
    private static List<ExtractableResponse<Response>> together(int count,
            IntFunction<Callable<ExtractableResponse<Response>>> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<ExtractableResponse<Response>>> answers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Callable<ExtractableResponse<Response>> call = request.apply(i);
                answers.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<ExtractableResponse<Response>> responses = new ArrayList<>();
            for (Future<ExtractableResponse<Response>> answer : answers) {
                responses.add(answer.get(60, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- attachments ----

    @Test
    void shouldAttachPdfPngDocxAndXlsxRecognisedByTheirContent() {
        Setting s = Setting.create();
        String id = createDraft(s, s.unit());
        Object[][] files = {
            {"bao-cao-dan-van-2024.pdf", pdf(), "application/pdf"},
            {"anh-hoi-nghi.png", png(), "image/png"},
            {"ke-hoach.docx", docx(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
            {"so-lieu.xlsx", xlsx(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
        };
        List<String> ids = new ArrayList<>();
        for (Object[] file : files) {
            String name = (String) file[0];
            byte[] bytes = (byte[]) file[1];
            // the part's declared type is not believed: the content decides
            var created = upload(id, name, bytes, "application/octet-stream").statusCode(201)
                    .body("fileName", equalTo(name))
                    .body("mediaType", equalTo(file[2]))
                    .body("sizeBytes", equalTo(bytes.length))
                    .body("sha256", equalTo(sha256(bytes)))
                    .body("createdAt", notNullValue())
                    .extract();
            String attachment = created.path("id");
            assertThat(created.header("Location")).endsWith("/api/v1/submissions/" + id + "/attachments/" + attachment);
            ids.add(attachment);
        }
        api().when().get(ATTACHMENTS, id).then().statusCode(200)
                .body("items.id", contains(ids.toArray()))
                .body("items.fileName", contains("bao-cao-dan-van-2024.pdf", "anh-hoi-nghi.png", "ke-hoach.docx",
                        "so-lieu.xlsx"))
                .body("totalItems", equalTo(4));
        api().queryParam("size", 1).queryParam("page", 3).when().get(ATTACHMENTS, id).then().statusCode(200)
                .body("items.id", contains(ids.get(3))).body("totalItems", equalTo(4));

        for (int i = 0; i < files.length; i++) {
            var download = api().accept("*/*").when().get(ATTACHMENT, id, ids.get(i)).then()
                    .statusCode(200).contentType((String) files[i][2]).extract();
            assertThat(download.asByteArray()).isEqualTo((byte[]) files[i][1]);
            assertThat(download.header("Content-Disposition")).startsWith("attachment").contains((String) files[i][0]);
            assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        }

        api().when().delete(ATTACHMENT, id, ids.get(1)).then().statusCode(204);
        api().when().get(ATTACHMENTS, id).then().statusCode(200)
                .body("items.id", contains(ids.get(0), ids.get(2), ids.get(3))).body("totalItems", equalTo(3));
        api().accept("*/*").when().get(ATTACHMENT, id, ids.get(1)).then()
                .statusCode(404).body("type", equalTo("/problems/not-found"));
        api().when().delete(ATTACHMENT, id, ids.get(1)).then()
                .statusCode(404).body("type", equalTo("/problems/not-found"));
    }

    @Test
    void shouldReturn415ForAFileThatIsNoAcceptedTypeWhateverItsName() {
        Setting s = Setting.create();
        String id = createDraft(s, s.unit());
        byte[] text = "Báo cáo kết quả thực hiện công tác dân vận chính quyền năm 2024\n"
                .getBytes(StandardCharsets.UTF_8);
        upload(id, "bao-cao.pdf", text, "application/pdf").statusCode(415)
                .body("type", equalTo("/problems/unsupported-file-type"));
        upload(id, "bao-cao.docx", SubmissionFixtures.zip(),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document").statusCode(415)
                .body("type", equalTo("/problems/unsupported-file-type"));
        upload(id, "empty.pdf", new byte[0], "application/pdf").statusCode(415)
                .body("type", equalTo("/problems/unsupported-file-type"));
        api().when().get(ATTACHMENTS, id).then().statusCode(200).body("items", empty());
    }

    @Test
    void shouldStoreOnlyTheLastPartOfAFileName() {
        Setting s = Setting.create();
        String id = createDraft(s, s.unit());
        upload(id, "../../etc/passwd.pdf", pdf(), "application/pdf").statusCode(201)
                .body("fileName", equalTo("passwd.pdf"));
        upload(id, "..\\..\\windows\\bao-cao.pdf", pdf(), "application/pdf").statusCode(201)
                .body("fileName", equalTo("bao-cao.pdf"));
        String vietnamese = upload(id, "Báo cáo năm 2024.pdf", pdf(), "application/pdf").statusCode(201)
                .body("fileName", equalTo("Báo cáo năm 2024.pdf")).extract().path("id");
        assertThat(api().accept("*/*").when().get(ATTACHMENT, id, vietnamese).then().statusCode(200).extract()
                .header("Content-Disposition")).contains("UTF-8''B%C3%A1o%20c%C3%A1o%20n%C4%83m%202024.pdf");
        api().when().get(ATTACHMENTS, id).then().statusCode(200)
                .body("items.fileName", contains("passwd.pdf", "bao-cao.pdf", "Báo cáo năm 2024.pdf"));
    }

    @Test
    void shouldReturn409WhenAttachingToOrRemovingFromASubmissionUnderReviewOrAccepted() {
        Setting s = Setting.create();
        String id = createDraft(s, s.unit());
        String attachment = upload(id, "bao-cao.pdf", pdf(), "application/pdf").statusCode(201).extract().path("id");
        moved(SUBMIT, id, null, "SUBMITTED");
        upload(id, "bo-sung.pdf", pdf(), "application/pdf").statusCode(409)
                .body("type", equalTo("/problems/submission-submitted"));
        api().when().delete(ATTACHMENT, id, attachment).then()
                .statusCode(409).body("type", equalTo("/problems/submission-submitted"));

        // returned for correction, the unit may change its evidence again
        moved(RETURN, id, REASON, "RETURNED");
        String added = upload(id, "bo-sung.pdf", pdf(), "application/pdf").statusCode(201).extract().path("id");
        api().when().delete(ATTACHMENT, id, attachment).then().statusCode(204);

        moved(SUBMIT, id, null, "SUBMITTED");
        moved(ACCEPT, id, null, "ACCEPTED");
        upload(id, "muon.pdf", pdf(), "application/pdf").statusCode(409)
                .body("type", equalTo("/problems/submission-accepted"));
        api().when().delete(ATTACHMENT, id, added).then()
                .statusCode(409).body("type", equalTo("/problems/submission-accepted"));
        api().when().get(ATTACHMENTS, id).then().statusCode(200).body("items.id", contains(added));
    }

    @Test
    void shouldReturn400WithoutAFileAnd404ForAnUnknownSubmissionOrAttachment() {
        Setting s = Setting.create();
        String id = createDraft(s, s.unit());
        api().contentType("multipart/form-data").multiPart("document", "bao-cao.pdf", pdf(), "application/pdf")
                .when().post(ATTACHMENTS, id).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", contains("file"));
        upload(UUID.randomUUID().toString(), "bao-cao.pdf", pdf(), "application/pdf").statusCode(404)
                .body("type", equalTo("/problems/not-found"));
        api().when().get(ATTACHMENTS, UUID.randomUUID().toString()).then()
                .statusCode(404).body("type", equalTo("/problems/not-found"));

        // an attachment is reached only through its own submission
        String attachment = upload(id, "bao-cao.pdf", pdf(), "application/pdf").statusCode(201).extract().path("id");
        String other = createDraft(s, s.otherUnit());
        api().accept("*/*").when().get(ATTACHMENT, other, attachment).then()
                .statusCode(404).body("type", equalTo("/problems/not-found"));
        api().when().delete(ATTACHMENT, other, attachment).then()
                .statusCode(404).body("type", equalTo("/problems/not-found"));
        api().accept("*/*").when().get(ATTACHMENT, id, "not-an-id").then()
                .statusCode(404).body("type", equalTo("/problems/not-found"));
        api().when().get(ATTACHMENTS, id).then().statusCode(200).body("items.id", hasItem(attachment));
    }
}
