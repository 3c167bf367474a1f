package org.danvan.common;

import static io.restassured.RestAssured.given;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;
import java.util.Map;

/**
 * REST Assured with every response checked against the root {@code openapi.yaml}: a response the
 * contract does not describe fails the test that received it. Requests are not checked, so tests
 * can send the malformed input the contract rejects.
 */
public final class Api {

    public static final String CONTRACT = Path.of("..", "openapi.yaml").toAbsolutePath().normalize().toUri().toString();

    private static final OpenApiValidationFilter CONTRACT_FILTER = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(CONTRACT)
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    private Api() {
    }

    /** A request as the coordinator (who manages plans and reviews submissions), checked against the contract. */
    public static RequestSpecification api() {
        return as(TestAccounts.COORDINATOR);
    }

    /** A request as the admin (who manages units and accounts). */
    public static RequestSpecification admin() {
        return as(TestAccounts.ADMIN);
    }

    /** A request signed in as {@code username} with HTTP Basic, checked against the contract. */
    public static RequestSpecification as(String username) {
        return anonymous().auth().preemptive().basic(username, TestAccounts.PASSWORD);
    }

    /** A request without credentials, checked against the contract. */
    public static RequestSpecification anonymous() {
        return given().filter(CONTRACT_FILTER).contentType("application/json; charset=UTF-8").accept(ContentType.JSON);
    }

    /** The username of a reporter of the unit, made on first use. */
    public static String reporterOf(String unitId) {
        return accountOf(org.danvan.security.Role.REPORTER, unitId);
    }

    /** The username of an account of the role working at the unit (reaching its province), made on first use. */
    public static String accountOf(org.danvan.security.Role role, String unitId) {
        String username = (role == org.danvan.security.Role.REPORTER ? "reporter" : role.name().toLowerCase(
                java.util.Locale.ROOT)) + "-" + unitId.toLowerCase(java.util.Locale.ROOT);
        io.quarkus.arc.Arc.container().instance(TestAccounts.class).get()
                .create(username, role, java.util.UUID.fromString(unitId));
        return username;
    }

    /**
     * The test account that may make this call: the admin for changes to units and for accounts,
     * API tokens and the figures; the coordinator for everything else.
     */
    public static String allowedAccount(String method, String path) {
        boolean admin = path.startsWith("/api/v1/accounts") || path.startsWith("/api/v1/api-tokens")
                || path.startsWith("/api/v1/figures")
                || (path.startsWith("/api/v1/org-units") && !method.equalsIgnoreCase("get"));
        return admin ? TestAccounts.ADMIN : TestAccounts.COORDINATOR;
    }

    /** Creates a resource and answers its body (201 checked), as the account that may. */
    public static ExtractableResponse<Response> create(String path, Object body, Object... pathParams) {
        RequestSpecification request = as(allowedAccount("post", path));
        return request.body(body).when().post(path, pathParams).then().statusCode(201).extract();
    }

    public static String createId(String path, Object body, Object... pathParams) {
        return create(path, body, pathParams).path("id");
    }

    /** The ETag of a resource, to send back as If-Match (read by the account that may change it). */
    public static String etag(String path, Object... pathParams) {
        return as(allowedAccount("put", path)).when().get(path, pathParams).then().statusCode(200).extract().header("ETag");
    }

    /** Replaces a unit's fields (a new name, say) as the admin. */
    public static void renameUnit(String unitId, Map<String, Object> unit) {
        admin().header("If-Match", etag("/api/v1/org-units/{id}", unitId)).body(unit)
                .when().put("/api/v1/org-units/{id}", unitId).then().statusCode(200);
    }

    public static Map<String, Object> unit(String name, String kind, String parentId) {
        var body = new java.util.HashMap<String, Object>();
        body.put("name", name);
        body.put("kind", kind);
        body.put("parentId", parentId);
        return body;
    }
}
