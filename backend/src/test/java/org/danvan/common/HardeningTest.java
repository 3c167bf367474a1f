package org.danvan.common;

import static org.danvan.common.Api.admin;
import static org.danvan.common.Api.api;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Inputs the contract fuzz test found answered badly, each pinned to a 400 problem document. */
@QuarkusTest
class HardeningTest {

    @Test
    void shouldAnswerValidationInPlainEnglish() {
        for (String language : new String[] {"en", "en-GB,en;q=0.5", "en-US", "vi", "fr"}) {
            admin().header("Accept-Language", language).body("{}").when().post("/api/v1/org-units").then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("/problems/validation"));
        }
        admin().header("Accept-Language", "en").body("{}").when().post("/api/v1/org-units").then()
                .body("title", equalTo("Invalid data"));
    }

    @Test
    void shouldRefuseARepeatedKey() {
        api().body("{\"reason\":\"a\",\"reason\":\"b\"}").when()
                .post("/api/v1/submissions/{id}/return", UUID.randomUUID().toString()).then().statusCode(400)
                .contentType("application/problem+json");
        admin().body("{\"name\":\"a\",\"name\":\"b\",\"kind\":\"PROVINCE\"}").when().post("/api/v1/org-units").then()
                .statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseAMultipartBodyThatDoesNotParse() throws Exception {
        // sent as raw bytes: REST Assured would build a well-formed multipart body
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(io.restassured.RestAssured.baseURI + ":"
                        + io.restassured.RestAssured.port + "/api/v1/submissions/" + UUID.randomUUID() + "/attachments"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (TestAccounts.COORDINATOR + ":" + TestAccounts.PASSWORD).getBytes()))
                .header("Content-Type", "multipart/form-data; boundary=AAA")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("garbage")).build();
        var answer = java.net.http.HttpClient.newHttpClient().send(request,
                java.net.http.HttpResponse.BodyHandlers.ofString());
        org.assertj.core.api.Assertions.assertThat(answer.statusCode()).isEqualTo(400);
        org.assertj.core.api.Assertions.assertThat(answer.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/problem+json");
    }

    @Test
    void shouldRefuseNulCharactersInTextAndQueries() {
        api().queryParam("q", "a\u0000b").when().get("/api/v1/org-units").then().statusCode(400)
                .body("violations.field", hasItem("q"));
        api().queryParam("actor", "a\u0000b").when().get("/api/v1/audit-events").then().statusCode(400)
                .body("violations.field", hasItem("actor"));
        admin().body("{\"name\":\"a\\u0000b\",\"kind\":\"PROVINCE\"}").when().post("/api/v1/org-units").then()
                .statusCode(400).body("violations.field", hasItem("name"));
    }

    @Test
    void shouldRefuseYearsBeyondFourDigits() {
        api().queryParam("validOn", "+999999999-12-31").when().get("/api/v1/org-units").then().statusCode(400)
                .body("violations.field", hasItem("validOn"));
        api().queryParam("from", "+999999999-12-31T23:59:59Z").when().get("/api/v1/audit-events").then()
                .statusCode(400).body("violations.field", hasItem("from"));
        admin().body("{\"name\":\"x\",\"kind\":\"PROVINCE\",\"validFrom\":\"+999999999-12-31\"}").when()
                .post("/api/v1/org-units").then().statusCode(400).body("violations.field", hasItem("validFrom"));
    }

    @Test
    void shouldTakeOnlyTextForTextAndAsciiDigitsForPages() {
        admin().body("{\"name\":12345,\"kind\":\"PROVINCE\"}").when().post("/api/v1/org-units").then()
                .statusCode(400).body("violations.field", hasItem("name"));
        api().queryParam("page", "\u0663").when().get("/api/v1/plans").then().statusCode(400)
                .body("violations.field", hasItem("page"));
    }

    @Test
    void shouldNotCoerceTextIntoNumbersOrNumbersIntoEnums() {
        admin().body("{\"name\":\"x\",\"kind\":0}").when().post("/api/v1/org-units").then().statusCode(400)
                .body("violations.field", hasItem("kind"));
        admin().body("{\"name\":\"x\",\"kind\":\"PROVINCE\",\"headcounts\":[{\"year\":\"2024\",\"officials\":1.5}]}")
                .when().post("/api/v1/org-units").then().statusCode(400)
                .body("detail", not(containsString("Exception")));
    }
}
