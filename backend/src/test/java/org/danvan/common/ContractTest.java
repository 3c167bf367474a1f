package org.danvan.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The contract is written once: what the service publishes is the root openapi.yaml itself. */
@QuarkusTest
class ContractTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void shouldServeTheRootOpenApiDocumentUnchanged() throws Exception {
        JsonNode written = YAML.readTree(Files.readString(Path.of("..", "openapi.yaml")));
        String served = given().accept("application/yaml").when().get("/q/openapi").then().statusCode(200)
                .extract().asString();
        JsonNode servedTree = YAML.readTree(served);
        assertThat(differences("", servedTree, written)).as("where the served contract differs").isEmpty();
        assertThat(servedTree).isEqualTo(written);
    }

    /** The JSON pointers where two documents differ, so a failure names the place rather than printing both. */
    private static java.util.List<String> differences(String at, JsonNode served, JsonNode written) {
        java.util.List<String> found = new java.util.ArrayList<>();
        if (served == null || written == null || served.getNodeType() != written.getNodeType()) {
            found.add(at + " (served " + (served == null ? "nothing" : served.getNodeType()) + ")");
        } else if (written.isObject()) {
            java.util.Set<String> names = new java.util.TreeSet<>();
            served.fieldNames().forEachRemaining(names::add);
            written.fieldNames().forEachRemaining(names::add);
            names.forEach(n -> found.addAll(differences(at + "/" + n, served.get(n), written.get(n))));
        } else if (written.isArray()) {
            for (int i = 0; i < Math.max(served.size(), written.size()); i++) {
                found.addAll(differences(at + "/" + i, served.get(i), written.get(i)));
            }
        } else if (!served.equals(written)) {
            found.add(at);
        }
        return found.size() > 20 ? found.subList(0, 20) : found;
    }

    @Test
    void shouldServeSwaggerUi() {
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }
}
