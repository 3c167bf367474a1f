package org.danvan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.danvan.common.Api.api;
import static org.danvan.common.Api.createId;
import static org.danvan.common.Api.etag;
import static org.danvan.plan.PlanFixtures.OBLIGATION;
import static org.danvan.plan.PlanFixtures.OBLIGATIONS;
import static org.danvan.plan.PlanFixtures.TARGET;
import static org.danvan.plan.PlanFixtures.TARGETS;
import static org.danvan.plan.PlanFixtures.departmentsOf;
import static org.danvan.plan.PlanFixtures.identifiedPlan;
import static org.danvan.plan.PlanFixtures.issueAndClose;
import static org.danvan.plan.PlanFixtures.plan;
import static org.danvan.plan.PlanFixtures.province;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TargetResourceTest {

    /**
     * A plan of a new province, the group of its departments and an obligation of the plan whose
     * submissions carry the reported figures.
     */
    private record Setting(String plan, String group, String obligation) {

        static Setting create() {
            String province = province();
            String plan = PlanFixtures.plan(province, 2024, 2024);
            String group = departmentsOf(province);
            return new Setting(plan, group, TargetResourceTest.obligation(plan, group));
        }
    }

    private static Map<String, Object> target(String groupId, String basis, Map<String, Object> measure,
            String comparator, Object thresholdPercent) {
        var body = new HashMap<String, Object>();
        body.put("ordinal", "III.1");
        body.put("statement", "100% cán bộ, công chức, viên chức được học tập, quán triệt các Chỉ thị, Nghị quyết");
        body.put("comparator", comparator);
        body.put("thresholdPercent", thresholdPercent);
        body.put("population", Map.of("groupId", groupId, "basis", basis));
        body.put("measure", measure);
        return body;
    }

    /** Officials counted from the figures of the submissions to {@code obligationId}. */
    private static Map<String, Object> reported(String groupId, String obligationId, Object thresholdPercent) {
        return target(groupId, "OFFICIALS", reportedBy(obligationId), "GTE", thresholdPercent);
    }

    private static Map<String, Object> reported(Setting s, Object thresholdPercent) {
        return reported(s.group(), s.obligation(), thresholdPercent);
    }

    private static Map<String, Object> reportedBy(String obligationId) {
        return measure("REPORTED", obligationId, null);
    }

    private static Map<String, Object> qualitative(String groupId) {
        return target(groupId, "UNITS", Map.of("kind", "MANUAL"), null, null);
    }

    private static Map<String, Object> measure(String kind, String obligationId, String minimumRating) {
        var measure = new HashMap<String, Object>();
        measure.put("kind", kind);
        measure.put("obligationId", obligationId);
        measure.put("minimumRating", minimumRating);
        return measure;
    }

    private static String obligation(String planId, String groupId) {
        return createId(OBLIGATIONS, Map.of("kind", "UNIT_PLAN", "title",
                "Gửi kế hoạch thực hiện công tác dân vận chính quyền năm 2024", "groupId", groupId,
                "dueDate", "2024-04-10"), planId);
    }

    @Test
    void shouldCreateATargetWithLocationAndETag() {
        Setting s = Setting.create();
        var created = api().body(reported(s, 100)).when().post(TARGETS, s.plan()).then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("planId", equalTo(s.plan()))
                .body("ordinal", equalTo("III.1"))
                .body("comparator", equalTo("GTE"))
                .body("population.groupId", equalTo(s.group()))
                .body("population.basis", equalTo("OFFICIALS"))
                .body("measure.kind", equalTo("REPORTED"))
                .body("measure.obligationId", equalTo(s.obligation()))
                .body("measure.minimumRating", nullValue())
                .body("version", equalTo(0))
                .extract();
        assertThat(created.header("Location"))
                .endsWith("/api/v1/plans/" + s.plan() + "/targets/" + created.path("id"));
    }

    @Test
    void shouldReadATargetWithItsETag() {
        Setting s = Setting.create();
        String id = createId(TARGETS, qualitative(s.group()), s.plan());
        api().when().get(TARGET, s.plan(), id).then()
                .statusCode(200).header("ETag", "\"0\"")
                .body("id", equalTo(id))
                .body("measure.kind", equalTo("MANUAL"));
    }

    @Test
    void shouldListTargetsInTheOrderTheyWereAddedAndPageThem() {
        Setting s = Setting.create();
        var second = qualitative(s.group());
        second.put("ordinal", "III.2");
        var third = reported(s, 90);
        third.put("ordinal", "II.9");
        String a = createId(TARGETS, reported(s, 100), s.plan());
        String b = createId(TARGETS, second, s.plan());
        String c = createId(TARGETS, third, s.plan());
        api().when().get(TARGETS, s.plan()).then()
                .statusCode(200).body("items.id", contains(a, b, c))
                .body("items.ordinal", contains("III.1", "III.2", "II.9")).body("totalItems", equalTo(3));
        api().queryParam("page", 1).queryParam("size", 2).when().get(TARGETS, s.plan()).then()
                .statusCode(200).body("items.id", contains(c)).body("page", equalTo(1)).body("size", equalTo(2))
                .body("totalItems", equalTo(3));
        api().queryParam("page", "x").when().get(TARGETS, s.plan()).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations[0].field", equalTo("page"));
    }

    @Test
    void shouldCountASubmissionToAnObligationOfTheSamePlan() {
        Setting s = Setting.create();
        String obligation = obligation(s.plan(), s.group());
        var body = target(s.group(), "UNITS", measure("SUBMISSION", obligation, null), "GTE", 100);
        String id = api().body(body).when().post(TARGETS, s.plan()).then()
                .statusCode(201).body("measure.kind", equalTo("SUBMISSION"))
                .body("measure.obligationId", equalTo(obligation))
                .extract().path("id");
        api().when().get(TARGET, s.plan(), id).then().statusCode(200).body("measure.obligationId", equalTo(obligation));
    }

    @Test
    void shouldReturn400WhenASubmissionNamesAnObligationOfAnotherPlanOrNone() {
        Setting s = Setting.create();
        Setting other = Setting.create();
        String foreign = obligation(other.plan(), other.group());
        for (String obligationId : new String[] {foreign, null, UUID.randomUUID().toString(), "not-an-id"}) {
            var body = target(s.group(), "UNITS", measure("SUBMISSION", obligationId, null), "GTE", 100);
            api().body(body).when().post(TARGETS, s.plan()).then()
                    .statusCode(400).body("type", equalTo("/problems/validation"))
                    .body("violations.field", contains("measure.obligationId"));
        }
        api().when().get(TARGETS, s.plan()).then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void shouldCountTheReportedFiguresOfAnObligationOfTheSamePlan() {
        Setting s = Setting.create();
        String id = api().body(reported(s, 90)).when().post(TARGETS, s.plan()).then()
                .statusCode(201).body("measure.kind", equalTo("REPORTED"))
                .body("measure.obligationId", equalTo(s.obligation()))
                .extract().path("id");
        api().when().get(TARGET, s.plan(), id).then().statusCode(200)
                .body("measure.obligationId", equalTo(s.obligation()));
    }

    @Test
    void shouldReturn400WhenAReportedTargetNamesNoObligation() {
        Setting s = Setting.create();
        api().body(reported(s.group(), null, 100)).when().post(TARGETS, s.plan()).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", contains("measure.obligationId"));
        api().when().get(TARGETS, s.plan()).then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void shouldReturn400WhenAReportedTargetNamesAnObligationOfAnotherPlanOrAnUnknownOne() {
        Setting s = Setting.create();
        Setting other = Setting.create();
        for (String obligationId : new String[] {other.obligation(), UUID.randomUUID().toString(), "not-an-id"}) {
            api().body(reported(s.group(), obligationId, 100)).when().post(TARGETS, s.plan()).then()
                    .statusCode(400).body("type", equalTo("/problems/validation"))
                    .body("violations.field", contains("measure.obligationId"));
        }
        api().when().get(TARGETS, s.plan()).then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void shouldReturn400WhenAnObligationIsNamedByAManualOrRatingMeasure() {
        Setting s = Setting.create();
        api().body(target(s.group(), "UNITS", measure("MANUAL", s.obligation(), null), "GTE", 100)).when()
                .post(TARGETS, s.plan()).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", contains("measure.obligationId"));
        api().body(target(s.group(), "UNITS", measure("RATING", s.obligation(), "TOT"), "GT", 90)).when()
                .post(TARGETS, s.plan()).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", contains("measure.obligationId"));
    }

    @Test
    void shouldRequireTheMinimumRatingOfARatingTargetAndRefuseItElsewhere() {
        Setting s = Setting.create();
        api().body(target(s.group(), "UNITS", measure("RATING", null, null), "GT", 90)).when()
                .post(TARGETS, s.plan()).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", contains("measure.minimumRating"));
        api().body(target(s.group(), "UNITS", measure("RATING", null, "  "), "GT", 90)).when()
                .post(TARGETS, s.plan()).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", contains("measure.minimumRating"));
        api().body(target(s.group(), "UNITS", measure("REPORTED", s.obligation(), "TOT"), "GT", 90)).when()
                .post(TARGETS, s.plan()).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", contains("measure.minimumRating"));
        api().body(target(s.group(), "UNITS", measure("RATING", null, "TOT"), "GT", 90)).when()
                .post(TARGETS, s.plan()).then()
                .statusCode(201).body("measure.minimumRating", equalTo("TOT")).body("comparator", equalTo("GT"));
    }

    @Test
    void shouldReturn400WhenComparatorAndThresholdAreNotGivenTogether() {
        Setting s = Setting.create();
        api().body(target(s.group(), "UNITS", Map.of("kind", "MANUAL"), "GTE", null)).when()
                .post(TARGETS, s.plan()).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", contains("thresholdPercent"));
        api().body(target(s.group(), "UNITS", Map.of("kind", "MANUAL"), null, 80)).when()
                .post(TARGETS, s.plan()).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", contains("comparator"));
    }

    @Test
    void shouldReturn400WhenAMeasuredTargetHasNoThreshold() {
        Setting s = Setting.create();
        api().body(target(s.group(), "UNITS", reportedBy(s.obligation()), null, null)).when()
                .post(TARGETS, s.plan()).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", contains("thresholdPercent"));
        api().body(target(s.group(), "UNITS", measure("RATING", null, "TOT"), null, null)).when()
                .post(TARGETS, s.plan()).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", contains("thresholdPercent"));
    }

    @Test
    void shouldAcceptAQualitativeManualTargetWithNeitherComparatorNorThreshold() {
        Setting s = Setting.create();
        api().body(qualitative(s.group())).when().post(TARGETS, s.plan()).then()
                .statusCode(201)
                .body("comparator", nullValue())
                .body("thresholdPercent", nullValue())
                .body("measure.kind", equalTo("MANUAL"));
    }

    @Test
    void shouldAcceptAQuantitativeManualTarget() {
        Setting s = Setting.create();
        api().body(target(s.group(), "UNITS", Map.of("kind", "MANUAL"), "GTE", 80)).when()
                .post(TARGETS, s.plan()).then()
                .statusCode(201).body("comparator", equalTo("GTE"));
    }

    @Test
    void shouldCountOfficialsOnlyWithReportedOrManualMeasures() {
        Setting s = Setting.create();
        String obligation = obligation(s.plan(), s.group());
        api().body(target(s.group(), "OFFICIALS", measure("SUBMISSION", obligation, null), "GTE", 100)).when()
                .post(TARGETS, s.plan()).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", contains("population.basis"));
        api().body(target(s.group(), "OFFICIALS", measure("RATING", null, "TOT"), "GT", 90)).when()
                .post(TARGETS, s.plan()).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", contains("population.basis"));
        api().body(reported(s, 100)).when().post(TARGETS, s.plan()).then().statusCode(201);
        api().body(target(s.group(), "OFFICIALS", Map.of("kind", "MANUAL"), null, null)).when()
                .post(TARGETS, s.plan()).then().statusCode(201);
    }

    @Test
    void shouldReturn400ForMoreThanOneHundredPercent() {
        Setting s = Setting.create();
        api().body(target(s.group(), "UNITS", reportedBy(s.obligation()), "GT", 100)).when()
                .post(TARGETS, s.plan()).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", contains("thresholdPercent"));
        api().body(target(s.group(), "UNITS", reportedBy(s.obligation()), "GTE", 100.5)).when()
                .post(TARGETS, s.plan()).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", contains("thresholdPercent"));
        api().body(target(s.group(), "UNITS", reportedBy(s.obligation()), "GTE", -1)).when()
                .post(TARGETS, s.plan()).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", contains("thresholdPercent"));
        api().body(target(s.group(), "UNITS", reportedBy(s.obligation()), "GT", 99.5)).when()
                .post(TARGETS, s.plan()).then().statusCode(201);
    }

    @Test
    void shouldWritePercentagesAsPeopleWriteThem() {
        Setting s = Setting.create();
        var created = api().body(reported(s, 100)).when().post(TARGETS, s.plan()).then()
                .statusCode(201).extract();
        assertThat(created.asString()).contains("\"thresholdPercent\":100,").doesNotContain("E+");
        String hundred = created.path("id");
        String ninetyTwoAndAHalf = api().body(reported(s, 92.5)).when().post(TARGETS, s.plan()).then()
                .statusCode(201).extract().path("id");

        // read back from the database, where they are numeric(5, 2): 100.00 and 92.50
        assertThat(api().when().get(TARGET, s.plan(), hundred).then().statusCode(200).extract().asString())
                .contains("\"thresholdPercent\":100,").doesNotContain("E+");
        assertThat(api().when().get(TARGET, s.plan(), ninetyTwoAndAHalf).then().statusCode(200).extract().asString())
                .contains("\"thresholdPercent\":92.5,");
        assertThat(api().when().get(TARGETS, s.plan()).then().statusCode(200).extract().asString())
                .contains("\"thresholdPercent\":100,", "\"thresholdPercent\":92.5,").doesNotContain("E+");
    }

    @Test
    void shouldKeepAThresholdWithTwoDecimals() {
        Setting s = Setting.create();
        String id = createId(TARGETS, reported(s, 33.33), s.plan());
        assertThat(api().when().get(TARGET, s.plan(), id).then().statusCode(200).extract().asString())
                .contains("\"thresholdPercent\":33.33,");
        api().body(reported(s, 33.333)).when().post(TARGETS, s.plan()).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", contains("thresholdPercent"));
    }

    @Test
    void shouldReturn400ForAnUnknownGroupOrAMissingMeasure() {
        Setting s = Setting.create();
        api().body(reported(UUID.randomUUID().toString(), s.obligation(), 100)).when().post(TARGETS, s.plan())
                .then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", contains("population.groupId"));
        var body = reported(s, 100);
        body.remove("measure");
        body.put("ordinal", "");
        api().body(body).when().post(TARGETS, s.plan()).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", hasItem("measure")).body("violations.field", hasItem("ordinal"));
        api().body(target(s.group(), "EVERYONE", Map.of("kind", "MANUAL"), null, null)).when()
                .post(TARGETS, s.plan()).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations[0].field", equalTo("population.basis"));
    }

    @Test
    void shouldUpdateWithIfMatchAndRejectStaleOrMissingVersions() {
        Setting s = Setting.create();
        String id = createId(TARGETS, reported(s, 100), s.plan());
        var change = target(s.group(), "UNITS", measure("RATING", null, "TOT"), "GT", 92.5);
        api().header("If-Match", "\"0\"").body(change).when().put(TARGET, s.plan(), id).then()
                .statusCode(200).header("ETag", "\"1\"")
                .body("version", equalTo(1))
                .body("comparator", equalTo("GT"))
                .body("population.basis", equalTo("UNITS"))
                .body("measure.kind", equalTo("RATING"))
                .body("measure.minimumRating", equalTo("TOT"));
        api().header("If-Match", "\"0\"").body(change).when().put(TARGET, s.plan(), id).then()
                .statusCode(412).body("type", equalTo("/problems/stale-version"));
        api().body(change).when().put(TARGET, s.plan(), id).then()
                .statusCode(428).body("type", equalTo("/problems/precondition-required"));
    }

    @Test
    void shouldApplyTheMeasureRulesOnUpdate() {
        Setting s = Setting.create();
        String id = createId(TARGETS, reported(s, 100), s.plan());
        api().header("If-Match", "\"0\"").body(target(s.group(), "OFFICIALS", measure("RATING", null, "TOT"), "GT", 90))
                .when().put(TARGET, s.plan(), id).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", contains("population.basis"));
        api().when().get(TARGET, s.plan(), id).then().statusCode(200).header("ETag", "\"0\"")
                .body("measure.kind", equalTo("REPORTED"));
    }

    @Test
    void shouldDeleteWithIfMatchAndRejectStaleOrMissingVersions() {
        Setting s = Setting.create();
        String id = createId(TARGETS, qualitative(s.group()), s.plan());
        api().when().delete(TARGET, s.plan(), id).then()
                .statusCode(428).body("type", equalTo("/problems/precondition-required"));
        api().header("If-Match", "\"5\"").when().delete(TARGET, s.plan(), id).then()
                .statusCode(412).body("type", equalTo("/problems/stale-version"));
        api().header("If-Match", etag(TARGET, s.plan(), id)).when().delete(TARGET, s.plan(), id).then()
                .statusCode(204);
        api().when().get(TARGET, s.plan(), id).then().statusCode(404).body("type", equalTo("/problems/not-found"));
        api().when().get(TARGETS, s.plan()).then().statusCode(200).body("items", empty());
    }

    @Test
    void shouldRefuseToDeleteAnObligationThatATargetCounts() {
        Setting s = Setting.create();
        String obligation = obligation(s.plan(), s.group());
        String target = createId(TARGETS,
                target(s.group(), "UNITS", measure("SUBMISSION", obligation, null), "GTE", 100), s.plan());
        api().header("If-Match", "\"0\"").when().delete(OBLIGATION, s.plan(), obligation).then()
                .statusCode(409).body("type", equalTo("/problems/obligation-in-use"));
        api().when().get(OBLIGATION, s.plan(), obligation).then().statusCode(200);

        api().header("If-Match", "\"0\"").when().delete(TARGET, s.plan(), target).then().statusCode(204);
        api().header("If-Match", "\"0\"").when().delete(OBLIGATION, s.plan(), obligation).then().statusCode(204);
    }

    @Test
    void shouldReturn404ForATargetOfAnotherPlanOrAnUnknownPlan() {
        Setting s = Setting.create();
        Setting other = Setting.create();
        String id = createId(TARGETS, qualitative(s.group()), s.plan());
        api().when().get(TARGET, other.plan(), id).then().statusCode(404).body("type", equalTo("/problems/not-found"));
        api().header("If-Match", "\"0\"").body(qualitative(other.group())).when().put(TARGET, other.plan(), id).then()
                .statusCode(404).body("type", equalTo("/problems/not-found"));
        api().header("If-Match", "\"0\"").when().delete(TARGET, other.plan(), id).then()
                .statusCode(404).body("type", equalTo("/problems/not-found"));
        String unknown = UUID.randomUUID().toString();
        api().when().get(TARGETS, unknown).then().statusCode(404).body("type", equalTo("/problems/not-found"));
        api().body(qualitative(s.group())).when().post(TARGETS, unknown).then()
                .statusCode(404).body("type", equalTo("/problems/not-found"));
        api().when().get(TARGET, s.plan(), unknown).then().statusCode(404).body("type", equalTo("/problems/not-found"));
        api().when().get(TARGET, s.plan(), id).then().statusCode(200).header("ETag", "\"0\"");
    }

    @Test
    void shouldRefuseToAddChangeOrDeleteTargetsOfAClosedPlan() {
        String province = province();
        String group = departmentsOf(province);
        String plan = identifiedPlan(province, 2024);
        String id = createId(TARGETS, qualitative(group), plan);
        String obligation = obligation(plan, group);
        issueAndClose(plan);

        api().body(qualitative(group)).when().post(TARGETS, plan).then()
                .statusCode(409).body("type", equalTo("/problems/plan-closed"));
        api().header("If-Match", "\"0\"").body(reported(group, obligation, 100)).when().put(TARGET, plan, id).then()
                .statusCode(409).body("type", equalTo("/problems/plan-closed"));
        api().header("If-Match", "\"0\"").when().delete(TARGET, plan, id).then()
                .statusCode(409).body("type", equalTo("/problems/plan-closed"));
        api().when().get(TARGET, plan, id).then().statusCode(200).body("measure.kind", equalTo("MANUAL"))
                .body("comparator", nullValue());
    }

    @Test
    void shouldReturn415ForANonJsonBody() {
        Setting s = Setting.create();
        api().contentType("text/plain").body("Chỉ tiêu").when().post(TARGETS, s.plan()).then()
                .statusCode(415).body("type", equalTo("/problems/unsupported-media-type"));
    }
}
