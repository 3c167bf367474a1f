package org.danvan.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SpaRoutingTest {

    @Test
    void shouldTreatOnlyTheSpasOwnAddressesAsPages() {
        assertThat(SpaRouting.isPageAddress("/plans")).isTrue();
        assertThat(SpaRouting.isPageAddress("/plans/0195f0c2-7a1e-7c3a-9f51-2b7d1c4e8c01/completeness")).isTrue();
        assertThat(SpaRouting.isPageAddress("/my-unit/submissions/abc")).isTrue();

        assertThat(SpaRouting.isPageAddress("/")).isFalse();
        assertThat(SpaRouting.isPageAddress("/index.html")).isFalse();
        assertThat(SpaRouting.isPageAddress("/api/v1/plans")).isFalse();
        assertThat(SpaRouting.isPageAddress("/api")).isFalse();
        assertThat(SpaRouting.isPageAddress("/q/health/ready")).isFalse();
        assertThat(SpaRouting.isPageAddress("/j_security_check")).isFalse();
        assertThat(SpaRouting.isPageAddress("/assets/index-abc.js")).isFalse();
        assertThat(SpaRouting.isPageAddress("/favicon.svg")).isFalse();
    }

    @Test
    void shouldAnswerADeepLinkWithTheSpasIndexPage() {
        // the SPA is in the jar when the frontend module was built first (mvn verify at the root)
        Response index = given().when().get("/index.html");
        Response deepLink = given().when().get("/plans/0195f0c2-7a1e-7c3a-9f51-2b7d1c4e8c01?tab=targets");
        assertThat(deepLink.statusCode()).isEqualTo(index.statusCode());
        if (index.statusCode() == 200) {
            assertThat(deepLink.contentType()).startsWith("text/html");
            assertThat(deepLink.body().asString()).isEqualTo(index.body().asString());
            assertThat(deepLink.header("Cache-Control")).isEqualTo("no-cache");
        }
    }

    @Test
    void shouldKeepUnknownApiPathsAndMissingFilesAsNotFound() {
        given().when().get("/api/v1/no-such-thing")
                .then().statusCode(404).contentType("application/problem+json").body("type", equalTo("/problems/not-found"));
        given().when().get("/assets/no-such-chunk.js").then().statusCode(404);
    }
}
