package org.danvan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.danvan.common.Api.api;
import static org.danvan.common.Api.as;
import static org.danvan.common.Api.createId;
import static org.danvan.common.Api.reporterOf;
import static org.danvan.common.Api.unit;
import static org.danvan.model.ModelFixtures.COUNTS;
import static org.danvan.model.ModelFixtures.MODEL;
import static org.danvan.model.ModelFixtures.MODELS;
import static org.danvan.model.ModelFixtures.RECOGNITION;
import static org.danvan.model.ModelFixtures.body;
import static org.danvan.model.ModelFixtures.create;
import static org.danvan.model.ModelFixtures.etag;
import static org.danvan.model.ModelFixtures.freshYear;
import static org.danvan.model.ModelFixtures.recognise;
import static org.danvan.model.ModelFixtures.recognition;
import static org.danvan.model.ModelFixtures.registrationObligation;
import static org.danvan.model.ModelFixtures.update;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.danvan.common.TestAccounts;
import org.danvan.plan.PlanFixtures;
import org.junit.jupiter.api.Test;

/** The "Dân vận khéo" registry through its API: every answer checked against the contract. */
@QuarkusTest
class ModelResourceTest {

    private static final String UNKNOWN = "0195f0c2-7a1e-7c3a-9f51-2b7d1c4e0000";

    private static String department() {
        return PlanFixtures.department(PlanFixtures.province());
    }

