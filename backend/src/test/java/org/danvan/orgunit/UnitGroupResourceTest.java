package org.danvan.orgunit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.danvan.common.Api.api;
import static org.danvan.common.Api.createId;
import static org.danvan.common.Api.etag;
import static org.danvan.common.Api.unit;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UnitGroupResourceTest {

    private static final String UNITS = "/api/v1/org-units";
    private static final String GROUPS = "/api/v1/unit-groups";
    private static final String GROUP = "/api/v1/unit-groups/{id}";
    private static final String MEMBERS = "/api/v1/unit-groups/{id}/members";
    private static final String PLANS = "/api/v1/plans";
    private static final String OBLIGATIONS = "/api/v1/plans/{planId}/obligations";
    private static final String OBLIGATION = "/api/v1/plans/{planId}/obligations/{id}";
    private static final String TARGETS = "/api/v1/plans/{planId}/targets";
    private static final String TARGET = "/api/v1/plans/{planId}/targets/{id}";

    private static String marker() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static String unique(String name) {
        return name + " " + marker();
    }

    private static Map<String, Object> group(String name, List<String> kinds, String scopeUnitId,
            List<String> memberIds) {
        var body = new HashMap<String, Object>();
        body.put("name", name);
        body.put("kinds", kinds);
        body.put("scopeUnitId", scopeUnitId);
        body.put("memberIds", memberIds);
        return body;
    }

    private static Map<String, Object> group(String name, String code) {
        String member = createId(UNITS, unit(unique("Sở Nội vụ"), "DEPARTMENT", null));
        var body = group(name, List.of(), null, List.of(member));
        body.put("code", code);
        return body;
    }

    private static String unitValid(String name, String kind, String parentId, String validFrom, String validTo) {
        var body = unit(name, kind, parentId);
        body.put("validFrom", validFrom);
        body.put("validTo", validTo);
        return createId(UNITS, body);
    }

    /** A draft plan issued by a new province, to hang obligations and targets on. */
    private static String plan() {
        String issuer = createId(UNITS, unit(unique("UBND tỉnh Tây Ninh"), "PROVINCE", null));
        var body = new HashMap<String, Object>();
        body.put("issuerId", issuer);
        body.put("title", unique("Thực hiện công tác dân vận chính quyền năm 2024"));
        body.put("periodStart", 2024);
        body.put("periodEnd", 2024);
        return createId(PLANS, body);
    }

    // ---- create, read ----

    @Test
    void shouldCreateAGroupWithLocationAndETagAndReadItBack() {
        String province = createId(UNITS, unit(unique("UBND tỉnh Tây Ninh"), "PROVINCE", null));
        String member = createId(UNITS, unit(unique("Ban Dân vận Tỉnh ủy"), "PARTY_BODY", null));
        var body = group(unique("Các xã, phường tỉnh Tây Ninh"), List.of("COMMUNE", "DEPARTMENT"), province,
                List.of(member));
        String code = "TN-XA-" + marker();
        body.put("code", code);

        var created = api().body(body).when().post(GROUPS).then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("id", notNullValue())
                .body("code", equalTo(code))
                .body("name", equalTo(body.get("name")))
                .body("kinds", contains("DEPARTMENT", "COMMUNE"))
                .body("scopeUnitId", equalTo(province))
                .body("memberIds", contains(member))
                .body("version", equalTo(0))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/unit-groups/" + id);

        api().when().get(GROUP, id).then()
                .statusCode(200).header("ETag", "\"0\"")
                .body("id", equalTo(id))
                .body("code", equalTo(code))
                .body("kinds", contains("DEPARTMENT", "COMMUNE"))
                .body("scopeUnitId", equalTo(province))
                .body("memberIds", contains(member));
    }

    @Test
    void shouldCreateAGroupOfExplicitMembersOnly() {
        String member = createId(UNITS, unit(unique("Sở Nội vụ"), "DEPARTMENT", null));
        String id = createId(GROUPS, group(unique("Nhóm thành viên"), null, null, List.of(member)));
        api().when().get(GROUP, id).then()
                .statusCode(200)
                .body("kinds", empty())
                .body("scopeUnitId", equalTo(null))
                .body("memberIds", contains(member));
    }

    // ---- list ----

    @Test
    void shouldFindGroupsIgnoringDiacriticsAndCase() {
        String marker = marker();
        String id = createId(GROUPS, group("Các xã, phường tỉnh Đồng Tháp " + marker, "DT-" + marker));
        api().queryParam("q", "cac xa, phuong tinh dong thap " + marker).when().get(GROUPS).then()
                .statusCode(200).body("totalItems", equalTo(1)).body("items.id", contains(id));
        api().queryParam("q", "CÁC XÃ, PHƯỜNG TỈNH ĐỒNG THÁP " + marker.toUpperCase()).when().get(GROUPS).then()
                .statusCode(200).body("totalItems", equalTo(1)).body("items.id", contains(id));
        // the code is searched too
        api().queryParam("q", "dt-" + marker).when().get(GROUPS).then()
                .statusCode(200).body("items.id", contains(id));
        api().queryParam("q", "cac xa, phuong tinh tay ninh " + marker).when().get(GROUPS).then()
                .statusCode(200).body("totalItems", equalTo(0)).body("items", empty());
    }

    @Test
    void shouldSortAndPageGroupsByNameOrCode() {
        String marker = marker();
        String a = createId(GROUPS, group(marker + " Nhóm A", marker + "-3"));
        String b = createId(GROUPS, group(marker + " Nhóm B", marker + "-1"));
        String c = createId(GROUPS, group(marker + " Nhóm C", marker + "-2"));

        api().queryParam("q", marker).when().get(GROUPS).then()
                .statusCode(200).body("items.id", contains(a, b, c)).body("totalItems", equalTo(3));
        api().queryParam("q", marker).queryParam("sort", "-name").when().get(GROUPS).then()
                .statusCode(200).body("items.id", contains(c, b, a));
        api().queryParam("q", marker).queryParam("sort", "code").when().get(GROUPS).then()
                .statusCode(200).body("items.id", contains(b, c, a));
        api().queryParam("q", marker).queryParam("sort", "-code").when().get(GROUPS).then()
                .statusCode(200).body("items.id", contains(a, c, b));
        api().queryParam("q", marker).queryParam("sort", "name").queryParam("page", 1).queryParam("size", 2)
                .when().get(GROUPS).then()
                .statusCode(200).body("items.id", contains(c)).body("page", equalTo(1)).body("size", equalTo(2))
                .body("totalItems", equalTo(3));
    }

    @Test
    void shouldReturn400ForAnUnknownSortOrBadPaging() {
        api().queryParam("sort", "scopeUnitId").when().get(GROUPS).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations[0].field", equalTo("sort"));
        api().queryParam("size", "0").when().get(GROUPS).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations[0].field", equalTo("size"));
    }

    // ---- update ----

    @Test
    void shouldUpdateWithIfMatchAndRejectStaleOrMissingVersions() {
        String province = createId(UNITS, unit(unique("UBND tỉnh Tây Ninh"), "PROVINCE", null));
        String member = createId(UNITS, unit(unique("Sở Nội vụ"), "DEPARTMENT", null));
        String id = createId(GROUPS, group(unique("Các sở, ban, ngành"), null, null, List.of(member)));
        var change = group(unique("Các xã, phường"), List.of("COMMUNE"), province, List.of());

        api().header("If-Match", "\"0\"").body(change).when().put(GROUP, id).then()
                .statusCode(200).header("ETag", "\"1\"")
                .body("version", equalTo(1))
                .body("name", equalTo(change.get("name")))
                .body("kinds", contains("COMMUNE"))
                .body("scopeUnitId", equalTo(province))
                .body("memberIds", empty());
        api().when().get(GROUP, id).then().statusCode(200).header("ETag", "\"1\"").body("memberIds", empty());

        api().header("If-Match", "\"0\"").body(change).when().put(GROUP, id).then()
                .statusCode(412).body("type", equalTo("/problems/stale-version"));
        api().body(change).when().put(GROUP, id).then()
                .statusCode(428).body("type", equalTo("/problems/precondition-required"));
    }

    @Test
    void shouldReturn400WhenAnUpdateBreaksTheRules() {
        String id = createId(GROUPS, group(unique("Nhóm"), null));
        api().header("If-Match", "\"0\"").body(group(unique("Nhóm"), List.of(), null, List.of())).when()
                .put(GROUP, id).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", hasItem("kinds"));
        api().when().get(GROUP, id).then().statusCode(200).header("ETag", "\"0\"");
    }

    // ---- delete ----

    @Test
    void shouldDeleteAnUnusedGroupWithIfMatch() {
        String id = createId(GROUPS, group(unique("Nhóm tạm"), null));
        api().when().delete(GROUP, id).then()
                .statusCode(428).body("type", equalTo("/problems/precondition-required"));
        api().header("If-Match", "\"3\"").when().delete(GROUP, id).then()
                .statusCode(412).body("type", equalTo("/problems/stale-version"));
        api().header("If-Match", "\"0\"").when().delete(GROUP, id).then().statusCode(204);
        api().when().get(GROUP, id).then().statusCode(404).body("type", equalTo("/problems/not-found"));
    }

    @Test
    void shouldReturn409WhenDeletingAGroupAnObligationPointsAt() {
        String id = createId(GROUPS, group(unique("Các sở, ban, ngành"), null));
        String plan = plan();
        String obligation = createId(OBLIGATIONS, Map.of("kind", "ANNUAL_REPORT",
                "title", "Báo cáo kết quả thực hiện công tác dân vận chính quyền năm", "groupId", id,
                "dueMonthDay", "--12-05"), plan);

        api().header("If-Match", "\"0\"").when().delete(GROUP, id).then()
                .statusCode(409).body("type", equalTo("/problems/unit-group-in-use"));
        api().when().get(GROUP, id).then().statusCode(200).header("ETag", "\"0\"");

        // once the obligation is gone the group can go too
        api().header("If-Match", etag(OBLIGATION, plan, obligation)).when().delete(OBLIGATION, plan, obligation)
                .then().statusCode(204);
        api().header("If-Match", "\"0\"").when().delete(GROUP, id).then().statusCode(204);
    }

    @Test
    void shouldReturn409WhenDeletingAGroupATargetPointsAt() {
        String id = createId(GROUPS, group(unique("Các xã, phường"), null));
        String plan = plan();
        String target = createId(TARGETS, Map.of("ordinal", "1",
                "statement", "100% cơ quan, đơn vị xây dựng kế hoạch thực hiện công tác dân vận chính quyền",
                "population", Map.of("groupId", id, "basis", "UNITS"),
                "measure", Map.of("kind", "MANUAL")), plan);

        api().header("If-Match", "\"0\"").when().delete(GROUP, id).then()
                .statusCode(409).body("type", equalTo("/problems/unit-group-in-use"));
        api().when().get(GROUP, id).then().statusCode(200);

        api().header("If-Match", etag(TARGET, plan, target)).when().delete(TARGET, plan, target)
                .then().statusCode(204);
        api().header("If-Match", "\"0\"").when().delete(GROUP, id).then().statusCode(204);
    }

    // ---- validation and conflicts ----

    @Test
    void shouldReturn400WhenKindsAreGivenWithoutAScopeUnit() {
        api().body(group(unique("Các xã"), List.of("COMMUNE"), null, List.of())).when().post(GROUPS).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", contains("scopeUnitId"));
    }

    @Test
    void shouldReturn400WhenAGroupHasNeitherKindsNorMembers() {
        api().body(group(unique("Nhóm rỗng"), List.of(), null, List.of())).when().post(GROUPS).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", contains("kinds"));
        api().body(Map.of("name", unique("Nhóm rỗng"))).when().post(GROUPS).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", contains("kinds"));
    }

    @Test
    void shouldReturn400ForAnUnknownMemberOrScopeUnit() {
        String unknown = UUID.randomUUID().toString();
        api().body(group(unique("Nhóm"), List.of(), null, List.of(unknown))).when().post(GROUPS).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", contains("memberIds"));
        api().body(group(unique("Nhóm"), List.of("COMMUNE"), unknown, List.of())).when().post(GROUPS).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", contains("scopeUnitId"));
    }

    @Test
    void shouldReturn400ForAnUnknownKindValue() {
        String province = createId(UNITS, unit(unique("UBND tỉnh"), "PROVINCE", null));
        api().body(group(unique("Các bộ"), List.of("MINISTRY"), province, List.of())).when().post(GROUPS).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations[0].field", equalTo("kinds[0]"));
    }

    @Test
    void shouldReturn400ForABlankName() {
        String member = createId(UNITS, unit(unique("Sở Nội vụ"), "DEPARTMENT", null));
        api().body(group(" ", List.of(), null, List.of(member))).when().post(GROUPS).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", contains("name"));
    }

    @Test
    void shouldReturn409ForADuplicateCode() {
        String code = "DUP-" + marker();
        createId(GROUPS, group(unique("Nhóm"), code));
        api().body(group(unique("Nhóm khác"), code)).when().post(GROUPS).then()
                .statusCode(409).body("type", equalTo("/problems/duplicate-code"));

        String other = createId(GROUPS, group(unique("Nhóm thứ ba"), "DUP-" + marker()));
        api().header("If-Match", "\"0\"").body(group(unique("Nhóm thứ ba"), code)).when().put(GROUP, other).then()
                .statusCode(409).body("type", equalTo("/problems/duplicate-code"));
    }

    @Test
    void shouldReturn415ForANonJsonBody() {
        api().contentType("text/plain").body("Các xã, phường").when().post(GROUPS).then()
                .statusCode(415).body("type", equalTo("/problems/unsupported-media-type"));
    }

    @Test
    void shouldReturn404ForAnUnknownGroup() {
        String unknown = UUID.randomUUID().toString();
        api().when().get(GROUP, unknown).then().statusCode(404).body("type", equalTo("/problems/not-found"));
        api().when().get(GROUP, "not-an-id").then().statusCode(404).body("type", equalTo("/problems/not-found"));
        api().header("If-Match", "\"0\"").body(group(unique("Nhóm"), null)).when().put(GROUP, unknown).then()
                .statusCode(404).body("type", equalTo("/problems/not-found"));
        api().header("If-Match", "\"0\"").when().delete(GROUP, unknown).then()
                .statusCode(404).body("type", equalTo("/problems/not-found"));
        api().when().get(MEMBERS, unknown).then().statusCode(404).body("type", equalTo("/problems/not-found"));
    }

    // ---- members ----

    @Test
    void shouldResolveUnitsOfTheKindsUnderTheScopePlusExplicitMembers() {
        String province = createId(UNITS, unit(unique("UBND tỉnh Tây Ninh"), "PROVINCE", null));
        String department = createId(UNITS, unit("Sở Nội vụ", "DEPARTMENT", province));
        String commune = createId(UNITS, unit("UBND xã Hưng Điền", "COMMUNE", province));
        String deepCommune = createId(UNITS, unit("UBND phường Tân Ninh", "COMMUNE", department));
        String elsewhere = createId(UNITS, unit(unique("UBND tỉnh Đồng Tháp"), "PROVINCE", null));
        String communeElsewhere = createId(UNITS, unit("UBND xã Mỹ An", "COMMUNE", elsewhere));
        String explicit = createId(UNITS, unit("Ban Dân vận Tỉnh ủy", "PARTY_BODY", elsewhere));
        String id = createId(GROUPS, group(unique("Các xã, phường và Ban Dân vận"), List.of("COMMUNE"), province,
                List.of(explicit)));

        // by name: Ban Dân vận (explicit, outside the scope), then the two communes at any depth
        api().queryParam("on", "2025-09-01").when().get(MEMBERS, id).then()
                .statusCode(200)
                .body("items.id", contains(explicit, deepCommune, commune))
                .body("totalItems", equalTo(3));
        // today when no day is given: none of these units has an end
        api().when().get(MEMBERS, id).then()
                .statusCode(200).body("items.id", contains(explicit, deepCommune, commune));
        // units of other kinds, or of the kind outside the scope, stay out
        api().queryParam("on", "2025-09-01").when().get(MEMBERS, id).then()
                .body("items.id", not(hasItem(department)))
                .body("items.id", not(hasItem(province)))
                .body("items.id", not(hasItem(communeElsewhere)));
    }

    @Test
    void shouldDropMembersNotValidOnTheDayWithInclusiveEdges() {
        String province = createId(UNITS, unit(unique("UBND tỉnh Tây Ninh"), "PROVINCE", null));
        String byKind = unitValid("UBND xã Hưng Điền", "COMMUNE", province, "2025-07-01", "2026-06-30");
        String outside = createId(UNITS, unit(unique("UBND tỉnh Long An"), "PROVINCE", null));
        String explicit = unitValid("UBND huyện Tân Hưng", "DISTRICT", outside, "2025-07-01", "2026-06-30");
        String always = createId(UNITS, unit("UBND xã Vĩnh Hưng", "COMMUNE", province));
        String id = createId(GROUPS, group(unique("Các xã"), List.of("COMMUNE"), province, List.of(explicit)));

        api().queryParam("on", "2025-06-30").when().get(MEMBERS, id).then()
                .statusCode(200).body("items.id", contains(always)).body("totalItems", equalTo(1));
        api().queryParam("on", "2025-07-01").when().get(MEMBERS, id).then()
                .statusCode(200).body("items.id", contains(explicit, byKind, always)).body("totalItems", equalTo(3));
        api().queryParam("on", "2026-06-30").when().get(MEMBERS, id).then()
                .statusCode(200).body("items.id", contains(explicit, byKind, always));
        api().queryParam("on", "2026-07-01").when().get(MEMBERS, id).then()
                .statusCode(200).body("items.id", contains(always)).body("totalItems", equalTo(1));
    }

    @Test
    void shouldPageMembersByName() {
        String province = createId(UNITS, unit(unique("UBND tỉnh Tây Ninh"), "PROVINCE", null));
        String a = createId(UNITS, unit("UBND xã An Lục Long", "COMMUNE", province));
        String c = createId(UNITS, unit("UBND xã Cẩm Giang", "COMMUNE", province));
        String b = createId(UNITS, unit("UBND xã Bến Cầu", "COMMUNE", province));
        String id = createId(GROUPS, group(unique("Các xã"), List.of("COMMUNE"), province, List.of()));

        api().queryParam("on", "2025-09-01").queryParam("size", 2).when().get(MEMBERS, id).then()
                .statusCode(200).body("items.id", contains(a, b))
                .body("page", equalTo(0)).body("size", equalTo(2)).body("totalItems", equalTo(3));
        api().queryParam("on", "2025-09-01").queryParam("size", 2).queryParam("page", 1).when().get(MEMBERS, id)
                .then().statusCode(200).body("items.id", contains(c))
                .body("page", equalTo(1)).body("totalItems", equalTo(3));
        api().queryParam("on", "2025-09-01").queryParam("size", 2).queryParam("page", 2).when().get(MEMBERS, id)
                .then().statusCode(200).body("items", empty()).body("totalItems", equalTo(3));
    }

    @Test
    void shouldReturn400ForABadDayOrPaging() {
        String id = createId(GROUPS, group(unique("Nhóm"), null));
        api().queryParam("on", "30/06/2025").when().get(MEMBERS, id).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", contains("on"));
        api().queryParam("on", "2025-02-30").when().get(MEMBERS, id).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", contains("on"));
        api().queryParam("size", "501").when().get(MEMBERS, id).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", contains("size"));
    }
}
