package org.danvan.orgunit;

import static org.danvan.common.Api.admin;
import static org.danvan.common.Api.createId;
import static org.danvan.common.Api.etag;
import static org.danvan.common.Api.unit;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrgUnitResourceTest {

    private static final String UNITS = "/api/v1/org-units";
    private static final String UNIT = "/api/v1/org-units/{id}";

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void shouldCreateReadAndListAUnitWithItsHeadcounts() {
        String province = createId(UNITS, unit(unique("UBND tỉnh Thử nghiệm"), "PROVINCE", null));
        var body = unit(unique("Sở Nội vụ"), "DEPARTMENT", province);
        body.put("code", "T." + UUID.randomUUID());
        body.put("headcounts", List.of(Map.of("year", 2025, "officials", 80), Map.of("year", 2024, "officials", 75)));
        String id = admin().body(body).when().post(UNITS).then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/org-units/"))
                .header("ETag", "\"0\"")
                .body("parentId", equalTo(province))
                .body("headcounts.year", contains(2024, 2025))
                .extract().path("id");

        admin().when().get(UNIT, id).then().statusCode(200).header("ETag", "\"0\"").body("kind", equalTo("DEPARTMENT"));
        admin().queryParam("parentId", province).when().get(UNITS).then()
                .statusCode(200).body("totalItems", equalTo(1)).body("items[0].id", equalTo(id));
    }

    @Test
    void shouldFindUnitsIgnoringDiacriticsAndCase() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        createId(UNITS, unit("Sở Nội vụ Đồng Tháp " + marker, "DEPARTMENT", null));
        admin().queryParam("q", "so noi vu dong thap " + marker).when().get(UNITS).then()
                .statusCode(200).body("totalItems", equalTo(1));
        admin().queryParam("q", "SỞ NỘI VỤ ĐỒNG THÁP " + marker.toUpperCase()).when().get(UNITS).then()
                .statusCode(200).body("totalItems", equalTo(1));
        admin().queryParam("q", "so noi vu ben tre " + marker).when().get(UNITS).then()
                .statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void shouldFindUnitsHavingEveryWordInAnyOrderOverNameAndCode() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        var body = unit("Sở Nội vụ tỉnh Tây Ninh " + marker, "DEPARTMENT", null);
        body.put("code", "SNV-TN-" + marker);
        String id = createId(UNITS, body);
        for (String q : List.of("tây ninh nội vụ " + marker, marker + " Tay Ninh", "snv-tn " + marker,
                "SNV-TN-" + marker.toUpperCase())) {
            admin().queryParam("q", q).when().get(UNITS).then()
                    .statusCode(200).body("totalItems", equalTo(1)).body("items.id", contains(id));
        }
        admin().queryParam("q", "tây ninh nội vụ tư pháp " + marker).when().get(UNITS).then()
                .statusCode(200).body("totalItems", equalTo(0)).body("items", empty());
    }

    @Test
    void shouldFilterByValidityAndKindAndPageSorted() {
        String province = createId(UNITS, unit(unique("UBND tỉnh Lịch sử"), "PROVINCE", null));
        var district = unit("UBND huyện Cũ", "DISTRICT", province);
        district.put("validTo", "2025-06-30");
        String old = createId(UNITS, district);
        var commune = unit("UBND xã Mới", "COMMUNE", province);
        commune.put("validFrom", "2025-07-01");
        String current = createId(UNITS, commune);

        admin().queryParam("parentId", province).queryParam("validOn", "2025-06-30").when().get(UNITS).then()
                .statusCode(200).body("items.id", contains(old));
        admin().queryParam("parentId", province).queryParam("validOn", "2025-07-01").when().get(UNITS).then()
                .statusCode(200).body("items.id", contains(current));
        admin().queryParam("parentId", province).queryParam("kind", "COMMUNE").when().get(UNITS).then()
                .statusCode(200).body("items.id", contains(current));
        admin().queryParam("parentId", province).queryParam("sort", "-name").queryParam("size", 1).when().get(UNITS)
                .then().statusCode(200).body("items.id", contains(current)).body("size", equalTo(1))
                .body("totalItems", equalTo(2));
    }

    @Test
    void shouldRecordTheSuccessorOfAMergedUnit() {
        String successor = createId(UNITS, unit(unique("Sở Tài chính"), "DEPARTMENT", null));
        var merged = unit(unique("Sở Kế hoạch và Đầu tư"), "DEPARTMENT", null);
        merged.put("validTo", "2025-02-28");
        merged.put("successorId", successor);
        String id = createId(UNITS, merged);
        admin().queryParam("successorId", successor).when().get(UNITS).then()
                .statusCode(200).body("items.id", contains(id));
    }

    @Test
    void shouldUpdateWithIfMatchAndRejectStaleOrMissingVersions() {
        String id = createId(UNITS, unit(unique("Sở Y tế"), "DEPARTMENT", null));
        var change = unit(unique("Sở Y tế tỉnh"), "DEPARTMENT", null);
        admin().header("If-Match", "\"0\"").body(change).when().put(UNIT, id).then()
                .statusCode(200).header("ETag", "\"1\"").body("version", equalTo(1));
        admin().header("If-Match", "\"0\"").body(change).when().put(UNIT, id).then()
                .statusCode(412).body("type", equalTo("/problems/stale-version"));
        admin().body(change).when().put(UNIT, id).then()
                .statusCode(428).body("type", equalTo("/problems/precondition-required"));
    }

    @Test
    void shouldMoveASubtreeWhenTheParentChanges() {
        String a = createId(UNITS, unit(unique("UBND tỉnh A"), "PROVINCE", null));
        String b = createId(UNITS, unit(unique("UBND tỉnh B"), "PROVINCE", null));
        String dept = createId(UNITS, unit(unique("Sở"), "DEPARTMENT", a));
        String child = createId(UNITS, unit(unique("Trung tâm"), "PUBLIC_SERVICE_UNIT", dept));
        admin().header("If-Match", etag(UNIT, dept)).body(unit(unique("Sở"), "DEPARTMENT", b)).when().put(UNIT, dept)
                .then().statusCode(200).body("parentId", equalTo(b));
        // the grandchild now resolves under B: a group scoped to B with its kind finds it
        String group = createId("/api/v1/unit-groups", Map.of("name", unique("Nhóm"), "kinds",
                List.of("PUBLIC_SERVICE_UNIT"), "scopeUnitId", b));
        admin().when().get("/api/v1/unit-groups/{id}/members", group).then()
                .statusCode(200).body("items.id", contains(child));
    }

    @Test
    void shouldRejectACycleInTheTree() {
        String parent = createId(UNITS, unit(unique("UBND tỉnh C"), "PROVINCE", null));
        String child = createId(UNITS, unit(unique("Sở"), "DEPARTMENT", parent));
        admin().header("If-Match", etag(UNIT, parent)).body(unit(unique("UBND tỉnh C"), "PROVINCE", child))
                .when().put(UNIT, parent).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", hasItem("parentId"));
    }

    @Test
    void shouldDeleteAnUnusedUnitAndRefuseOneThatIsReferredTo() {
        String parent = createId(UNITS, unit(unique("UBND tỉnh D"), "PROVINCE", null));
        createId(UNITS, unit(unique("Sở"), "DEPARTMENT", parent));
        admin().header("If-Match", "\"0\"").when().delete(UNIT, parent).then()
                .statusCode(409).body("type", equalTo("/problems/org-unit-in-use"));
        admin().when().get(UNIT, parent).then().statusCode(200);

        String lonely = createId(UNITS, unit(unique("Sở"), "DEPARTMENT", null));
        admin().when().delete(UNIT, lonely).then().statusCode(428);
        admin().header("If-Match", "\"7\"").when().delete(UNIT, lonely).then().statusCode(412);
        admin().header("If-Match", "\"0\"").when().delete(UNIT, lonely).then().statusCode(204);
        admin().when().get(UNIT, lonely).then().statusCode(404).body("type", equalTo("/problems/not-found"));
    }

    @Test
    void shouldReturn409ForADuplicateCode() {
        String code = "DUP." + UUID.randomUUID();
        var body = unit(unique("Sở"), "DEPARTMENT", null);
        body.put("code", code);
        createId(UNITS, body);
        admin().body(body).when().post(UNITS).then().statusCode(409).body("type", equalTo("/problems/duplicate-code"));
    }

    @Test
    void shouldReturn400WithFieldViolationsInTheRequestedLanguage() {
        var body = unit("", null, UUID.randomUUID().toString());
        body.put("validFrom", "2025-07-01");
        body.put("validTo", "2025-06-30");
        admin().body(body).when().post(UNITS).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("title", equalTo("Dữ liệu không hợp lệ"))
                .body("violations.field", hasItem("name")).body("violations.field", hasItem("kind"));
        admin().header("Accept-Language", "en-GB,en;q=0.9").body(unit("Sở", "DEPARTMENT", UUID.randomUUID().toString()))
                .when().post(UNITS).then()
                .statusCode(400).body("title", equalTo("Invalid data"))
                .body("violations[0].field", equalTo("parentId"))
                .body("violations[0].message", containsString("no unit"));
    }

    @Test
    void shouldReturn400ForAnUnknownKindOrAMalformedBody() {
        admin().body(Map.of("name", "Sở", "kind", "MINISTRY")).when().post(UNITS).then()
                .statusCode(400).body("violations[0].field", equalTo("kind"));
        admin().body("{\"name\": ").when().post(UNITS).then()
                .statusCode(400).body("type", equalTo("/problems/malformed-body"));
        admin().queryParam("kind", "MINISTRY").when().get(UNITS).then()
                .statusCode(400).body("violations[0].field", equalTo("kind"));
        admin().queryParam("page", "-1").when().get(UNITS).then()
                .statusCode(400).body("violations[0].field", equalTo("page"));
        admin().queryParam("validOn", "30/06/2025").when().get(UNITS).then()
                .statusCode(400).body("violations[0].field", equalTo("validOn"));
        admin().queryParam("sort", "password").when().get(UNITS).then()
                .statusCode(400).body("violations[0].field", equalTo("sort"));
    }

    @Test
    void shouldReturn415ForANonJsonBody() {
        admin().contentType("text/plain").body("Sở Nội vụ").when().post(UNITS).then()
                .statusCode(415).body("type", equalTo("/problems/unsupported-media-type"));
    }

    @Test
    void shouldReturn404ForAnUnknownOrMalformedId() {
        admin().when().get(UNIT, UUID.randomUUID().toString()).then().statusCode(404)
                .body("detail", not(containsString("Exception"))).body("instance", notNullValue());
        admin().when().get(UNIT, "not-an-id").then().statusCode(404);
    }
}
