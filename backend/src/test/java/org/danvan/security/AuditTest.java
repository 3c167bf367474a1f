package org.danvan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.danvan.common.Api.admin;
import static org.danvan.common.Api.api;
import static org.danvan.common.Api.as;
import static org.danvan.common.Api.etag;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.danvan.common.TestAccounts;
import org.danvan.plan.PlanFixtures;
import org.junit.jupiter.api.Test;

/** Every change leaves an audit event with its actor, request and diff; a failed change leaves none. */
@QuarkusTest
class AuditTest {

    static final String EVENTS = "/api/v1/audit-events";

    static JsonPath events(String entityType, String entityId) {
        return api().queryParam("entityType", entityType).queryParam("entityId", entityId).queryParam("size", 100)
                .when().get(EVENTS).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void shouldRecordCreateUpdateAndDeleteWithTheActorTheRequestAndTheChangedFields() {
        String issuer = PlanFixtures.province();
        Map<String, Object> body = PlanFixtures.planBody(issuer, 2026, 2026);
        String planId = api().header("X-Request-Id", "audit-create-1").body(body).when().post("/api/v1/plans")
                .then().statusCode(201).extract().path("id");
        JsonPath created = events("Plan", planId);
        assertThat(created.getList("items.action")).containsExactly("CREATE");
        assertThat(created.getString("items[0].actor")).isEqualTo(TestAccounts.COORDINATOR);
        assertThat(created.getString("items[0].requestId")).isEqualTo("audit-create-1");
        assertThat(created.getString("items[0].changes.title.after")).isEqualTo(body.get("title"));
        assertThat(created.getString("items[0].changes.issuer.after")).isEqualTo(issuer);
        assertThat((Object) created.get("items[0].changes.title.before")).isNull();

        Map<String, Object> changed = new java.util.HashMap<>(body);
        changed.put("title", "Kế hoạch đã sửa tên");
        api().header("If-Match", etag("/api/v1/plans/{id}", planId)).body(changed).when()
                .put("/api/v1/plans/{id}", planId).then().statusCode(200);
        JsonPath updated = events("Plan", planId);
        assertThat(updated.getList("items.action")).containsExactly("UPDATE", "CREATE");
        assertThat(updated.getMap("items[0].changes")).containsOnlyKeys("title");
        assertThat(updated.getString("items[0].changes.title.before")).isEqualTo(body.get("title"));
        assertThat(updated.getString("items[0].changes.title.after")).isEqualTo("Kế hoạch đã sửa tên");

        api().header("If-Match", etag("/api/v1/plans/{id}", planId)).when().delete("/api/v1/plans/{id}", planId)
                .then().statusCode(204);
        JsonPath deleted = events("Plan", planId);
        assertThat(deleted.getList("items.action")).containsExactly("DELETE", "UPDATE", "CREATE");
        assertThat(deleted.getString("items[0].changes.title.before")).isEqualTo("Kế hoạch đã sửa tên");
        assertThat((Object) deleted.get("items[0].changes.title.after")).isNull();
    }

    @Test
    void shouldRecordEveryWorkflowTransitionWithItsActor() {
        String province = PlanFixtures.province();
        String unit = PlanFixtures.department(province);
        String group = PlanFixtures.departmentsOf(province);
        String plan = PlanFixtures.plan(province, 2099, 2099);
        String period = PlanFixtures.onlyPeriod(PlanFixtures.obligation(plan, group, "2099-12-31"));
        String reporter = org.danvan.common.Api.reporterOf(unit);
        String submission = as(reporter).body(Map.of("periodId", period, "unitId", unit)).when()
                .post("/api/v1/submissions").then().statusCode(201).extract().path("id");
        as(reporter).body("{}").when().post("/api/v1/submissions/{id}/submit", submission).then().statusCode(200);
        api().body(Map.of("reason", "Thiếu số liệu")).when().post("/api/v1/submissions/{id}/return", submission)
                .then().statusCode(200);

        JsonPath trail = events("Submission", submission);
        assertThat(trail.getList("items.action")).containsExactly("TRANSITION", "TRANSITION", "CREATE");
        assertThat(trail.getList("items.actor")).containsExactly(TestAccounts.COORDINATOR, reporter, reporter);
        assertThat(trail.getString("items[0].changes.status.before")).isEqualTo("SUBMITTED");
        assertThat(trail.getString("items[0].changes.status.after")).isEqualTo("RETURNED");
        assertThat(trail.getString("items[1].changes.status.before")).isEqualTo("DRAFT");
        assertThat(trail.getString("items[2].changes.status.after")).isEqualTo("DRAFT");
        // the create is written in plain SQL: its event still names every field it set, as a persist does
        assertThat(trail.getString("items[2].changes.unit.after")).isEqualTo(unit);
        assertThat(trail.getString("items[2].changes.period.after")).isEqualTo(period);
        assertThat(trail.getString("items[2].changes.planId.after")).isEqualTo(plan);
        assertThat(trail.getMap("items[2].changes")).doesNotContainKeys("version", "createdAt", "results");
    }

    @Test
    void shouldLeaveNoEventForAChangeThatFailed() {
        String issuer = PlanFixtures.province();
        String planId = PlanFixtures.plan(issuer, 2026, 2026);
        Map<String, Object> body = PlanFixtures.planBody(issuer, 2026, 2026);
        body.put("title", "Không được lưu");
        // stale version: 412
        api().header("If-Match", "\"7\"").body(body).when().put("/api/v1/plans/{id}", planId).then().statusCode(412);
        // invalid: 400
        Map<String, Object> invalid = new java.util.HashMap<>(body);
        invalid.put("periodEnd", 2020);
        api().header("If-Match", etag("/api/v1/plans/{id}", planId)).body(invalid).when()
                .put("/api/v1/plans/{id}", planId).then().statusCode(400);
        // refused by role: 403
        as(TestAccounts.LEADER).header("If-Match", etag("/api/v1/plans/{id}", planId)).body(body).when()
                .put("/api/v1/plans/{id}", planId).then().statusCode(403);
        assertThat(events("Plan", planId).getList("items.action")).containsExactly("CREATE");

        // a duplicate that the database refuses (409) after the change was flushed
        String code = PlanFixtures.unique("TN.DUP");
        Map<String, Object> unit = org.danvan.common.Api.unit("Sở Trùng mã", "DEPARTMENT", issuer);
        unit.put("code", code);
        admin().body(unit).when().post("/api/v1/org-units").then().statusCode(201);
        Instant before = Instant.now();
        admin().body(unit).when().post("/api/v1/org-units").then().statusCode(409);
        List<String> codes = api().queryParam("entityType", "OrgUnit").queryParam("from", before.toString())
                .queryParam("size", 500).when().get(EVENTS).then().statusCode(200).extract().jsonPath()
                .getList("items.changes.code.after");
        assertThat(codes).doesNotContain(code);
    }

    @Test
    void shouldHideSecretsAndFilterByActorAndTime() {
        Instant from = Instant.now();
        String name = SignInTest.username("secret");
        String id = SignInTest.account(name, "LEADER", null);
        JsonPath trail = events("Account", id);
        assertThat(trail.getString("items[0].changes.passwordHash.after")).isEqualTo("***");
        assertThat(trail.getString("items[0].actor")).isEqualTo(TestAccounts.ADMIN);

        api().queryParam("actor", TestAccounts.ADMIN).queryParam("from", from.toString()).queryParam("size", 500)
                .when().get(EVENTS).then().statusCode(200)
                .body("items.find { it.entityId == '" + id + "' }.action", equalTo("CREATE"));
        api().queryParam("actor", TestAccounts.ADMIN).queryParam("to", from.toString()).queryParam("size", 500)
                .when().get(EVENTS).then().statusCode(200)
                .body("items.find { it.entityId == '" + id + "' }", equalTo(null));
        api().queryParam("from", "yesterday").when().get(EVENTS).then().statusCode(400)
                .body("violations[0].field", equalTo("from"));
    }

    @Test
    void shouldShowTheTrailToCoordinatorsAndAdminsOnly() {
        admin().when().get(EVENTS).then().statusCode(200);
        as(TestAccounts.LEADER).when().get(EVENTS).then().statusCode(403);
        org.danvan.common.Api.anonymous().when().get(EVENTS).then().statusCode(401);
    }
}
