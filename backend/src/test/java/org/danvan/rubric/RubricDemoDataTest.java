package org.danvan.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.danvan.common.Api.api;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.danvan.demo.DemoProfile;
import org.danvan.demo.DemoRubrics;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(DemoProfile.class)
class RubricDemoDataTest {

    private static final String SAMPLE = "Mẫu bảng điểm (minh họa) theo cấu trúc Quyết định 908/QĐ-UBND";

    @Inject
    DemoRubrics loader;

    private static JsonPath sample() {
        return api().queryParam("q", "mẫu bảng điểm (minh họa)").when().get(RubricFixtures.RUBRICS).then()
                .statusCode(200).body("totalItems", equalTo(1)).extract().jsonPath();
    }

    @Test
    void shouldHoldTheSampleRubricFrozenWithFiveGroupsAndAHundredPoints() {
        JsonPath sample = sample();
        assertThat(sample.getString("items[0].name")).isEqualTo(SAMPLE);
        assertThat(sample.getString("items[0].status")).isEqualTo("FROZEN");
        List<Map<String, Object>> criteria = sample.getList("items[0].criteria");
        assertThat(criteria.stream().filter(c -> c.get("parentCode") == null)).hasSize(5);
        assertThat(criteria).hasSizeBetween(25, 36);
        assertThat(sample.getDouble("items[0].maxima.find { it.kind == 'DEPARTMENT' }.maxPoints")).isEqualTo(100.0);
        assertThat(sample.getDouble("items[0].maxima.find { it.kind == 'COMMUNE' }.maxPoints")).isEqualTo(96.0);
        assertThat(sample.getList("items[0].bonusRules.code")).contains("MO_HINH_CAP_TINH");
        assertThat(sample.getList("items[0].deductionRules.basis")).containsExactly("LATE_REPORT", "MISSING_REPORT");
    }

    @Test
    void shouldScoreACommuneOnTheSampleOnItsOwn96Points() {
        String id = sample().getString("items[0].id");
        List<Map<String, Object>> criteria = sample().getList("items[0].criteria");
        List<String> leaves = criteria.stream().map(c -> (String) c.get("code"))
                .filter(code -> criteria.stream().noneMatch(c -> code.equals(c.get("parentCode"))))
                .filter(code -> !code.equals("IV.4")).toList();
        List<Map<String, Object>> full = criteria.stream().filter(c -> leaves.contains((String) c.get("code")))
                .map(c -> Map.<String, Object>of("code", c.get("code"), "points", c.get("maxPoints"))).toList();

        // 96 - 0.5 for one late report = 95.5 of 96 = 99.48 %
        JsonPath score = api().body(Map.of("unitKind", "COMMUNE", "points", full, "lateReports", 1)).when()
                .post(RubricFixtures.RUBRIC + "/score", id).then().statusCode(200).extract().jsonPath();
        assertThat(score.getDouble("total")).isEqualTo(95.5);
        assertThat(score.getDouble("percent")).isEqualTo(99.48);
        assertThat(score.getString("band.labelVi")).isEqualTo("Tốt");
    }

    @Test
    void shouldLoadTheSampleOnlyOnce() {
        loader.loadOnce();
        sample();
    }
}
