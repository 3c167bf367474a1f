package org.danvan.model;

import static org.danvan.common.Api.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.danvan.demo.DemoModels;
import org.danvan.demo.DemoProfile;
import org.junit.jupiter.api.Test;

/** The demo's "Dân vận khéo" models, as the README describes them. */
@QuarkusTest
@TestProfile(DemoProfile.class)
class DemoModelsTest {

    @Inject
    DemoModels loader;

    @Test
    void shouldCountTwoModelsPerFieldIn2024HalfOfThemRecognised() {
        api().queryParam("year", 2024).when().get(ModelFixtures.COUNTS).then().statusCode(200)
                .body("total", equalTo(8)).body("recognized", equalTo(4))
                .body("items.total", contains(2, 2, 2, 2)).body("items.recognized", contains(1, 1, 1, 1));
        api().queryParam("groupBy", "year").when().get(ModelFixtures.COUNTS).then().statusCode(200)
                .body("items.key", contains("2023", "2024")).body("items.total", contains(1, 8))
                .body("items.recognized", contains(1, 4));
    }

    @Test
    void shouldFindTheDemoModelsOfAUnitByFoldedText() {
        api().queryParam("q", "camera an ninh").when().get(ModelFixtures.MODELS).then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].field", equalTo("DEFENCE_SECURITY"))
                .body("items[0].recognition.level", equalTo("NATIONAL"));
    }

    @Test
    void shouldLoadOnlyOnce() {
        loader.loadOnce();
        api().when().get(ModelFixtures.MODELS).then().statusCode(200).body("totalItems", equalTo(9));
    }
}
