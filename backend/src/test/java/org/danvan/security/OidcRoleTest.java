package org.danvan.security;

import static org.danvan.common.Api.admin;
import static org.danvan.common.Api.anonymous;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.util.Map;
import org.danvan.plan.PlanFixtures;
import org.junit.jupiter.api.Test;

/**
 * Single sign-on: the province's provider vouches for the person, two claims of its token name the
 * danvan role and unit (the provider is stood in for by Quarkus' test security, as no provider runs here).
 */
@QuarkusTest
class OidcRoleTest {

    static final String UNIT_CODE = "TN.OIDC.SSO";

    static String unitWithCode() {
        var found = admin().queryParam("q", UNIT_CODE).when().get("/api/v1/org-units").then().statusCode(200)
                .extract().jsonPath().getList("items.id", String.class);
        if (!found.isEmpty()) {
            return found.get(0);
        }
        Map<String, Object> unit = org.danvan.common.Api.unit("Sở Nội vụ (SSO)", "DEPARTMENT", PlanFixtures.province());
        unit.put("code", UNIT_CODE);
        return admin().body(unit).when().post("/api/v1/org-units").then().statusCode(201).extract().path("id");
    }

    @Test
    @TestSecurity(user = "nguyen.van.a", augmentors = OidcRoleAugmentor.class)
    @OidcSecurity(claims = {@Claim(key = "danvan_role", value = "REPORTER"), @Claim(key = "danvan_unit", value = UNIT_CODE),
            @Claim(key = "name", value = "Nguyễn Văn A")})
    void shouldTakeTheRoleAndUnitFromTheTokensClaims() {
        String unit = unitWithCode();
        anonymous().when().get("/api/v1/me").then().statusCode(200).body("username", equalTo("nguyen.van.a"))
                .body("role", equalTo("REPORTER")).body("unitId", equalTo(unit))
                .body("displayName", equalTo("Nguyễn Văn A")).body("authMethod", equalTo("OIDC"));
        anonymous().when().get("/api/v1/accounts").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "tran.thi.b", roles = "ADMIN", augmentors = OidcRoleAugmentor.class)
    @OidcSecurity(claims = @Claim(key = "danvan_role", value = "LEADER"))
    void shouldIgnoreTheProvidersOwnGroups() {
        anonymous().when().get("/api/v1/me").then().statusCode(200).body("role", equalTo("LEADER"));
        anonymous().when().get("/api/v1/accounts").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "le.van.c", augmentors = OidcRoleAugmentor.class)
    @OidcSecurity(claims = @Claim(key = "danvan_role", value = "SUPERUSER"))
    void shouldNotSignInWithoutAKnownRole() {
        anonymous().when().get("/api/v1/me").then().statusCode(401);
    }
}
