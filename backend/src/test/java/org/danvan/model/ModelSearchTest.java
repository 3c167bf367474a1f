package org.danvan.model;

import static org.danvan.common.Api.api;
import static org.danvan.common.Api.createId;
import static org.danvan.common.Api.renameUnit;
import static org.danvan.common.Api.unit;
import static org.danvan.model.ModelFixtures.MODELS;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.danvan.plan.PlanFixtures;
import org.junit.jupiter.api.Test;

/** {@code GET /models?q=}: every word, in any order, over name, goals, beneficiaries, field and unit. */
@QuarkusTest
class ModelSearchTest {

    @Test
    void shouldFindModelsHavingEveryWordOverNameFieldAndUnit() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String province = PlanFixtures.province();
        String commune = createId(PlanFixtures.UNITS, unit("UBND xã Tân Đông " + marker, "COMMUNE", province));
        int year = ModelFixtures.freshYear();
        var road = ModelFixtures.body(commune, "ECONOMY", year);
        road.put("name", "Dân vận khéo trong vận động hiến đất làm đường giao thông");
        String roadId = createId(MODELS, road);
        var school = ModelFixtures.body(commune, "CULTURE_SOCIETY", year);
        school.put("name", "Thắp sáng đường quê " + year);
        school.put("goals", "Lắp đèn chiếu sáng các tuyến đường liên ấp.");
        school.put("beneficiaries", "Học sinh và người đi đường");
        String schoolId = createId(MODELS, school);

        for (String q : List.of("hiến đất tân đông", "giao thong " + marker, "kinh tế dân vận tan dong")) {
            api().queryParam("q", q).queryParam("unitId", commune).when().get(MODELS).then().statusCode(200)
                    .body("totalItems", equalTo(1)).body("items.id", contains(roadId));
        }
        api().queryParam("q", "văn hóa xã hội " + year).queryParam("unitId", commune).when().get(MODELS).then()
                .statusCode(200).body("items.id", contains(schoolId));
        api().queryParam("q", "đường tân đông").queryParam("unitId", commune).when().get(MODELS).then()
                .statusCode(200).body("items.id", containsInAnyOrder(roadId, schoolId));
        api().queryParam("q", "đường tân đông quốc phòng").queryParam("unitId", commune).when().get(MODELS).then()
                .statusCode(200).body("totalItems", equalTo(0)).body("items", empty());

        api().queryParam("q", "xã tân đông " + marker).when().get(MODELS).then().statusCode(200)
                .body("items.id", containsInAnyOrder(roadId, schoolId));
        renameUnit(commune, unit("UBND phường Long Hoa " + marker, "COMMUNE", province));
        api().queryParam("q", "long hoa giao thong " + marker).when().get(MODELS).then().statusCode(200)
                .body("items.id", contains(roadId));
        api().queryParam("q", "xã tân đông " + marker).when().get(MODELS).then().statusCode(200)
                .body("totalItems", equalTo(0));
    }
}
