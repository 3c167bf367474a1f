package org.danvan.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.danvan.common.TestAccounts;
import org.junit.jupiter.api.Test;

/** As in production: HTTP Basic is refused unless {@code danvan.auth.basic-enabled} says otherwise. */
@QuarkusTest
@TestProfile(BasicDisabledTest.Production.class)
class BasicDisabledTest {

    public static class Production implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("danvan.auth.basic-enabled", "false");
        }
    }

    @Test
    void shouldRefuseHttpBasicAndStillSignInWithTheForm() {
        given().auth().preemptive().basic(TestAccounts.COORDINATOR, TestAccounts.PASSWORD)
                .when().get("/api/v1/me").then().statusCode(401).contentType("application/problem+json");
        var cookie = given().formParam("j_username", TestAccounts.COORDINATOR)
                .formParam("j_password", TestAccounts.PASSWORD).when().post("/j_security_check")
                .then().statusCode(200).extract().detailedCookie("quarkus-credential");
        given().cookie(cookie).when().get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo(TestAccounts.COORDINATOR));
    }
}
