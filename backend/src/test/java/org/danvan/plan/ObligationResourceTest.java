package org.danvan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.danvan.common.Api.api;
import static org.danvan.common.Api.createId;
import static org.danvan.common.Api.etag;
import static org.danvan.common.Api.unit;
import static org.danvan.plan.PlanFixtures.EXTENSION;
import static org.danvan.plan.PlanFixtures.EXTENSIONS;
import static org.danvan.plan.PlanFixtures.OBLIGATION;
import static org.danvan.plan.PlanFixtures.OBLIGATIONS;
import static org.danvan.plan.PlanFixtures.PERIODS;
import static org.danvan.plan.PlanFixtures.UNITS;
import static org.danvan.plan.PlanFixtures.department;
import static org.danvan.plan.PlanFixtures.departmentsOf;
import static org.danvan.plan.PlanFixtures.identifiedPlan;
import static org.danvan.plan.PlanFixtures.issueAndClose;
import static org.danvan.plan.PlanFixtures.province;
import static org.danvan.plan.PlanFixtures.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ObligationResourceTest {

    /** A province, the group of its departments and a plan of that province. */
    private record Setting(String province, String group, String plan) {

        static Setting create(int start, int end) {
            String province = PlanFixtures.province();
            return new Setting(province, departmentsOf(province), PlanFixtures.plan(province, start, end));
        }
    }

    private static Map<String, Object> obligation(String groupId, String dueDate, String dueMonthDay) {
        var body = new HashMap<String, Object>();
        body.put("kind", dueDate != null ? "UNIT_PLAN" : "SEMIANNUAL_REPORT");
        body.put("title", "Báo cáo kết quả thực hiện công tác dân vận chính quyền");
        body.put("groupId", groupId);
        body.put("dueDate", dueDate);
        body.put("dueMonthDay", dueMonthDay);
        return body;
    }

    private static Map<String, Object> extension(String periodId, String unitId, String dueDate) {
        var body = new HashMap<String, Object>();
        body.put("periodId", periodId);
        body.put("unitId", unitId);
        body.put("dueDate", dueDate);
        body.put("reason", "Đơn vị đang kiện toàn tổ chức bộ máy");
        return body;
    }

    private static List<String> periodIds(String obligationId) {
        return api().when().get(PERIODS, obligationId).then().statusCode(200).extract().path("items.id");
    }

    // ---- obligations ----

    @Test
    void shouldCreateAFixedObligationWithOnePeriodInItsYear() {
        Setting s = Setting.create(2022, 2026);
        var body = obligation(s.group(), "2024-04-10", null);
        body.put("sourcePhrase", "chậm nhất ngày 10/4/2024");
        body.put("recipient", "UBND tỉnh (qua Sở Nội vụ)");
        var created = api().body(body).when().post(OBLIGATIONS, s.plan()).then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("planId", equalTo(s.plan()))
                .body("kind", equalTo("UNIT_PLAN"))
                .body("groupId", equalTo(s.group()))
                .body("dueDate", equalTo("2024-04-10"))
                .body("dueMonthDay", nullValue())
                .body("graceDays", equalTo(0))
                .body("sourcePhrase", equalTo("chậm nhất ngày 10/4/2024"))
                .body("recipient", equalTo("UBND tỉnh (qua Sở Nội vụ)"))
                .body("version", equalTo(0))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/plans/" + s.plan() + "/obligations/" + id);

        api().when().get(PERIODS, id).then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items.obligationId", contains(id))
                .body("items.year", contains(2024))
                .body("items.dueDate", contains("2024-04-10"));
    }

    @Test
    void shouldExpandAYearlyRuleIntoOnePeriodPerYearOfThePlan() {
        Setting s = Setting.create(2022, 2026);
        String june = api().body(obligation(s.group(), null, "--06-10")).when().post(OBLIGATIONS, s.plan()).then()
                .statusCode(201).body("dueMonthDay", equalTo("--06-10")).body("dueDate", nullValue())
                .extract().path("id");
        api().when().get(PERIODS, june).then()
                .statusCode(200).body("totalItems", equalTo(5))
                .body("items.year", contains(2022, 2023, 2024, 2025, 2026))
                .body("items.dueDate", contains("2022-06-10", "2023-06-10", "2024-06-10", "2025-06-10", "2026-06-10"));

        String december = createId(OBLIGATIONS, obligation(s.group(), null, "--12-05"), s.plan());
        api().when().get(PERIODS, december).then()
                .statusCode(200).body("totalItems", equalTo(5))
                .body("items.year", contains(2022, 2023, 2024, 2025, 2026))
                .body("items.dueDate", contains("2022-12-05", "2023-12-05", "2024-12-05", "2025-12-05", "2026-12-05"));
        api().queryParam("page", 1).queryParam("size", 2).when().get(PERIODS, december).then()
                .statusCode(200).body("items.year", contains(2024, 2025)).body("totalItems", equalTo(5));
    }

    @Test
    void shouldDueA29FebruaryRuleOnThe28thInCommonYears() {
        Setting s = Setting.create(2023, 2024);
        String id = createId(OBLIGATIONS, obligation(s.group(), null, "--02-29"), s.plan());
        api().when().get(PERIODS, id).then()
                .statusCode(200)
                .body("items.year", contains(2023, 2024))
                .body("items.dueDate", contains("2023-02-28", "2024-02-29"));
    }

    @Test
    void shouldReturn400UnlessExactlyOneOfDueDateAndDueMonthDayIsGiven() {
        Setting s = Setting.create(2024, 2024);
        api().body(obligation(s.group(), "2024-04-10", "--04-10")).when().post(OBLIGATIONS, s.plan()).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", contains("dueDate"));
        api().body(obligation(s.group(), null, null)).when().post(OBLIGATIONS, s.plan()).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", contains("dueDate"));
        api().when().get(OBLIGATIONS, s.plan()).then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void shouldReturn400ForADueMonthDayThatIsNoDayOfTheYear() {
        Setting s = Setting.create(2024, 2024);
        for (String monthDay : new String[] {"--02-30", "--04-31", "06-10", "--13-01", "--6-10"}) {
            api().body(obligation(s.group(), null, monthDay)).when().post(OBLIGATIONS, s.plan()).then()
                    .statusCode(400).body("type", equalTo("/problems/validation"))
                    .body("violations.field", contains("dueMonthDay"));
        }
        api().body(obligation(s.group(), "2024-02-30", null)).when().post(OBLIGATIONS, s.plan()).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", contains("dueDate"));
    }

    @Test
    void shouldReturn400ForAnUnknownGroupOrMissingFields() {
        Setting s = Setting.create(2024, 2024);
        api().body(obligation(UUID.randomUUID().toString(), "2024-04-10", null)).when().post(OBLIGATIONS, s.plan())
                .then().statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", contains("groupId"));
        api().body(Map.of("dueDate", "2024-04-10")).when().post(OBLIGATIONS, s.plan()).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", hasItem("kind")).body("violations.field", hasItem("title"))
                .body("violations.field", hasItem("groupId"));
        var badKind = obligation(s.group(), "2024-04-10", null);
        badKind.put("kind", "WEEKLY_REPORT");
        api().body(badKind).when().post(OBLIGATIONS, s.plan()).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations[0].field", equalTo("kind"));
    }

    @Test
    void shouldDefaultGraceDaysToZeroAndKeepThemWhenGiven() {
        Setting s = Setting.create(2024, 2024);
        api().body(obligation(s.group(), "2024-04-10", null)).when().post(OBLIGATIONS, s.plan()).then()
                .statusCode(201).body("graceDays", equalTo(0));
        var generous = obligation(s.group(), "2024-04-10", null);
        generous.put("graceDays", 5);
        String id = api().body(generous).when().post(OBLIGATIONS, s.plan()).then()
                .statusCode(201).body("graceDays", equalTo(5)).extract().path("id");
        api().when().get(OBLIGATION, s.plan(), id).then().statusCode(200).body("graceDays", equalTo(5));
        generous.put("graceDays", 366);
        api().body(generous).when().post(OBLIGATIONS, s.plan()).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", contains("graceDays"));
        generous.put("graceDays", -1);
        api().body(generous).when().post(OBLIGATIONS, s.plan()).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", contains("graceDays"));
    }

    @Test
    void shouldReadAnObligationWithItsETag() {
        Setting s = Setting.create(2024, 2024);
        String id = createId(OBLIGATIONS, obligation(s.group(), null, "--12-05"), s.plan());
        api().when().get(OBLIGATION, s.plan(), id).then()
                .statusCode(200).header("ETag", "\"0\"")
                .body("id", equalTo(id)).body("dueMonthDay", equalTo("--12-05")).body("graceDays", equalTo(0));
    }

    @Test
    void shouldListAPlansObligationsByFirstDueDateAndPageThem() {
        Setting s = Setting.create(2024, 2025);
        String december = createId(OBLIGATIONS, obligation(s.group(), null, "--12-05"), s.plan());
        String april = createId(OBLIGATIONS, obligation(s.group(), "2024-04-10", null), s.plan());
        String june = createId(OBLIGATIONS, obligation(s.group(), null, "--06-10"), s.plan());
        createId(OBLIGATIONS, obligation(s.group(), "2024-01-15", null), Setting.create(2024, 2024).plan());

        api().when().get(OBLIGATIONS, s.plan()).then()
                .statusCode(200).body("items.id", contains(april, june, december))
                .body("items.planId", everyItem(equalTo(s.plan()))).body("totalItems", equalTo(3));
        api().queryParam("page", 1).queryParam("size", 2).when().get(OBLIGATIONS, s.plan()).then()
                .statusCode(200).body("items.id", contains(december)).body("totalItems", equalTo(3));
        api().queryParam("size", 501).when().get(OBLIGATIONS, s.plan()).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations[0].field", equalTo("size"));
    }

    @Test
    void shouldExpandThePeriodsAgainWhenAYearlyObligationBecomesFixed() {
        Setting s = Setting.create(2022, 2026);
        String id = createId(OBLIGATIONS, obligation(s.group(), null, "--06-10"), s.plan());
        String period2024 = api().when().get(PERIODS, id).then().statusCode(200).extract().path("items[2].id");

        api().header("If-Match", "\"0\"").body(obligation(s.group(), "2024-04-10", null))
                .when().put(OBLIGATION, s.plan(), id).then()
                .statusCode(200).header("ETag", "\"1\"")
                .body("dueDate", equalTo("2024-04-10")).body("dueMonthDay", nullValue()).body("version", equalTo(1));
        api().when().get(PERIODS, id).then()
                .statusCode(200).body("totalItems", equalTo(1))
                .body("items.id", contains(period2024))
                .body("items.year", contains(2024))
                .body("items.dueDate", contains("2024-04-10"));
    }

    @Test
    void shouldExpandThePeriodsAgainWhenAFixedObligationBecomesYearly() {
        Setting s = Setting.create(2023, 2025);
        String id = createId(OBLIGATIONS, obligation(s.group(), "2024-04-10", null), s.plan());
        api().header("If-Match", "\"0\"").body(obligation(s.group(), null, "--12-05"))
                .when().put(OBLIGATION, s.plan(), id).then()
                .statusCode(200).body("dueMonthDay", equalTo("--12-05")).body("dueDate", nullValue());
        api().when().get(PERIODS, id).then()
                .statusCode(200).body("items.year", contains(2023, 2024, 2025))
                .body("items.dueDate", contains("2023-12-05", "2024-12-05", "2025-12-05"));
    }

    @Test
    void shouldExpandYearlyPeriodsAgainWhenThePlansPeriodChanges() {
        String province = province();
        String group = departmentsOf(province);
        String plan = PlanFixtures.plan(province, 2024, 2025);
        String yearly = createId(OBLIGATIONS, obligation(group, null, "--06-10"), plan);
        String fixed = createId(OBLIGATIONS, obligation(group, "2024-04-10", null), plan);
        api().header("If-Match", "\"0\"").body(PlanFixtures.planBody(province, 2025, 2027))
                .when().put(PlanFixtures.PLANS + "/{id}", plan).then().statusCode(200);
        api().when().get(PERIODS, yearly).then()
                .statusCode(200).body("items.dueDate", contains("2025-06-10", "2026-06-10", "2027-06-10"));
        api().when().get(PERIODS, fixed).then().statusCode(200).body("items.dueDate", contains("2024-04-10"));
    }

    @Test
    void shouldReturn409WhenAReschedulingWouldDropAPeriodThatHasExtensions() {
        Setting s = Setting.create(2024, 2025);
        String unit = department(s.province());
        String id = createId(OBLIGATIONS, obligation(s.group(), null, "--06-10"), s.plan());
        String period2025 = periodIds(id).get(1);
        String extension = createId(EXTENSIONS, extension(period2025, unit, "2025-06-30"), id);
        api().header("If-Match", "\"0\"").body(obligation(s.group(), "2024-04-10", null))
                .when().put(OBLIGATION, s.plan(), id).then()
                .statusCode(409).body("type", equalTo("/problems/period-in-use"));
        api().when().get(PERIODS, id).then().statusCode(200).body("items.year", contains(2024, 2025));
        api().when().get(EXTENSIONS, id).then().statusCode(200).body("items.id", contains(extension));
    }

    @Test
    void shouldReturn409WhenAReschedulingWouldLeaveAnExtensionBeforeItsNewDueDate() {
        Setting s = Setting.create(2024, 2024);
        String unit = department(s.province());
        String id = createId(OBLIGATIONS, obligation(s.group(), null, "--06-10"), s.plan());
        createId(EXTENSIONS, extension(periodIds(id).get(0), unit, "2024-06-30"), id);
        api().header("If-Match", "\"0\"").body(obligation(s.group(), null, "--07-15"))
                .when().put(OBLIGATION, s.plan(), id).then()
                .statusCode(409).body("type", equalTo("/problems/extension-invalidated"));
        api().when().get(PERIODS, id).then().statusCode(200).body("items.dueDate", contains("2024-06-10"));
    }

    @Test
    void shouldReturn409WhenAPlansShorterPeriodWouldDropAPeriodThatHasExtensions() {
        Setting s = Setting.create(2024, 2025);
        String unit = department(s.province());
        String id = createId(OBLIGATIONS, obligation(s.group(), null, "--06-10"), s.plan());
        createId(EXTENSIONS, extension(periodIds(id).get(1), unit, "2025-06-30"), id);
        api().header("If-Match", "\"0\"").body(PlanFixtures.planBody(s.province(), 2024, 2024))
                .when().put(PlanFixtures.PLANS + "/{id}", s.plan()).then()
                .statusCode(409).body("type", equalTo("/problems/period-in-use"));
        api().when().get(PlanFixtures.PLANS + "/{id}", s.plan()).then().statusCode(200).body("periodEnd", equalTo(2025));
    }

    @Test
    void shouldUpdateWithIfMatchAndRejectStaleOrMissingVersions() {
        Setting s = Setting.create(2024, 2024);
        String id = createId(OBLIGATIONS, obligation(s.group(), "2024-04-10", null), s.plan());
        var change = obligation(s.group(), "2024-04-15", null);
        change.put("title", "Gửi kế hoạch thực hiện công tác dân vận chính quyền năm 2024");
        change.put("graceDays", 3);
        api().header("If-Match", "\"0\"").body(change).when().put(OBLIGATION, s.plan(), id).then()
                .statusCode(200).header("ETag", "\"1\"")
                .body("title", equalTo("Gửi kế hoạch thực hiện công tác dân vận chính quyền năm 2024"))
                .body("graceDays", equalTo(3));
        api().header("If-Match", "\"0\"").body(change).when().put(OBLIGATION, s.plan(), id).then()
                .statusCode(412).body("type", equalTo("/problems/stale-version"));
        api().body(change).when().put(OBLIGATION, s.plan(), id).then()
                .statusCode(428).body("type", equalTo("/problems/precondition-required"));
        api().header("If-Match", "\"1\"").body(obligation(s.group(), null, null)).when()
                .put(OBLIGATION, s.plan(), id).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", contains("dueDate"));
        api().when().get(PERIODS, id).then().statusCode(200).body("items.dueDate", contains("2024-04-15"));
    }

    @Test
    void shouldDeleteWithIfMatchTogetherWithItsPeriodsAndExtensions() {
        Setting s = Setting.create(2024, 2024);
        String unit = department(s.province());
        String id = createId(OBLIGATIONS, obligation(s.group(), "2024-04-10", null), s.plan());
        createId(EXTENSIONS, extension(periodIds(id).get(0), unit, "2024-04-20"), id);

        api().when().delete(OBLIGATION, s.plan(), id).then()
                .statusCode(428).body("type", equalTo("/problems/precondition-required"));
        api().header("If-Match", "\"4\"").when().delete(OBLIGATION, s.plan(), id).then()
                .statusCode(412).body("type", equalTo("/problems/stale-version"));
        api().header("If-Match", etag(OBLIGATION, s.plan(), id)).when().delete(OBLIGATION, s.plan(), id).then()
                .statusCode(204);
        api().when().get(OBLIGATION, s.plan(), id).then().statusCode(404).body("type", equalTo("/problems/not-found"));
        api().when().get(PERIODS, id).then().statusCode(404).body("type", equalTo("/problems/not-found"));
        api().when().get(EXTENSIONS, id).then().statusCode(404).body("type", equalTo("/problems/not-found"));
    }

    @Test
    void shouldReturn404ForAnObligationOfAnotherPlanOrAnUnknownOne() {
        Setting s = Setting.create(2024, 2024);
        Setting other = Setting.create(2024, 2024);
        String id = createId(OBLIGATIONS, obligation(s.group(), "2024-04-10", null), s.plan());
        api().when().get(OBLIGATION, other.plan(), id).then()
                .statusCode(404).body("type", equalTo("/problems/not-found"));
        api().header("If-Match", "\"0\"").body(obligation(other.group(), "2024-05-10", null))
                .when().put(OBLIGATION, other.plan(), id).then()
                .statusCode(404).body("type", equalTo("/problems/not-found"));
        api().header("If-Match", "\"0\"").when().delete(OBLIGATION, other.plan(), id).then()
                .statusCode(404).body("type", equalTo("/problems/not-found"));
        api().when().get(OBLIGATION, s.plan(), id).then().statusCode(200).body("dueDate", equalTo("2024-04-10"));

        String unknown = UUID.randomUUID().toString();
        api().when().get(OBLIGATION, s.plan(), unknown).then()
                .statusCode(404).body("type", equalTo("/problems/not-found"));
        api().when().get(OBLIGATIONS, unknown).then().statusCode(404).body("type", equalTo("/problems/not-found"));
        api().body(obligation(s.group(), "2024-04-10", null)).when().post(OBLIGATIONS, unknown).then()
                .statusCode(404).body("type", equalTo("/problems/not-found"));
    }

    @Test
    void shouldReturn404ForThePeriodsOfAnUnknownObligation() {
        api().when().get(PERIODS, UUID.randomUUID().toString()).then()
                .statusCode(404).body("type", equalTo("/problems/not-found"));
        api().when().get(PERIODS, "not-an-id").then()
                .statusCode(404).body("type", equalTo("/problems/not-found"));
    }

    @Test
    void shouldRefuseToAddChangeOrDeleteObligationsOfAClosedPlan() {
        String province = province();
        String group = departmentsOf(province);
        String plan = identifiedPlan(province, 2024);
        String id = createId(OBLIGATIONS, obligation(group, "2024-04-10", null), plan);
        issueAndClose(plan);

        api().body(obligation(group, "2024-05-10", null)).when().post(OBLIGATIONS, plan).then()
                .statusCode(409).body("type", equalTo("/problems/plan-closed"));
        api().header("If-Match", "\"0\"").body(obligation(group, "2024-05-10", null))
                .when().put(OBLIGATION, plan, id).then()
                .statusCode(409).body("type", equalTo("/problems/plan-closed"));
        api().header("If-Match", "\"0\"").when().delete(OBLIGATION, plan, id).then()
                .statusCode(409).body("type", equalTo("/problems/plan-closed"));
        api().when().get(PERIODS, id).then().statusCode(200).body("items.dueDate", contains("2024-04-10"));
    }

    @Test
    void shouldReturn415ForANonJsonBody() {
        Setting s = Setting.create(2024, 2024);
        api().contentType("text/plain").body("Báo cáo").when().post(OBLIGATIONS, s.plan()).then()
                .statusCode(415).body("type", equalTo("/problems/unsupported-media-type"));
    }

    // ---- extensions ----

    @Test
    void shouldGrantAUnitOfTheGroupALaterDueDate() {
        Setting s = Setting.create(2022, 2026);
        String unit = department(s.province());
        String id = createId(OBLIGATIONS, obligation(s.group(), null, "--06-10"), s.plan());
        String period2024 = periodIds(id).get(2);
        var created = api().body(extension(period2024, unit, "2024-06-20")).when().post(EXTENSIONS, id).then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("obligationId", equalTo(id))
                .body("periodId", equalTo(period2024))
                .body("unitId", equalTo(unit))
                .body("dueDate", equalTo("2024-06-20"))
                .body("reason", equalTo("Đơn vị đang kiện toàn tổ chức bộ máy"))
                .body("version", equalTo(0))
                .extract();
        assertThat(created.header("Location"))
                .endsWith("/api/v1/obligations/" + id + "/extensions/" + created.path("id"));
    }

    @Test
    void shouldListExtensionsByPeriodThenUnit() {
        Setting s = Setting.create(2023, 2024);
        String second = createId(UNITS, unit("Sở Y tế " + UUID.randomUUID(), "DEPARTMENT", s.province()));
        String first = createId(UNITS, unit("Sở Tài chính " + UUID.randomUUID(), "DEPARTMENT", s.province()));
        String id = createId(OBLIGATIONS, obligation(s.group(), null, "--12-05"), s.plan());
        List<String> periods = periodIds(id);
        String late = createId(EXTENSIONS, extension(periods.get(1), first, "2024-12-20"), id);
        String b = createId(EXTENSIONS, extension(periods.get(0), second, "2023-12-20"), id);
        String a = createId(EXTENSIONS, extension(periods.get(0), first, "2023-12-15"), id);

        api().when().get(EXTENSIONS, id).then()
                .statusCode(200).body("items.id", contains(a, b, late)).body("totalItems", equalTo(3));
        api().queryParam("size", 1).queryParam("page", 2).when().get(EXTENSIONS, id).then()
                .statusCode(200).body("items.id", contains(late));
        api().when().get(EXTENSIONS, UUID.randomUUID().toString()).then()
                .statusCode(404).body("type", equalTo("/problems/not-found"));
    }

    @Test
    void shouldReturn400WhenTheUnitIsNotInTheGroupOnThePeriodsDueDate() {
        Setting s = Setting.create(2024, 2025);
        String id = createId(OBLIGATIONS, obligation(s.group(), null, "--06-10"), s.plan());
        List<String> periods = periodIds(id);

        String elsewhere = department(province());
        String commune = createId(UNITS, unit(unique("UBND xã"), "COMMUNE", s.province()));
        var merged = unit(unique("Sở Kế hoạch và Đầu tư"), "DEPARTMENT", s.province());
        merged.put("validTo", "2025-02-28");
        String gone = createId(UNITS, merged);
        for (String unit : new String[] {elsewhere, commune, gone}) {
            api().body(extension(periods.get(1), unit, "2025-06-30")).when().post(EXTENSIONS, id).then()
                    .statusCode(400).body("type", equalTo("/problems/validation"))
                    .body("violations.field", contains("unitId"));
        }
        // the merged department still owed the 2024 period
        api().body(extension(periods.get(0), gone, "2024-06-30")).when().post(EXTENSIONS, id).then()
                .statusCode(201);
        api().body(extension(periods.get(0), UUID.randomUUID().toString(), "2024-06-30")).when()
                .post(EXTENSIONS, id).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", contains("unitId"));
    }

    @Test
    void shouldGrantAnExplicitMemberOfTheGroupAnExtension() {
        Setting s = Setting.create(2024, 2024);
        String partyBody = createId(UNITS, unit(unique("Ban Dân vận Tỉnh ủy"), "PARTY_BODY", province()));
        String group = createId(PlanFixtures.GROUPS, Map.of("name", unique("Các cơ quan"), "memberIds",
                List.of(partyBody)));
        String id = createId(OBLIGATIONS, obligation(group, "2024-04-10", null), s.plan());
        api().body(extension(periodIds(id).get(0), partyBody, "2024-04-11")).when().post(EXTENSIONS, id).then()
                .statusCode(201).body("unitId", equalTo(partyBody));
    }

    @Test
    void shouldReturn400WhenTheNewDueDateIsNotAfterThePeriodsDueDate() {
        Setting s = Setting.create(2024, 2024);
        String unit = department(s.province());
        String id = createId(OBLIGATIONS, obligation(s.group(), "2024-04-10", null), s.plan());
        String period = periodIds(id).get(0);
        for (String dueDate : new String[] {"2024-04-10", "2024-04-01"}) {
            api().body(extension(period, unit, dueDate)).when().post(EXTENSIONS, id).then()
                    .statusCode(400).body("type", equalTo("/problems/validation"))
                    .body("violations.field", contains("dueDate"));
        }
        api().body(extension(period, unit, "2024-04-11")).when().post(EXTENSIONS, id).then().statusCode(201);
    }

    @Test
    void shouldReturn400ForAnUnknownPeriodOrAPeriodOfAnotherObligation() {
        Setting s = Setting.create(2024, 2024);
        String unit = department(s.province());
        String id = createId(OBLIGATIONS, obligation(s.group(), "2024-04-10", null), s.plan());
        String otherObligation = createId(OBLIGATIONS, obligation(s.group(), "2024-05-10", null), s.plan());
        String foreignPeriod = periodIds(otherObligation).get(0);
        for (String period : new String[] {UUID.randomUUID().toString(), "not-an-id", foreignPeriod}) {
            api().body(extension(period, unit, "2024-06-30")).when().post(EXTENSIONS, id).then()
                    .statusCode(400).body("type", equalTo("/problems/validation"))
                    .body("violations.field", contains("periodId"));
        }
        api().body(Map.of("reason", "")).when().post(EXTENSIONS, id).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", hasItem("periodId")).body("violations.field", hasItem("unitId"))
                .body("violations.field", hasItem("dueDate")).body("violations.field", hasItem("reason"));
        api().when().get(EXTENSIONS, id).then().statusCode(200).body("items", empty());
    }

    @Test
    void shouldReturn404WhenExtendingAnUnknownObligation() {
        api().body(extension(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "2024-06-30")).when()
                .post(EXTENSIONS, UUID.randomUUID().toString()).then()
                .statusCode(404).body("type", equalTo("/problems/not-found"));
    }

    @Test
    void shouldReturn409ForASecondExtensionOfTheSameUnitAndPeriod() {
        Setting s = Setting.create(2024, 2024);
        String unit = department(s.province());
        String id = createId(OBLIGATIONS, obligation(s.group(), "2024-04-10", null), s.plan());
        String period = periodIds(id).get(0);
        createId(EXTENSIONS, extension(period, unit, "2024-04-20"), id);
        api().body(extension(period, unit, "2024-04-30")).when().post(EXTENSIONS, id).then()
                .statusCode(409).body("type", equalTo("/problems/duplicate-extension"));
        api().when().get(EXTENSIONS, id).then().statusCode(200).body("items.dueDate", contains("2024-04-20"));
        api().body(extension(period, department(s.province()), "2024-04-30")).when().post(EXTENSIONS, id).then()
                .statusCode(201);
    }

    @Test
    void shouldWithdrawAnExtensionWithIfMatchAndRejectStaleOrMissingVersions() {
        Setting s = Setting.create(2024, 2024);
        String unit = department(s.province());
        String id = createId(OBLIGATIONS, obligation(s.group(), "2024-04-10", null), s.plan());
        String period = periodIds(id).get(0);
        String extension = createId(EXTENSIONS, extension(period, unit, "2024-04-20"), id);

        api().when().delete(EXTENSION, id, extension).then()
                .statusCode(428).body("type", equalTo("/problems/precondition-required"));
        api().header("If-Match", "\"1\"").when().delete(EXTENSION, id, extension).then()
                .statusCode(412).body("type", equalTo("/problems/stale-version"));
        api().header("If-Match", "\"0\"").when().delete(EXTENSION, id, extension).then().statusCode(204);
        api().when().get(EXTENSIONS, id).then().statusCode(200).body("items", empty());
        api().header("If-Match", "\"0\"").when().delete(EXTENSION, id, extension).then()
                .statusCode(404).body("type", equalTo("/problems/not-found"));
        // withdrawn, the unit may be granted another one
        createId(EXTENSIONS, extension(period, unit, "2024-04-25"), id);
    }

    @Test
    void shouldReturn404WhenWithdrawingAnExtensionThroughAnotherObligation() {
        Setting s = Setting.create(2024, 2024);
        String unit = department(s.province());
        String id = createId(OBLIGATIONS, obligation(s.group(), "2024-04-10", null), s.plan());
        String other = createId(OBLIGATIONS, obligation(s.group(), "2024-05-10", null), s.plan());
        String extension = createId(EXTENSIONS, extension(periodIds(id).get(0), unit, "2024-04-20"), id);
        api().header("If-Match", "\"0\"").when().delete(EXTENSION, other, extension).then()
                .statusCode(404).body("type", equalTo("/problems/not-found"));
        api().when().get(EXTENSIONS, id).then().statusCode(200).body("items.id", contains(extension));
    }

    @Test
    void shouldKeepAnExtensionWhenItsPeriodSurvivesARescheduling() {
        Setting s = Setting.create(2024, 2025);
        String unit = department(s.province());
        String id = createId(OBLIGATIONS, obligation(s.group(), null, "--06-10"), s.plan());
        String period2024 = periodIds(id).get(0);
        String extension = createId(EXTENSIONS, extension(period2024, unit, "2024-06-30"), id);
        api().header("If-Match", "\"0\"").body(obligation(s.group(), null, "--06-15"))
                .when().put(OBLIGATION, s.plan(), id).then().statusCode(200);
        api().when().get(EXTENSIONS, id).then().statusCode(200)
                .body("items.id", contains(extension)).body("items.periodId", contains(period2024));
    }

    @Test
    void shouldRefuseToGrantOrWithdrawExtensionsOnAClosedPlan() {
        String province = province();
        String unit = department(province);
        String plan = identifiedPlan(province, 2024);
        String id = createId(OBLIGATIONS, obligation(departmentsOf(province), "2024-04-10", null), plan);
        String period = periodIds(id).get(0);
        String extension = createId(EXTENSIONS, extension(period, unit, "2024-04-20"), id);
        issueAndClose(plan);

        api().body(extension(period, department(province), "2024-04-20")).when().post(EXTENSIONS, id).then()
                .statusCode(409).body("type", equalTo("/problems/plan-closed"));
        api().header("If-Match", "\"0\"").when().delete(EXTENSION, id, extension).then()
                .statusCode(409).body("type", equalTo("/problems/plan-closed"));
    }
}
