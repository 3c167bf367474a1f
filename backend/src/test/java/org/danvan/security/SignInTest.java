package org.danvan.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.danvan.common.Api.admin;
import static org.danvan.common.Api.anonymous;
import static org.danvan.common.Api.api;
import static org.danvan.common.Api.as;
import static org.danvan.common.Api.etag;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.danvan.common.TestAccounts;
import org.danvan.plan.PlanFixtures;
import org.junit.jupiter.api.Test;

/** Signing in: the SPA's form and cookie, API tokens, HTTP Basic, throttling, and what every answer carries. */
@QuarkusTest
class SignInTest {

    static final String ACCOUNTS = "/api/v1/accounts";
    static final String TOKENS = "/api/v1/api-tokens";

    /** A fresh account with the tests' password, answered as its id. */
    static String account(String username, String role, String unitId) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("displayName", "Tài khoản " + username);
        body.put("password", TestAccounts.PASSWORD);
        body.put("role", role);
        body.put("unitId", unitId);
        body.put("enabled", true);
        return admin().body(body).when().post(ACCOUNTS).then().statusCode(201).extract().path("id");
    }

    static String username(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36);
    }

    static Response signIn(String username, String password) {
        return given().formParam("j_username", username).formParam("j_password", password)
                .when().post("/j_security_check");
    }

    @Test
    void shouldSignInWithTheFormAndKeepAnEncryptedHttpOnlyStrictCookie() {
        String name = username("form");
        account(name, "LEADER", null);
        Response signedIn = signIn(name, TestAccounts.PASSWORD);
        assertThat(signedIn.statusCode()).isEqualTo(200);
        Cookie cookie = signedIn.getDetailedCookie("quarkus-credential");
        assertThat(cookie).isNotNull();
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getSameSite()).isEqualToIgnoringCase("Strict");
        assertThat(cookie.getValue()).doesNotContain(name);

        anonymous().cookie(cookie).when().get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo(name)).body("role", equalTo("LEADER")).body("authMethod", equalTo("FORM"));
        // signing out expires the cookie
        Response out = anonymous().cookie(cookie).when().post("/api/v1/logout");
        assertThat(out.statusCode()).isEqualTo(204);
        assertThat(out.getDetailedCookie("quarkus-credential").getMaxAge()).isZero();
    }

    @Test
    void shouldRefuseAWrongPasswordAnUnknownNameAndAnonymousCallsWithAProblem() {
        String name = username("wrong");
        account(name, "LEADER", null);
        assertThat(signIn(name, "not-the-password").statusCode()).isEqualTo(401);
        assertThat(signIn("no-such-account", "whatever-it-is").statusCode()).isEqualTo(401);
        anonymous().when().get("/api/v1/plans").then().statusCode(401)
                .contentType("application/problem+json").body("type", equalTo("/problems/unauthorized"));
        anonymous().auth().preemptive().basic(name, "not-the-password").when().get("/api/v1/plans")
                .then().statusCode(401).body("type", equalTo("/problems/unauthorized"));
    }

    @Test
    void shouldLockAnAccountAfterFiveFailuresInARowUntilAnAdminResetsItsPassword() {
        String name = username("locked");
        String id = account(name, "LEADER", null);
        for (int i = 0; i < 5; i++) {
            anonymous().auth().preemptive().basic(name, "guess-" + i).when().get("/api/v1/me").then().statusCode(401);
        }
        // the right password no longer opens it
        as(name).when().get("/api/v1/me").then().statusCode(401);
        assertThat(signIn(name, TestAccounts.PASSWORD).statusCode()).isEqualTo(401);
        admin().when().get(ACCOUNTS + "/{id}", id).then().statusCode(200).body("lockedUntil", not(nullValue()));

        admin().body(Map.of("password", TestAccounts.PASSWORD)).when().put(ACCOUNTS + "/{id}/password", id)
                .then().statusCode(204);
        as(name).when().get("/api/v1/me").then().statusCode(200).body("username", equalTo(name));
        admin().when().get(ACCOUNTS + "/{id}", id).then().statusCode(200).body("lockedUntil", nullValue());
    }

    @Test
    void shouldCountOnlyFailuresInARow() {
        String name = username("streak");
        account(name, "LEADER", null);
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 4; i++) {
                anonymous().auth().preemptive().basic(name, "guess").when().get("/api/v1/me").then().statusCode(401);
            }
            as(name).when().get("/api/v1/me").then().statusCode(200);
        }
    }

    @Test
    void shouldStopADisabledAccountAtOnceAlsoInAnOpenSession() {
        String name = username("disabled");
        String id = account(name, "LEADER", null);
        Cookie cookie = signIn(name, TestAccounts.PASSWORD).getDetailedCookie("quarkus-credential");
        anonymous().cookie(cookie).when().get("/api/v1/me").then().statusCode(200);

        Map<String, Object> update = new HashMap<>();
        update.put("displayName", "Tài khoản đã khóa");
        update.put("role", "LEADER");
        update.put("unitId", null);
        update.put("enabled", false);
        admin().header("If-Match", etag(ACCOUNTS + "/{id}", id)).body(update).when().put(ACCOUNTS + "/{id}", id)
                .then().statusCode(200).body("enabled", equalTo(false));

        anonymous().cookie(cookie).when().get("/api/v1/me").then().statusCode(401);
        as(name).when().get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void shouldSignInWithAnApiTokenActingAsItsAccountUntilRevoked() {
        String name = username("system");
        String accountId = account(name, "LEADER", null);
        Map<String, Object> create = Map.of("accountId", accountId, "name", "Hệ thống quản lý văn bản",
                "expiresAt", Instant.now().plus(30, ChronoUnit.DAYS).toString());
        Response made = admin().body(create).when().post(TOKENS);
        assertThat(made.statusCode()).isEqualTo(201);
        String token = made.path("token");
        String tokenId = made.path("id");
        assertThat(token).startsWith("dvt_").startsWith((String) made.path("prefix"));

        // shown once: the list never carries the secret
        admin().queryParam("accountId", accountId).when().get(TOKENS).then().statusCode(200)
                .body("items.id", hasItem(tokenId)).body("items[0].token", nullValue());

        anonymous().header("Authorization", "Bearer " + token).when().get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo(name)).body("role", equalTo("LEADER")).body("authMethod", equalTo("TOKEN"));
        // a leader's token reads but does not write
        anonymous().header("Authorization", "Bearer " + token).when().get("/api/v1/plans").then().statusCode(200);
        anonymous().header("Authorization", "Bearer " + token).body(PlanFixtures.planBody(PlanFixtures.province(), 2026, 2026))
                .when().post("/api/v1/plans").then().statusCode(403).body("type", equalTo("/problems/forbidden"));
        // an unknown token, then the same again answered from the look-up cache: 401 both times
        for (int i = 0; i < 2; i++) {
            anonymous().header("Authorization", "Bearer dvt_" + "x".repeat(43)).when().get("/api/v1/me").then()
                    .statusCode(401);
        }

        admin().when().delete(TOKENS + "/{id}", tokenId).then().statusCode(204);
        anonymous().header("Authorization", "Bearer " + token).when().get("/api/v1/me").then().statusCode(401);
        admin().queryParam("accountId", accountId).when().get(TOKENS).then().statusCode(200)
                .body("items[0].revokedAt", not(nullValue()));
    }

    @Test
    void shouldRefuseATokenForAnUnknownAccountOrBeyondTwoYears() {
        String accountId = account(username("limits"), "LEADER", null);
        admin().body(Map.of("accountId", "no-such-account", "name", "x", "expiresAt", "2027-01-01T00:00:00Z"))
                .when().post(TOKENS).then().statusCode(400).body("violations.field", hasItem("accountId"));
        admin().body(Map.of("accountId", accountId, "name", "x",
                        "expiresAt", Instant.now().plus(800, ChronoUnit.DAYS).toString()))
                .when().post(TOKENS).then().statusCode(400).body("violations.field", hasItem("expiresAt"));
        admin().body(Map.of("accountId", accountId, "name", "x", "expiresAt", "2020-01-01T00:00:00Z"))
                .when().post(TOKENS).then().statusCode(400).body("violations.field", hasItem("expiresAt"));
    }

    @Test
    void shouldRefuseACrossSiteChangeByItsOriginAndAllowTheServicesOwn() {
        String name = username("origin");
        account(name, "COORDINATOR", null);
        Cookie cookie = signIn(name, TestAccounts.PASSWORD).getDetailedCookie("quarkus-credential");
        // a page on another site posting with the signed-in browser's cookie
        given().cookie(cookie).header("Origin", "https://evil.example").contentType("application/json")
                .body(PlanFixtures.planBody(PlanFixtures.province(), 2026, 2026))
                .when().post("/api/v1/plans").then().statusCode(403);
        String self = io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port;
        anonymous().cookie(cookie).header("Origin", self).body(PlanFixtures.planBody(PlanFixtures.province(), 2026, 2026))
                .when().post("/api/v1/plans").then().statusCode(201);
    }

    @Test
    void shouldSendSecurityHeadersAndARequestIdOnEveryAnswer() {
        Response answer = api().header("X-Request-Id", "req-42.a").when().get("/api/v1/plans");
        assertThat(answer.header("X-Request-Id")).isEqualTo("req-42.a");
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(answer.header("Referrer-Policy")).isNotBlank();
        Response refused = anonymous().header("X-Request-Id", "<script>").when().get("/api/v1/plans");
        assertThat(refused.header("X-Request-Id")).doesNotContain("<").isNotBlank();
        assertThat(refused.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void shouldTellWhoIsSignedInWithTheirUnit() {
        String province = PlanFixtures.province();
        String unit = PlanFixtures.department(province);
        String name = username("reporter");
        account(name, "REPORTER", unit);
        as(name).when().get("/api/v1/me").then().statusCode(200).body("role", equalTo("REPORTER"))
                .body("unitId", equalTo(unit)).body("authMethod", equalTo("BASIC"));
    }
}
