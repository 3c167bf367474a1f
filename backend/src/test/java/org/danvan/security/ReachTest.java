package org.danvan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.danvan.common.Api.admin;
import static org.danvan.common.Api.api;
import static org.danvan.security.AuthorizationWorld.ACCOUNTS;
import static org.danvan.security.AuthorizationWorld.PLAN;
import static org.danvan.security.AuthorizationWorld.SUBMISSION;
import static org.danvan.security.AuthorizationWorld.SUBMISSIONS;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.danvan.common.Api;
import org.danvan.common.TestAccounts;
import org.junit.jupiter.api.Test;

/**
 * What an account reaches: a coordinator or a leader its province (or the unit an admin names), a
 * national one every province; the review queue, the actions and the report's unit lists keep to it.
 * Two provinces, A and B, each with the world of {@link AuthorizationWorld}.
 */
@QuarkusTest
class ReachTest {

    @Test
    void shouldShowEachAccountsReach() {
        AuthorizationWorld a = new AuthorizationWorld();
        String coordinator = createAccount("COORDINATOR", a.ownUnit(), null);
        admin().when().get(ACCOUNTS + "/{id}", coordinator).then().statusCode(200)
                .body("reachUnitId", nullValue()).body("reach.allUnits", equalTo(false))
                .body("reach.unitId", equalTo(a.province()));
        String named = createAccount("LEADER", a.ownUnit(), a.otherUnit());
        admin().when().get(ACCOUNTS + "/{id}", named).then().statusCode(200)
                .body("reachUnitId", equalTo(a.otherUnit())).body("reach.unitId", equalTo(a.otherUnit()));
        String reporter = createAccount("REPORTER", a.ownUnit(), null);
        admin().when().get(ACCOUNTS + "/{id}", reporter).then().statusCode(200)
                .body("reach.unitId", equalTo(a.ownUnit()));
        String national = createAccount("COORDINATOR", null, null);
        admin().when().get(ACCOUNTS + "/{id}", national).then().statusCode(200)
                .body("reach.allUnits", equalTo(true)).body("reach.unitId", nullValue());

        Api.as(Api.accountOf(Role.COORDINATOR, a.ownUnit())).when().get("/api/v1/me").then().statusCode(200)
                .body("reach.allUnits", equalTo(false)).body("reach.unitId", equalTo(a.province()));
        api().when().get("/api/v1/me").then().statusCode(200).body("reach.allUnits", equalTo(true));
    }

    @Test
    void shouldRefuseAReachUnitToAReporterAndAnUnknownOne() {
        AuthorizationWorld a = new AuthorizationWorld();
        admin().body(accountBody("REPORTER", a.ownUnit(), a.province())).when().post(ACCOUNTS).then()
                .statusCode(400).body("violations.field", hasItem("reachUnitId"));
        admin().body(accountBody("COORDINATOR", a.ownUnit(), "no-such-unit")).when().post(ACCOUNTS).then()
                .statusCode(400).body("violations.field", hasItem("reachUnitId"));
    }

    @Test
    void shouldKeepTheReviewQueueAndItsActionsToTheProvince() {
        AuthorizationWorld a = new AuthorizationWorld();
        AuthorizationWorld b = new AuthorizationWorld();
        String submittedA = a.submitted();
        String submittedB = b.submitted();
        String coordinatorA = Api.accountOf(Role.COORDINATOR, a.ownUnit());

        List<String> queue = Api.as(coordinatorA).queryParam("status", "SUBMITTED").queryParam("size", 100).when()
                .get(SUBMISSIONS).then().statusCode(200).extract().path("items.id");
        assertThat(queue).containsExactly(submittedA);
        List<String> nationalB = api().queryParam("planId", b.plan()).queryParam("status", "SUBMITTED").when()
                .get(SUBMISSIONS).then().statusCode(200).extract().path("items.id");
        assertThat(nationalB).containsExactly(submittedB);

        Api.as(coordinatorA).when().get(SUBMISSION, submittedB).then().statusCode(404)
                .body("type", equalTo("/problems/not-found"));
        Api.as(coordinatorA).when().post(SUBMISSION + "/accept", submittedB).then().statusCode(404);
        Api.as(coordinatorA).body(Map.of("reason", "Bổ sung tài liệu kiểm chứng.")).when()
                .post(SUBMISSION + "/return", submittedB).then().statusCode(404);
        api().when().get(SUBMISSION, submittedB).then().statusCode(200).body("status", equalTo("SUBMITTED"));
        Api.as(coordinatorA).when().post(SUBMISSION + "/accept", submittedA).then().statusCode(200)
                .body("status", equalTo("ACCEPTED"));
    }

    @Test
    void shouldReachTheNamedUnitOnlyAndListOnlyItsUnitsBehindAFigure() {
        AuthorizationWorld a = new AuthorizationWorld();
        AuthorizationWorld b = new AuthorizationWorld();
        String submittedA = a.submitted();
        String submittedB = b.submitted();
        // working in province B, named to reach one department of A
        String id = createAccount("LEADER", b.ownUnit(), a.ownUnit());
        String leader = (String) admin().when().get(ACCOUNTS + "/{id}", id).then().statusCode(200).extract()
                .path("username");
        Api.as(leader).when().get(SUBMISSION, submittedA).then().statusCode(200);
        Api.as(leader).when().get(SUBMISSION, submittedB).then().statusCode(404);

        // A's plan is issued above the named unit, so it is seen; of its two departments only the named one is listed
        String units = PLAN + "/completeness/{periodId}/units";
        List<String> national = api().when().get(units, a.plan(), a.period(1)).then().statusCode(200).extract()
                .path("items.unitId");
        assertThat(national).containsExactlyInAnyOrder(a.ownUnit(), a.otherUnit());
        List<String> reached = Api.as(leader).when().get(units, a.plan(), a.period(1)).then().statusCode(200)
                .extract().path("items.unitId");
        assertThat(reached).containsExactly(a.ownUnit());
        Api.as(leader).when().get(PLAN, b.plan()).then().statusCode(404);
    }

    private static String createAccount(String role, String unitId, String reachUnitId) {
        return admin().body(accountBody(role, unitId, reachUnitId)).when().post(ACCOUNTS).then().statusCode(201)
                .extract().path("id");
    }

    private static Map<String, Object> accountBody(String role, String unitId, String reachUnitId) {
        Map<String, Object> body = new HashMap<>(AuthorizationWorld.accountBody(role, unitId));
        body.put("password", TestAccounts.PASSWORD);
        body.put("reachUnitId", reachUnitId);
        return body;
    }
}
