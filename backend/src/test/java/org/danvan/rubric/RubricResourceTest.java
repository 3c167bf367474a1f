package org.danvan.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.danvan.common.Api.admin;
import static org.danvan.common.Api.anonymous;
import static org.danvan.common.Api.api;
import static org.danvan.common.Api.as;
import static org.danvan.rubric.RubricFixtures.RUBRIC;
import static org.danvan.rubric.RubricFixtures.RUBRICS;
import static org.danvan.rubric.RubricFixtures.issuer;
import static org.danvan.rubric.RubricFixtures.rubricBody;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.danvan.common.TestAccounts;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RubricResourceTest {

    private static final String SCORE = RUBRIC + "/score";

    private static String create(Map<String, Object> body) {
        return api().body(body).when().post(RUBRICS).then().statusCode(201).extract().path("id");
    }

    private static String etag(String id) {
        return api().when().get(RUBRIC, id).then().statusCode(200).extract().header("ETag");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> criteria(Map<String, Object> body) {
        return (List<Object>) body.get("criteria");
    }

    @Test
    void shouldCreateADraftWithThePresetBandsAndTheMaximumOfEveryKind() {
        var created = api().body(rubricBody(issuer())).when().post(RUBRICS).then().statusCode(201)
                .header("Location", containsString("/api/v1/rubrics/")).header("ETag", notNullValue())
                .body("status", equalTo("DRAFT")).body("versionNumber", equalTo(1))
                .body("previousVersionId", nullValue()).body("decisionNumber", equalTo("908/QĐ-UBND"))
                .body("criteria.code", equalTo(List.of("I", "I.1", "I.2", "II", "II.1")))
                .body("criteria[2].notApplicableTo", equalTo(List.of("COMMUNE")))
                .body("bands.code", equalTo(List.of("HOAN_THANH_XUAT_SAC", "HOAN_THANH_TOT", "HOAN_THANH",
                        "KHONG_HOAN_THANH")))
                .body("bands[0].labelVi", equalTo("Hoàn thành xuất sắc nhiệm vụ"))
                .extract();
        JsonPath json = created.jsonPath();
        assertThat(json.getDouble("maxima.find { it.kind == 'COMMUNE' }.maxPoints")).isEqualTo(16.0);
        assertThat(json.getDouble("maxima.find { it.kind == 'PUBLIC_SERVICE_UNIT' }.maxPoints")).isEqualTo(18.0);
        assertThat(json.getDouble("maxima.find { it.kind == 'DEPARTMENT' }.maxPoints")).isEqualTo(20.0);

        String id = created.path("id");
        api().when().get(RUBRIC, id).then().statusCode(200).header("ETag", equalTo(created.header("ETag")))
                .body("name", equalTo(created.path("name")));
    }

    @Test
    void shouldOfferTheClassicBandsAndTakeBandsGivenAsData() {
        var classic = rubricBody(issuer());
        classic.put("bandPreset", "CLASSIC");
        api().body(classic).when().post(RUBRICS).then().statusCode(201)
                .body("bands.code", equalTo(List.of("TOT", "KHA", "TRUNG_BINH", "KEM")))
                .body("bands.labelVi", equalTo(List.of("Tốt", "Khá", "Trung bình", "Kém")));

        var own = rubricBody(issuer());
        own.remove("bandPreset");
        own.put("bands", List.of(
                Map.of("code", "DAT", "labelVi", "Đạt", "labelEn", "Passed", "minPercentInclusive", 60),
                Map.of("code", "KHONG_DAT", "labelVi", "Không đạt", "labelEn", "Failed", "minPercentInclusive", 0)));
        api().body(own).when().post(RUBRICS).then().statusCode(201).body("bands.code", equalTo(List.of("DAT", "KHONG_DAT")));
    }

    @Test
    void shouldRefuseABrokenTreeWithEveryViolationInVietnameseAndEnglish() {
        var body = rubricBody(issuer());
        List<Object> criteria = new ArrayList<>(criteria(body));
        criteria.add(Map.of("code", "I.1", "parentCode", "I", "title", "Trùng mã", "maxPoints", 1));
        criteria.add(Map.of("code", "III.1", "parentCode", "III", "title", "Không có nhóm cha", "maxPoints", 1));
        body.put("criteria", criteria);
        body.put("bands", List.of(Map.of("code", "A", "labelVi", "A", "labelEn", "A", "minPercentInclusive", 50)));

        api().body(body).when().post(RUBRICS).then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("violations.field", hasItems("criteria[5].code", "criteria[6].parentCode", "criteria[0].maxPoints",
                        "bands"))
                .body("violations.message", hasItem("mã tiêu chí I.1 bị trùng"))
                .body("violations.message", hasItem("chọn các mức xếp loại hoặc một bộ mức có sẵn, không chọn cả hai"));
        api().header("Accept-Language", "en").body(body).when().post(RUBRICS).then().statusCode(400)
                .body("violations.message", hasItem("criterion code I.1 is given twice"))
                .body("violations.message", hasItem("must equal the sum of its sub-criteria's maxima (11)"));
    }

    @Test
    void shouldRefuseBandsThatDoNotDecreaseToZeroAKindMaximumOnAGroupAndAnUnknownIssuer() {
        var body = rubricBody(issuer());
        body.remove("bandPreset");
        body.put("bands", List.of(
                Map.of("code", "A", "labelVi", "A", "labelEn", "A", "minPercentInclusive", 50),
                Map.of("code", "B", "labelVi", "B", "labelEn", "B", "minPercentInclusive", 60)));
        List<Object> criteria = new ArrayList<>(criteria(body));
        criteria.set(0, Map.of("code", "I", "title", "Nhóm", "maxPoints", 10,
                "kindMaxima", List.of(Map.of("kind", "COMMUNE", "maxPoints", 6))));
        body.put("criteria", criteria);
        body.put("issuerUnitId", "0195f0c2-7a1e-7c3a-9f51-2b7d1c4e8c99");

        api().body(body).when().post(RUBRICS).then().statusCode(400)
                .body("violations.field", hasItems("bands[1].minPercentInclusive", "criteria[0].kindMaxima", "issuerUnitId"));
        api().header("Accept-Language", "en").body(body).when().post(RUBRICS).then().statusCode(400)
                .body("violations.message", hasItems(
                        "a group's maximum per kind follows from its children; set it on the sub-criteria",
                        "each band's minimum must be below the one before"));
        body.put("validFromYear", null);
        api().body(body).when().post(RUBRICS).then().statusCode(400).body("violations.field", hasItem("validFromYear"));
    }

    @Test
    void shouldReplaceADraftWithIfMatchAndAnswer412And428() {
        String issuer = issuer();
        String id = create(rubricBody(issuer));
        String tag = etag(id);
        var changed = rubricBody(issuer);
        changed.put("decisionNumber", "1020/QĐ-UBND");

        api().header("If-Match", tag).body(changed).when().put(RUBRIC, id).then().statusCode(200)
                .body("decisionNumber", equalTo("1020/QĐ-UBND"));
        api().header("If-Match", tag).body(changed).when().put(RUBRIC, id).then().statusCode(412)
                .body("type", equalTo("/problems/stale-version"));
        api().body(changed).when().put(RUBRIC, id).then().statusCode(428)
                .body("type", equalTo("/problems/precondition-required"));
        changed.put("validToYear", 2020);
        api().header("If-Match", etag(id)).body(changed).when().put(RUBRIC, id).then().statusCode(400)
                .body("violations.field", hasItem("validToYear"));
    }

    @Test
    void shouldFreezeARubricAndThenRefuseChangesWith409() {
        String issuer = issuer();
        String id = create(rubricBody(issuer));

        api().when().post(RUBRIC + "/freeze", id).then().statusCode(200).body("status", equalTo("FROZEN"))
                .body("frozenAt", notNullValue());
        String tag = etag(id);
        api().when().post(RUBRIC + "/freeze", id).then().statusCode(200).header("ETag", equalTo(tag));

        api().header("If-Match", tag).body(rubricBody(issuer)).when().put(RUBRIC, id).then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("/problems/rubric-frozen"));
        api().header("If-Match", tag).when().delete(RUBRIC, id).then().statusCode(409)
                .body("type", equalTo("/problems/rubric-frozen"));
        api().header("Accept-Language", "en").header("If-Match", tag).when().delete(RUBRIC, id).then().statusCode(409)
                .body("title", equalTo("The rubric is frozen: it is in use and cannot change"));
    }

    @Test
    void shouldCopyAFrozenRubricIntoTheNextDraftVersion() {
        String issuer = issuer();
        String first = create(rubricBody(issuer));
        api().when().post(RUBRIC + "/versions", first).then().statusCode(409)
                .body("type", equalTo("/problems/rubric-not-frozen"));
        api().when().post(RUBRIC + "/freeze", first).then().statusCode(200);

        var second = api().when().post(RUBRIC + "/versions", first).then().statusCode(201)
                .header("Location", containsString("/api/v1/rubrics/")).body("status", equalTo("DRAFT"))
                .body("versionNumber", equalTo(2)).body("previousVersionId", equalTo(first))
                .body("criteria.code", equalTo(List.of("I", "I.1", "I.2", "II", "II.1"))).extract();
        String secondId = second.path("id");
        assertThat(second.header("Location")).endsWith("/api/v1/rubrics/" + secondId);
        api().when().post(RUBRIC + "/versions", first).then().statusCode(201).body("versionNumber", equalTo(3));

        var changed = rubricBody(issuer);
        changed.put("validFromYear", 2026);
        api().header("If-Match", second.header("ETag")).body(changed).when().put(RUBRIC, secondId).then()
                .statusCode(200).body("validFromYear", equalTo(2026)).body("versionNumber", equalTo(2));
        api().when().get(RUBRIC, first).then().statusCode(200).body("validFromYear", equalTo(2023));
    }

    @Test
    void shouldDeleteADraftAndAnswer404Afterwards() {
        String id = create(rubricBody(issuer()));
        admin().header("If-Match", etag(id)).when().delete(RUBRIC, id).then().statusCode(204);
        api().when().get(RUBRIC, id).then().statusCode(404).body("type", equalTo("/problems/not-found"));
        api().header("If-Match", "\"0\"").when().delete(RUBRIC, id).then().statusCode(404);
    }

    @Test
    void shouldListAndFindRubricsByTheirDecisionIgnoringDiacritics() {
        var body = rubricBody(issuer());
        String number = "77" + System.nanoTime() % 100000 + "/QĐ-UBND";
        body.put("decisionNumber", number);
        String id = create(body);
        as(TestAccounts.LEADER).queryParam("q", number.replace("Đ", "D")).when().get(RUBRICS).then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].id", equalTo(id));
        api().queryParam("size", 0).when().get(RUBRICS).then().statusCode(400);
        anonymous().when().get(RUBRICS).then().statusCode(401);
    }

    @Test
    void shouldScoreAUnitOnItsApplicableMaximumWithCapsAndTimeliness() {
        String id = create(rubricBody(issuer()));
        Map<String, Object> request = new HashMap<>();
        request.put("unitKind", "COMMUNE");
        var nullPoints = new HashMap<String, Object>();
        nullPoints.put("code", "II.1");
        nullPoints.put("points", null);
        request.put("points", List.of(Map.of("code", "I.1", "points", 4), Map.of("code", "II.1", "points", 8)));
        request.put("bonuses", List.of(Map.of("code", "MO_HINH", "points", 7)));
        request.put("lateReports", 3);
        request.put("missingReports", 1);

        // 4 + 8 = 12 of 16; bonus 7 cut to 5; deductions 1.5 + 2 cut to 3; 14 / 16 = 87.50 %
        JsonPath score = as(TestAccounts.LEADER).body(request).when().post(SCORE, id).then().statusCode(200)
                .body("unitKind", equalTo("COMMUNE")).body("rated", equalTo(true))
                .body("band.code", equalTo("HOAN_THANH_TOT")).body("deductions.code", equalTo(List.of("TRE_HAN", "KHONG_GUI")))
                .extract().jsonPath();
        assertThat(score.getDouble("applicableMaximum")).isEqualTo(16.0);
        assertThat(score.getDouble("rawScore")).isEqualTo(12.0);
        assertThat(score.getDouble("bonuses[0].granted")).isEqualTo(5.0);
        assertThat(score.getDouble("bonusTotal")).isEqualTo(5.0);
        assertThat(score.getDouble("deductions[0].points")).isEqualTo(1.5);
        assertThat(score.getDouble("deductionTotal")).isEqualTo(3.0);
        assertThat(score.getDouble("total")).isEqualTo(14.0);
        assertThat(score.getDouble("percent")).isEqualTo(87.5);

        // the same points of a department: 20 applicable, the criterion I.2 unscored
        request.put("unitKind", "DEPARTMENT");
        request.put("points", List.of(Map.of("code", "I.1", "points", 4), nullPoints));
        request.remove("bonuses");
        request.put("lateReports", 0);
        request.put("missingReports", 0);
        JsonPath department = api().body(request).when().post(SCORE, id).then().statusCode(200).extract().jsonPath();
        assertThat(department.getDouble("applicableMaximum")).isEqualTo(20.0);
        assertThat(department.getDouble("percent")).isEqualTo(20.0);
        assertThat(department.getString("band.code")).isEqualTo("KHONG_HOAN_THANH");
    }

    @Test
    void shouldRefusePointsThatDoNotFitTheKind() {
        String id = create(rubricBody(issuer()));
        Map<String, Object> request = Map.of("unitKind", "PUBLIC_SERVICE_UNIT", "points", List.of(
                Map.of("code", "II.1", "points", 9), Map.of("code", "II", "points", 1), Map.of("code", "IX", "points", 1),
                Map.of("code", "I.1", "points", 1), Map.of("code", "I.1", "points", 2)));
        api().body(request).when().post(SCORE, id).then().statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", hasItem("points[4].code"));
        Map<String, Object> unique = Map.of("unitKind", "PUBLIC_SERVICE_UNIT", "points", List.of(
                Map.of("code", "II.1", "points", 9), Map.of("code", "II", "points", 1), Map.of("code", "IX", "points", 1)),
                "bonuses", List.of(Map.of("code", "KHAC", "points", 1)));
        api().body(unique).when().post(SCORE, id).then().statusCode(400)
                .body("violations.field", equalTo(List.of("points[II.1]", "points[II]", "points[IX]", "bonuses[KHAC]")))
                .body("violations[0].message", equalTo("phải từ 0 đến 8"));
        api().body(Map.of("unitKind", "COMMUNE", "points", List.of(Map.of("code", "I.2", "points", 1))))
                .when().post(SCORE, id).then().statusCode(400)
                .body("violations[0].message", equalTo("tiêu chí I.2 không áp dụng cho loại đơn vị COMMUNE"));
        api().body(Map.of("unitKind", "COMMUNE", "lateReports", -1)).when().post(SCORE, id).then().statusCode(400)
                .body("violations.field", hasItem("lateReports"));
        api().body(Map.of("unitKind", "COMMUNE")).when().post(SCORE, "0195f0c2-7a1e-7c3a-9f51-2b7d1c4e8c99").then()
                .statusCode(404);
    }

    @Test
    void shouldAnswerARubricWithNothingApplicableWithoutAPercent() {
        var body = rubricBody(issuer());
        body.put("criteria", List.of());
        String id = create(body);
        api().body(Map.of("unitKind", "COMMUNE")).when().post(SCORE, id).then().statusCode(200)
                .body("applicableMaximum", equalTo(0)).body("rated", equalTo(false)).body("percent", nullValue())
                .body("band", nullValue());
    }
}