    @Test
    void shouldRegisterReadEditAndWithdrawAModel() {
        String unit = department();
        Map<String, Object> body = body(unit, "ECONOMY", 2024);
        body.put("outcome", Map.of("description", "Nhân dân hiến 12.000 m² đất; hoàn thành 5,3 km đường.",
                "results", "5,3 km đường", "reportedOn", "2024-11-20"));
        var created = api().body(body).when().post(MODELS).then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("unitId", equalTo(unit)).body("field", equalTo("ECONOMY")).body("registrationDate", equalTo("2024-03-15"))
                .body("outcome.results", equalTo("5,3 km đường")).body("recognition", nullValue())
                .body("timeliness", nullValue()).body("planId", nullValue()).extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith(MODELS + "/" + id);

        api().when().get(MODEL, id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("name", equalTo(body.get("name"))).body("endDate", equalTo("2024-12-31"));

        Map<String, Object> changed = update(body);
        changed.put("field", "CULTURE_SOCIETY");
        changed.put("endDate", null);
        changed.remove("outcome");
        api().header("If-Match", "\"0\"").body(changed).when().put(MODEL, id).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("field", equalTo("CULTURE_SOCIETY"))
                .body("endDate", nullValue()).body("outcome", nullValue()).body("unitId", equalTo(unit));

        api().header("If-Match", "\"1\"").when().delete(MODEL, id).then().statusCode(204);
        api().when().get(MODEL, id).then().statusCode(404).body("type", equalTo("/problems/not-found"));
    }

    @Test
    void shouldAnswer400WithTheInvalidFieldsInVietnameseAndEnglish() {
        String unit = department();
        Map<String, Object> body = body(unit, "ECONOMY", 2024);
        body.remove("name");
        body.put("endDate", "2024-01-31");
        api().header("Accept-Language", "vi").body(body).when().post(MODELS).then().statusCode(400)
                .body("type", equalTo("/problems/validation")).body("title", equalTo("Dữ liệu không hợp lệ"))
                .body("violations.field", hasItem("name"));
        body.put("name", "Dân vận khéo");
        api().header("Accept-Language", "vi").body(body).when().post(MODELS).then().statusCode(400)
                .body("violations.field", contains("endDate"))
                .body("violations[0].message", containsString("không được trước ngày"));
        api().header("Accept-Language", "en").body(body).when().post(MODELS).then().statusCode(400)
                .body("title", equalTo("Invalid data")).body("violations.field", contains("endDate"))
                .body("violations[0].message", containsString("must not be before"));
        body.put("endDate", "2024-12-31");
        body.put("field", "AGRICULTURE");
        api().body(body).when().post(MODELS).then().statusCode(400).body("type", equalTo("/problems/validation"));
    }

    @Test
    void shouldAnswer400ForAnUnknownUnitPlanOrPeriodAndForAPeriodOfAnotherKind() {
        Map<String, Object> body = body(UNKNOWN, "ECONOMY", 2024);
        api().body(body).when().post(MODELS).then().statusCode(400).body("violations.field", contains("unitId"));

        String province = PlanFixtures.province();
        String unit = PlanFixtures.department(province);
        String group = PlanFixtures.departmentsOf(province);
        String plan = PlanFixtures.plan(province, 2099, 2099);
        String annualReport = PlanFixtures.onlyPeriod(PlanFixtures.obligation(plan, group, "2099-11-01"));
        body = body(unit, "ECONOMY", 2099);
        body.put("planId", UNKNOWN);
        api().body(body).when().post(MODELS).then().statusCode(400).body("violations.field", contains("planId"));
        body.put("planId", null);
        body.put("periodId", UNKNOWN);
        api().body(body).when().post(MODELS).then().statusCode(400).body("violations.field", contains("periodId"));
        body.put("periodId", annualReport);
        api().header("Accept-Language", "en").body(body).when().post(MODELS).then().statusCode(400)
                .body("violations.field", contains("periodId"))
                .body("violations[0].message", containsString("MODEL_REGISTRATION"));

        String registration = PlanFixtures.onlyPeriod(registrationObligation(plan, group, "2099-03-31", 0));
        String otherPlan = PlanFixtures.plan(province, 2099, 2099);
        body.put("periodId", registration);
        body.put("planId", otherPlan);
        api().body(body).when().post(MODELS).then().statusCode(400).body("violations.field", contains("periodId"));
        // a unit outside the obligated group does not owe the period
        String commune = createId("/api/v1/org-units", unit(PlanFixtures.unique("UBND xã Tân Hòa"), "COMMUNE", province));
        body.put("planId", plan);
        body.put("unitId", commune);
        api().body(body).when().post(MODELS).then().statusCode(400).body("violations.field", contains("unitId"));
    }

    @Test
    void shouldJudgeARegistrationAgainstTheUnitsEffectiveDueDatePlusGraceDays() {
        String province = PlanFixtures.province();
        String early = PlanFixtures.department(province);
        String late = PlanFixtures.department(province);
        String extended = PlanFixtures.department(province);
        String group = PlanFixtures.departmentsOf(province);
        String plan = PlanFixtures.plan(province, 2099, 2099);
        String obligation = registrationObligation(plan, group, "2099-03-31", 2);
        String period = PlanFixtures.onlyPeriod(obligation);
        PlanFixtures.extension(obligation, period, extended, "2099-04-15");

        String onTime = registered(early, period, "2099-04-02");
        String lateOne = registered(late, period, "2099-04-03");
        String extendedOne = registered(extended, period, "2099-04-17");
        api().when().get(MODEL, onTime).then().statusCode(200).body("timeliness", equalTo("ON_TIME"))
                .body("effectiveDueDate", equalTo("2099-03-31")).body("planId", equalTo(plan))
                .body("periodId", equalTo(period));
        api().when().get(MODEL, lateOne).then().statusCode(200).body("timeliness", equalTo("LATE"));
        api().when().get(MODEL, extendedOne).then().statusCode(200).body("timeliness", equalTo("ON_TIME"))
                .body("effectiveDueDate", equalTo("2099-04-15"));

        // the list answers the same as each model read alone
        List<Map<String, Object>> items = api().queryParam("year", 2099).queryParam("size", 500).when().get(MODELS)
                .then().statusCode(200).extract().path("items");
        Map<String, String> timeliness = new java.util.HashMap<>();
        items.forEach(m -> timeliness.put((String) m.get("id"), (String) m.get("timeliness")));
        assertThat(timeliness).containsEntry(onTime, "ON_TIME").containsEntry(lateOne, "LATE")
                .containsEntry(extendedOne, "ON_TIME");

        // moving the registration day past the deadline makes it late
        Map<String, Object> changed = update(body(early, "ECONOMY", 2099));
        changed.put("registrationDate", "2099-04-05");
        api().header("If-Match", etag(onTime)).body(changed).when().put(MODEL, onTime).then().statusCode(200)
                .body("timeliness", equalTo("LATE")).body("periodId", equalTo(period));
    }

    private static String registered(String unit, String period, String day) {
        Map<String, Object> body = body(unit, "POLITICAL_SYSTEM", 2099);
        body.put("periodId", period);
        body.put("registrationDate", day);
        return createId(MODELS, body);
    }

    @Test
    void shouldAnswer409ForAPeriodOfAClosedPlan() {
        String province = PlanFixtures.province();
        String unit = PlanFixtures.department(province);
        String group = PlanFixtures.departmentsOf(province);
        String plan = PlanFixtures.identifiedPlan(province, 2099);
        String period = PlanFixtures.onlyPeriod(registrationObligation(plan, group, "2099-03-31", 0));
        PlanFixtures.issueAndClose(plan);
        Map<String, Object> body = body(unit, "ECONOMY", 2099);
        body.put("periodId", period);
        api().body(body).when().post(MODELS).then().statusCode(409).body("type", equalTo("/problems/plan-closed"));
    }

    @Test
    void shouldAnswer428WithoutIfMatch412WhenStaleAnd404ForAnUnknownModel() {
        String unit = department();
        Map<String, Object> body = body(unit, "DEFENCE_SECURITY", 2024);
        String id = createId(MODELS, body);
        api().body(update(body)).when().put(MODEL, id).then().statusCode(428)
                .body("type", equalTo("/problems/precondition-required"));
        api().header("If-Match", "\"7\"").body(update(body)).when().put(MODEL, id).then().statusCode(412)
                .body("type", equalTo("/problems/stale-version"));
        api().when().delete(MODEL, id).then().statusCode(428);
        api().header("If-Match", "\"7\"").when().delete(MODEL, id).then().statusCode(412);
        api().body(recognition("UNIT", "2024-12-01")).when().put(RECOGNITION, id).then().statusCode(428);
        api().header("If-Match", "\"7\"").body(recognition("UNIT", "2024-12-01")).when().put(RECOGNITION, id).then()
                .statusCode(412);

        String unknown = UUID.randomUUID().toString();
        api().when().get(MODEL, unknown).then().statusCode(404).body("type", equalTo("/problems/not-found"));
        api().header("If-Match", "\"0\"").body(update(body)).when().put(MODEL, unknown).then().statusCode(404);
        api().header("If-Match", "\"0\"").when().delete(MODEL, unknown).then().statusCode(404);
        api().header("If-Match", "\"0\"").body(recognition("UNIT", "2024-12-01")).when().put(RECOGNITION, unknown)
                .then().statusCode(404);
        api().when().get(MODEL, "not-an-id").then().statusCode(404);
    }

    @Test
    void shouldRecordARecognitionThatTheUnitsEditsKeepAndThatForbidsWithdrawal() {
        String unit = department();
        Map<String, Object> body = body(unit, "CULTURE_SOCIETY", 2024);
        String id = createId(MODELS, body);
        api().header("If-Match", "\"0\"").body(recognition("PROVINCE", "2024-03-14")).when().put(RECOGNITION, id)
                .then().statusCode(400).body("violations.field", contains("decisionDate"));
        api().header("If-Match", "\"0\"").body(Map.of("level", "PROVINCE", "decisionDate", "2024-12-20")).when()
                .put(RECOGNITION, id).then().statusCode(400).body("violations.field", contains("decisionNumber"));
        api().header("If-Match", "\"0\"").body(recognition("PROVINCE", "2024-12-20")).when().put(RECOGNITION, id)
                .then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("recognition.level", equalTo("PROVINCE")).body("recognition.decisionNumber", equalTo("1520/QĐ-UBND"))
                .body("recognition.decisionDate", equalTo("2024-12-20"));

        String reporter = reporterOf(unit);
        as(reporter).header("If-Match", "\"1\"").body(recognition("NATIONAL", "2024-12-20")).when()
                .put(RECOGNITION, id).then().statusCode(403).body("type", equalTo("/problems/forbidden"));
        Map<String, Object> reported = update(body);
        reported.put("outcome", Map.of("description", "Tổ chức 4 buổi đối thoại; giải quyết đúng hạn 212/212 kiến nghị."));
        as(reporter).header("If-Match", "\"1\"").body(reported).when().put(MODEL, id).then().statusCode(200)
                .header("ETag", equalTo("\"2\"")).body("recognition.level", equalTo("PROVINCE"))
                .body("outcome.description", containsString("212/212"));
        as(reporter).header("If-Match", "\"2\"").when().delete(MODEL, id).then().statusCode(409)
                .body("type", equalTo("/problems/model-recognized"));
        api().header("Accept-Language", "vi").header("If-Match", "\"2\"").when().delete(MODEL, id).then()
                .statusCode(409).body("title", equalTo("Mô hình đã được công nhận"));
    }

    @Test
    void shouldFilterSearchPageAndSortTheList() {
        String unit = department();
        String other = department();
        int year = freshYear();
        Map<String, Object> road = body(unit, "ECONOMY", year);
        road.put("name", "Dân vận khéo trong hiến đất làm đường " + UUID.randomUUID());
        String roadId = createId(MODELS, road);
        Map<String, Object> school = body(unit, "CULTURE_SOCIETY", year);
        school.put("name", "Mô hình ánh sáng học đường " + UUID.randomUUID());
        String schoolId = createId(MODELS, school);
        String lastYear = create(unit, "ECONOMY", year - 1);
        String theirs = create(other, "ECONOMY", year);
        recognise(roadId, "DISTRICT", year + "-12-20");

        api().queryParam("unitId", unit).when().get(MODELS).then().statusCode(200)
                .body("items.id", containsInAnyOrder(roadId, schoolId, lastYear)).body("totalItems", equalTo(3));
        api().queryParam("unitId", unit).queryParam("year", year).when().get(MODELS).then().statusCode(200)
                .body("items.id", containsInAnyOrder(roadId, schoolId));
        api().queryParam("year", year).queryParam("field", "ECONOMY").when().get(MODELS).then().statusCode(200)
                .body("items.id", containsInAnyOrder(roadId, theirs));
        api().queryParam("unitId", unit).queryParam("recognized", true).when().get(MODELS).then().statusCode(200)
                .body("items.id", contains(roadId));
        api().queryParam("unitId", unit).queryParam("recognized", false).when().get(MODELS).then().statusCode(200)
                .body("items.id", containsInAnyOrder(schoolId, lastYear));
        // diacritics and case ignored
        api().queryParam("unitId", unit).queryParam("q", "anh SANG hoc duong").when().get(MODELS).then()
                .statusCode(200).body("items.id", contains(schoolId));
        api().queryParam("unitId", unit).queryParam("sort", "name").when().get(MODELS).then().statusCode(200)
                .body("items.id", contains(roadId, lastYear, schoolId));
        api().queryParam("unitId", unit).queryParam("sort", "-name").when().get(MODELS).then().statusCode(200)
                .body("items.id", contains(schoolId, lastYear, roadId));
        api().queryParam("unitId", unit).queryParam("sort", "-registrationDate").queryParam("size", 2)
                .queryParam("page", 1).when().get(MODELS).then().statusCode(200)
                .body("items.id", contains(lastYear)).body("totalItems", equalTo(3)).body("size", equalTo(2));

        api().queryParam("recognized", "maybe").when().get(MODELS).then().statusCode(400)
                .body("violations.field", contains("recognized"));
        api().queryParam("sort", "unitId").when().get(MODELS).then().statusCode(400)
                .body("violations.field", contains("sort"));
        api().queryParam("field", "AGRICULTURE").when().get(MODELS).then().statusCode(400)
                .body("violations.field", contains("field"));
    }

    @Test
    void shouldCountModelsAndRecognisedOnesPerFieldUnitAndYearAddingUpToTheTotals() {
        String unitA = department();
        String unitB = department();
        int year = freshYear();
        String a1 = create(unitA, "ECONOMY", year);
        create(unitA, "ECONOMY", year);
        String a3 = create(unitA, "DEFENCE_SECURITY", year);
        String b1 = create(unitB, "ECONOMY", year);
        create(unitB, "CULTURE_SOCIETY", year);
        create(unitB, "ECONOMY", year + 1);
        recognise(a1, "UNIT", year + "-12-01");
        recognise(a3, "PROVINCE", year + "-12-01");
        recognise(b1, "NATIONAL", year + "-12-01");

        api().queryParam("year", year).when().get(COUNTS).then().statusCode(200)
                .body("groupBy", equalTo("field")).body("year", equalTo(year))
                .body("total", equalTo(5)).body("recognized", equalTo(3))
                .body("items.key", contains("ECONOMY", "CULTURE_SOCIETY", "DEFENCE_SECURITY", "POLITICAL_SYSTEM"))
                .body("items.label", contains("Kinh tế", "Văn hóa - xã hội", "Quốc phòng - an ninh",
                        "Xây dựng hệ thống chính trị"))
                .body("items.total", contains(3, 1, 1, 0)).body("items.recognized", contains(2, 0, 1, 0));

        String nameA = api().when().get("/api/v1/org-units/{id}", unitA).then().extract().path("name");
        String nameB = api().when().get("/api/v1/org-units/{id}", unitB).then().extract().path("name");
        var byUnit = api().queryParam("year", year).queryParam("groupBy", "unit").when().get(COUNTS).then()
                .statusCode(200).body("total", equalTo(5)).body("recognized", equalTo(3)).extract().jsonPath();
        assertThat(byUnit.getList("items.key")).containsExactlyInAnyOrder(unitA, unitB);
        int ia = byUnit.getList("items.key").indexOf(unitA);
        int ib = byUnit.getList("items.key").indexOf(unitB);
        assertThat(byUnit.getString("items[" + ia + "].label")).isEqualTo(nameA);
        assertThat(byUnit.getString("items[" + ib + "].label")).isEqualTo(nameB);
        assertThat(byUnit.getLong("items[" + ia + "].total")).isEqualTo(3);
        assertThat(byUnit.getLong("items[" + ia + "].recognized")).isEqualTo(2);
        assertThat(byUnit.getLong("items[" + ib + "].total")).isEqualTo(2);
        assertThat(byUnit.getLong("items[" + ib + "].recognized")).isEqualTo(1);

        // every year, by year: this test's two years hold exactly what it registered
        var byYear = api().queryParam("groupBy", "year").when().get(COUNTS).then().statusCode(200)
                .body("year", nullValue()).extract().jsonPath();
        List<String> years = byYear.getList("items.key");
        int iy = years.indexOf(String.valueOf(year));
        int inext = years.indexOf(String.valueOf(year + 1));
        assertThat(inext).isEqualTo(iy + 1);
        assertThat(byYear.getLong("items[" + iy + "].total")).isEqualTo(5);
        assertThat(byYear.getLong("items[" + iy + "].recognized")).isEqualTo(3);
        assertThat(byYear.getLong("items[" + inext + "].total")).isEqualTo(1);
        assertThat(byYear.getLong("items[" + inext + "].recognized")).isZero();
        List<Integer> totals = byYear.getList("items.total");
        assertThat(totals.stream().mapToLong(Integer::longValue).sum()).isEqualTo(byYear.getLong("total"));
        // the list agrees with the counts
        api().queryParam("year", year).queryParam("recognized", true).when().get(MODELS).then()
                .body("totalItems", equalTo(3));

        api().queryParam("groupBy", "district").when().get(COUNTS).then().statusCode(400)
                .body("violations.field", contains("groupBy"));
        api().queryParam("year", "năm nay").when().get(COUNTS).then().statusCode(400)
                .body("violations.field", contains("year"));
    }

    @Test
    void shouldLetAReporterReadEveryModelButWriteOnlyItsOwnUnits() {
        String province = PlanFixtures.province();
        String own = PlanFixtures.department(province);
        String child = createId("/api/v1/org-units", unit(PlanFixtures.unique("Phòng trực thuộc"), "DEPARTMENT", own));
        String other = PlanFixtures.department(province);
        String reporter = reporterOf(own);
        Map<String, Object> theirsBody = body(other, "ECONOMY", 2024);
        String theirs = createId(MODELS, theirsBody);

        String mine = as(reporter).body(body(own, "ECONOMY", 2024)).when().post(MODELS).then().statusCode(201)
                .extract().path("id");
        as(reporter).body(body(child, "CULTURE_SOCIETY", 2024)).when().post(MODELS).then().statusCode(201);
        as(reporter).body(body(other, "ECONOMY", 2024)).when().post(MODELS).then().statusCode(403)
                .body("type", equalTo("/problems/forbidden"));

        as(reporter).when().get(MODEL, theirs).then().statusCode(200).body("unitId", equalTo(other));
        as(reporter).queryParam("unitId", other).when().get(MODELS).then().statusCode(200)
                .body("items.id", contains(theirs));
        as(reporter).queryParam("groupBy", "unit").when().get(COUNTS).then().statusCode(200)
                .body("items.key", hasItem(other));
        as(reporter).header("If-Match", "\"0\"").body(update(theirsBody)).when().put(MODEL, theirs).then()
                .statusCode(403);
        as(reporter).header("If-Match", "\"0\"").when().delete(MODEL, theirs).then().statusCode(403);
        as(reporter).header("If-Match", "\"0\"").when().delete(MODEL, mine).then().statusCode(204);

        // leaders and the admin read, and only read
        as(TestAccounts.LEADER).when().get(MODEL, theirs).then().statusCode(200).body("id", notNullValue());
        as(TestAccounts.LEADER).body(body(other, "ECONOMY", 2024)).when().post(MODELS).then().statusCode(403);
        as(TestAccounts.ADMIN).header("If-Match", "\"0\"").when().delete(MODEL, theirs).then().statusCode(403);
    }
}
