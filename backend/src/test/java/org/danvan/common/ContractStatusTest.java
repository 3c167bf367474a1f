package org.danvan.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.danvan.common.Api.api;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Walks every operation of openapi.yaml and provokes the generic error statuses it lists, so a
 * listed status the service cannot produce (or produces in another shape) fails a test: 404 for
 * unknown ids, 415 for a body that is not JSON, 428 for a change without If-Match, 400 for an
 * empty body. Each answer must be a problem document of the listed type.
 */
@QuarkusTest
class ContractStatusTest {

    private static final List<String> METHODS = List.of("get", "post", "put", "delete");

    record Operation(String method, String path, String operationId, JsonNode node) {

        boolean lists(String status) {
            return node.path("responses").has(status);
        }

        boolean hasPathIds() {
            return path.contains("{");
        }

        boolean hasBody() {
            return node.has("requestBody");
        }

        boolean hasJsonBody() {
            return node.path("requestBody").path("content").has("application/json");
        }

        boolean hasMultipartBody() {
            return node.path("requestBody").path("content").has("multipart/form-data");
        }

        /** Whether the JSON body names required fields, so that an empty object is invalid. */
        boolean requiresFields(JsonNode contract) {
            JsonNode schema = node.path("requestBody").path("content").path("application/json").path("schema");
            if (schema.has("$ref")) {
                String name = schema.get("$ref").asText().substring("#/components/schemas/".length());
                schema = contract.path("components").path("schemas").path(name);
            }
            return schema.path("required").size() > 0;
        }

        /** The path with every id replaced by one nothing has. */
        String unknownPath() {
            return path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        }
    }

    static JsonNode contract() throws Exception {
        return new ObjectMapper(new YAMLFactory()).readTree(Files.readString(Path.of("..", "openapi.yaml")));
    }

    static List<Operation> operations() throws Exception {
        JsonNode contract = contract();
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = contract.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                JsonNode op = path.getValue().get(method);
                if (op != null) {
                    operations.add(new Operation(method, path.getKey(), op.path("operationId").asText(), op));
                }
            }
        }
        return operations;
    }

    @TestFactory
    Stream<DynamicTest> everyOperationIsDescribedWithAnOperationIdAndExamples() throws Exception {
        return operations().stream().map(op -> DynamicTest.dynamicTest(op.method() + " " + op.path(), () -> {
            assertThat(op.operationId()).as("operationId").isNotBlank();
            assertThat(op.node().path("description").asText()).as("description").isNotBlank();
            if (op.hasJsonBody()) {
                assertThat(op.node().path("requestBody").path("content").path("application/json").has("example"))
                        .as("request example").isTrue();
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> unknownIdsAre404() throws Exception {
        return operations().stream().filter(op -> op.lists("404") && op.hasPathIds())
                .map(op -> DynamicTest.dynamicTest(op.operationId(), () -> withBody(op, allowed(op).header("If-Match", "\"0\""))
                        .when().request(op.method().toUpperCase(), op.unknownPath())
                        .then().statusCode(404).contentType("application/problem+json")
                        .body("type", equalTo("/problems/not-found"))));
    }

    @TestFactory
    Stream<DynamicTest> bodiesThatAreNotJsonAre415() throws Exception {
        // an operation that reads plain text (importPlan) answers 415 to other types; its own test sends them
        return operations().stream().filter(op -> op.lists("415")
                        && !op.node().path("requestBody").path("content").has("text/plain"))
                .map(op -> DynamicTest.dynamicTest(op.operationId(), () -> allowed(op).header("If-Match", "\"0\"")
                        .contentType("text/plain; charset=UTF-8").body("Kế hoạch số 859/KH-UBND")
                        .when().request(op.method().toUpperCase(), op.unknownPath())
                        .then().statusCode(415).body("type", equalTo("/problems/unsupported-media-type"))));
    }

    @TestFactory
    Stream<DynamicTest> changesWithoutIfMatchAre428() throws Exception {
        return operations().stream().filter(op -> op.lists("428"))
                .map(op -> DynamicTest.dynamicTest(op.operationId(), () -> allowed(op)
                        .body(op.hasBody() ? minimalBody(op) : "")
                        .when().request(op.method().toUpperCase(), op.unknownPath())
                        .then().statusCode(428).body("type", equalTo("/problems/precondition-required"))));
    }

    @TestFactory
    Stream<DynamicTest> emptyBodiesAre400WithViolations() throws Exception {
        JsonNode contract = contract();
        return operations().stream().filter(op -> op.lists("400") && op.hasJsonBody() && op.requiresFields(contract))
                .map(op -> DynamicTest.dynamicTest(op.operationId(), () -> allowed(op).header("If-Match", "\"0\"")
                        .body("{}").when().request(op.method().toUpperCase(), op.unknownPath())
                        .then().statusCode(400).body("type", equalTo("/problems/validation"))
                        .body("violations.size()", org.hamcrest.Matchers.greaterThan(0))));
    }

    /**
     * A request by an account the operation allows, so the status under test is not hidden by a 403:
     * the admin for units, accounts, tokens and the figures, the coordinator for everything else.
     */
    private static io.restassured.specification.RequestSpecification allowed(Operation op) {
        return Api.as(Api.allowedAccount(op.method(), op.path()));
    }

    /** The contract's example for a JSON body, a small PDF for a file upload. */
    private static io.restassured.specification.RequestSpecification withBody(Operation op,
            io.restassured.specification.RequestSpecification request) {
        if (op.hasMultipartBody()) {
            return request.contentType("multipart/form-data")
                    .multiPart("file", "bao-cao.pdf", "%PDF-1.4\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        return request.body(op.hasBody() ? minimalBody(op) : "");
    }

    /** The request example of the contract: valid in shape, naming ids that do not exist. */
    private static String minimalBody(Operation op) {
        return op.node().path("requestBody").path("content").path("application/json").path("example").toString();
    }
}
