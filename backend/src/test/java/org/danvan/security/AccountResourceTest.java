package org.danvan.security;

import static org.danvan.common.Api.admin;
import static org.danvan.common.Api.api;
import static org.danvan.common.Api.etag;
import static org.danvan.security.SignInTest.ACCOUNTS;
import static org.danvan.security.SignInTest.account;
import static org.danvan.security.SignInTest.username;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.danvan.common.TestAccounts;
import org.danvan.plan.PlanFixtures;
import org.junit.jupiter.api.Test;

/** Admins manage accounts: create, list, change role and unit, disable, reset the password. */
@QuarkusTest
class AccountResourceTest {

    static Map<String, Object> update(String role, String unitId, boolean enabled) {
        Map<String, Object> body = new HashMap<>();
        body.put("displayName", "Văn phòng UBND xã Hưng Điền");
        body.put("role", role);
        body.put("unitId", unitId);
        body.put("enabled", enabled);
        return body;
    }

    @Test
    void shouldCreateReadListAndChangeAnAccount() {
        String unit = PlanFixtures.department(PlanFixtures.province());
        String name = username("xa.hungdien");
        String id = account(name, "REPORTER", unit);
        admin().when().get(ACCOUNTS + "/{id}", id).then().statusCode(200).header("ETag", "\"0\"")
                .body("username", equalTo(name)).body("role", equalTo("REPORTER")).body("unitId", equalTo(unit))
                .body("enabled", equalTo(true));
        admin().queryParam("q", "tai khoan " + name).when().get(ACCOUNTS).then().statusCode(200)
                .body("items.id", hasItem(id));
        admin().queryParam("role", "REPORTER").queryParam("unitId", unit).when().get(ACCOUNTS).then().statusCode(200)
                .body("items.id", hasItem(id)).body("totalItems", equalTo(1));

        admin().header("If-Match", etag(ACCOUNTS + "/{id}", id)).body(update("LEADER", null, true))
                .when().put(ACCOUNTS + "/{id}", id).then().statusCode(200).body("role", equalTo("LEADER"))
                .body("version", equalTo(1));
        admin().header("If-Match", "\"0\"").body(update("LEADER", null, true))
                .when().put(ACCOUNTS + "/{id}", id).then().statusCode(412);
    }

    @Test
    void shouldRefuseADuplicateNameAReporterWithoutUnitAndAnApiClientRole() {
        String name = username("dup");
        account(name, "LEADER", null);
        Map<String, Object> body = new HashMap<>(update("LEADER", null, true));
        body.put("username", name);
        body.put("password", TestAccounts.PASSWORD);
        admin().body(body).when().post(ACCOUNTS).then().statusCode(409)
                .body("type", equalTo("/problems/duplicate-username"));

        body.put("username", username("nounit"));
        body.put("role", "REPORTER");
        admin().header("Accept-Language", "en").body(body).when().post(ACCOUNTS).then().statusCode(400)
                .body("violations.field", hasItem("unitId"))
                .body("violations.message", hasItem("a reporter account needs a unit"));
        body.put("role", "API_CLIENT");
        admin().body(body).when().post(ACCOUNTS).then().statusCode(400).body("violations.field", hasItem("role"));
        body.put("role", "LEADER");
        body.put("password", "short");
        admin().body(body).when().post(ACCOUNTS).then().statusCode(400).body("violations.field", hasItem("password"));
        body.put("password", TestAccounts.PASSWORD);
        body.put("username", "Có Dấu");
        admin().body(body).when().post(ACCOUNTS).then().statusCode(400).body("violations.field", hasItem("username"));
    }

    @Test
    void shouldNotLetAnAdminLockThemselvesOut() {
        String name = username("admin2");
        String id = account(name, "ADMIN", null);
        org.danvan.common.Api.as(name).header("If-Match", etag(ACCOUNTS + "/{id}", id))
                .body(update("ADMIN", null, false)).when().put(ACCOUNTS + "/{id}", id).then().statusCode(409)
                .body("type", equalTo("/problems/own-account"));
        org.danvan.common.Api.as(name).header("If-Match", etag(ACCOUNTS + "/{id}", id))
                .body(update("LEADER", null, true)).when().put(ACCOUNTS + "/{id}", id).then().statusCode(409);
    }

    @Test
    void shouldLeaveAccountsToAdmins() {
        api().when().get(ACCOUNTS).then().statusCode(403).body("type", equalTo("/problems/forbidden"));
        admin().when().get(ACCOUNTS + "/{id}", "no-such-id").then().statusCode(404);
    }
}
