package org.danvan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.danvan.common.Api.api;
import static org.danvan.common.Api.createId;
import static org.danvan.common.Api.etag;
import static org.danvan.common.Api.renameUnit;
import static org.danvan.common.Api.unit;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlanResourceTest {

    private static final String UNITS = "/api/v1/org-units";
    private static final String GROUPS = "/api/v1/unit-groups";
    private static final String PLANS = "/api/v1/plans";
    private static final String PLAN = "/api/v1/plans/{id}";
    private static final String ISSUE = "/api/v1/plans/{id}/issue";
    private static final String CLOSE = "/api/v1/plans/{id}/close";
    private static final String OBLIGATIONS = "/api/v1/plans/{planId}/obligations";
    private static final String TARGETS = "/api/v1/plans/{planId}/targets";
    private static final String TASKS = "/api/v1/plans/{planId}/tasks";
    private static final String PERIODS = "/api/v1/obligations/{id}/periods";
    private static final String EXTENSIONS = "/api/v1/obligations/{id}/extensions";

    private static String marker() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static String unique(String name) {
        return name + " " + marker();
    }

    /** A new issuer, so numbers such as 859 never collide with another test's plans. */
    private static String issuer() {
        return createId(UNITS, unit(unique("UBND tỉnh Tây Ninh"), "PROVINCE", null));
    }

    private static Map<String, Object> plan(String issuerId, String title, int start, int end) {
        var body = new HashMap<String, Object>();
        body.put("issuerId", issuerId);
        body.put("title", title);
        body.put("periodStart", start);
        body.put("periodEnd", end);
        return body;
    }

    private static Map<String, Object> plan(String issuerId) {
        return plan(issuerId, unique("Thực hiện công tác dân vận chính quyền"), 2024, 2024);
    }

    /** A plan with its full identity: number, symbol and issue date. */
    private static Map<String, Object> identified(String issuerId, int number, String symbol, String issueDate) {
        int year = Integer.parseInt(issueDate.substring(0, 4));
        var body = plan(issuerId, unique("Thực hiện công tác dân vận chính quyền năm " + year), year, year);
        body.put("number", number);
        body.put("symbol", symbol);
        body.put("issueDate", issueDate);
        return body;
    }

    private static String issued(Map<String, Object> body) {
        String id = createId(PLANS, body);
        api().when().post(ISSUE, id).then().statusCode(200);
        return id;
    }

    private static String closed(Map<String, Object> body) {
        String id = issued(body);
        api().when().post(CLOSE, id).then().statusCode(200);
        return id;
    }

    // ---- create, read ----

    @Test
    void shouldCreateADraftPlanWithLocationETagAndReference() {
        String issuer = issuer();
        var body = identified(issuer, 859, "KH-UBND", "2024-03-25");
        body.put("title", "Thực hiện công tác dân vận chính quyền năm 2024 trên địa bàn tỉnh Tây Ninh");
        body.put("issuePlace", "Tây Ninh");
        body.put("implements", "Chương trình phối hợp số 04-CTr/BDVTU-BCSDUBND ngày 21/10/2021");
        body.put("legalBases", List.of(Map.of("type", "CHI_THI", "number", "33/CT-TTg", "date", "2021-11-26",
                "issuingBody", "Thủ tướng Chính phủ")));
        String purpose = "Triển khai thực hiện công tác dân vận trong cơ quan hành chính nhà nước.";
        body.put("purposes", List.of(purpose));
        body.put("signer", Map.of("name", "Võ Đức Trọng", "position", "Phó Chủ tịch", "capacity", "KT"));
        body.put("recipients", List.of("Ban Dân vận Tỉnh ủy", "Các sở, ban, ngành tỉnh"));

        var created = api().body(body).when().post(PLANS).then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("status", equalTo("DRAFT"))
                .body("number", equalTo(859))
                .body("symbol", equalTo("KH-UBND"))
                .body("reference", equalTo("859/KH-UBND"))
                .body("issuerId", equalTo(issuer))
                .body("issueDate", equalTo("2024-03-25"))
                .body("implements", equalTo(body.get("implements")))
                .body("legalBases[0].number", equalTo("33/CT-TTg"))
                .body("legalBases[0].date", equalTo("2021-11-26"))
                .body("signer.capacity", equalTo("KT"))
                .body("recipients", contains("Ban Dân vận Tỉnh ủy", "Các sở, ban, ngành tỉnh"))
                .body("version", equalTo(0))
                .body("createdAt", notNullValue())
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/plans/" + id);

        api().when().get(PLAN, id).then()
                .statusCode(200).header("ETag", "\"0\"")
                .body("id", equalTo(id))
                .body("title", equalTo(body.get("title")))
                .body("reference", equalTo("859/KH-UBND"))
                .body("status", equalTo("DRAFT"))
                .body("purposes", contains(purpose))
                .body("signer.name", equalTo("Võ Đức Trọng"));
    }

    @Test
    void shouldWriteAPartyBodyReferenceWithAHyphen() {
        api().body(identified(issuer(), 141, "KH/BDVTU", "2024-04-02")).when().post(PLANS).then()
                .statusCode(201).body("reference", equalTo("141-KH/BDVTU"));
    }

    @Test
    void shouldCreateADraftWithoutNumberSymbolOrIssueDate() {
        api().body(plan(issuer())).when().post(PLANS).then()
                .statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("number", nullValue())
                .body("symbol", nullValue())
                .body("reference", nullValue())
                .body("issueDate", nullValue())
                .body("legalBases", empty());
    }

    // ---- list ----

    @Test
    void shouldFindPlansIgnoringDiacriticsOverTitleAndReference() {
        String marker = marker();
        String issuer = issuer();
        var body = identified(issuer, 859, "KH-UBND-" + marker.toUpperCase(), "2024-03-25");
        body.put("title", "Thực hiện công tác dân vận chính quyền năm 2024 trên địa bàn tỉnh Đồng Tháp " + marker);
        String id = createId(PLANS, body);

        api().queryParam("q", "thuc hien cong tac dan van chinh quyen nam 2024 tren dia ban tinh dong thap " + marker)
                .when().get(PLANS).then()
                .statusCode(200).body("totalItems", equalTo(1)).body("items.id", contains(id));
        api().queryParam("q", "ĐỒNG THÁP " + marker.toUpperCase()).when().get(PLANS).then()
                .statusCode(200).body("items.id", contains(id));
        api().queryParam("q", "859/kh-ubnd-" + marker).when().get(PLANS).then()
                .statusCode(200).body("items.id", contains(id));
        api().queryParam("q", "tinh ben tre " + marker).when().get(PLANS).then()
                .statusCode(200).body("totalItems", equalTo(0)).body("items", empty());
    }

    @Test
    void shouldFindPlansHavingEveryWordInAnyOrderOverNumberTitlePeriodAndIssuer() {
        String issuer = createId(UNITS, unit("UBND tỉnh Tây Ninh " + marker(), "PROVINCE", null));
        var body = identified(issuer, 859, "KH-UBND", "2024-03-25");
        body.put("title", "Thực hiện công tác dân vận chính quyền trên địa bàn tỉnh");
        String dvcq = createId(PLANS, body);
        var other = identified(issuer, 141, "KH-UBND", "2022-02-10");
        other.put("title", "Thực hiện quy chế dân chủ ở cơ sở");
        other.put("periodEnd", 2026);
        String qcdc = createId(PLANS, other);

        for (String q : List.of("dân vận 2024", "kế hoạch 859", "tây ninh 2024", "KH-UBND 859", "859/kh-ubnd",
                "2024 VẬN DÂN")) {
            api().queryParam("q", q).queryParam("issuerId", issuer).when().get(PLANS).then()
                    .statusCode(200).body("totalItems", equalTo(1)).body("items.id", contains(dvcq));
        }
        api().queryParam("q", "Tay Ninh").queryParam("issuerId", issuer).queryParam("sort", "issueDate")
                .when().get(PLANS).then()
                .statusCode(200).body("totalItems", equalTo(2)).body("items.id", contains(qcdc, dvcq));
        api().queryParam("q", "dân chủ 2022-2026").queryParam("issuerId", issuer).when().get(PLANS).then()
                .statusCode(200).body("items.id", contains(qcdc));
        api().queryParam("q", "dân vận 2024 quảng").queryParam("issuerId", issuer).when().get(PLANS).then()
                .statusCode(200).body("totalItems", equalTo(0)).body("items", empty());
    }

    @Test
    void shouldFindAPlanByItsIssuersNewNameAfterTheIssuerIsRenamed() {
        String marker = marker();
        String issuer = createId(UNITS, unit("UBND tỉnh Tây Ninh " + marker, "PROVINCE", null));
        String id = createId(PLANS, identified(issuer, 859, "KH-UBND", "2024-03-25"));
        String version = etag(PLAN, id);

        renameUnit(issuer, unit("UBND tỉnh Long An " + marker, "PROVINCE", null));

        api().queryParam("q", "long an " + marker).when().get(PLANS).then()
                .statusCode(200).body("items.id", contains(id));
        api().queryParam("q", "tay ninh " + marker).when().get(PLANS).then()
                .statusCode(200).body("totalItems", equalTo(0));
        // a name the plan repeats changed, not the plan: its ETag stays
        assertThat(etag(PLAN, id)).isEqualTo(version);
    }

    @Test
    void shouldFilterPlansByYearStatusAndIssuer() {
        String issuer = issuer();
        String early = createId(PLANS, plan(issuer, unique("Giai đoạn 2022-2024"), 2022, 2024));
        String single = createId(PLANS, plan(issuer, unique("Năm 2025"), 2025, 2025));
        var body = identified(issuer, 12, "KH-UBND", "2024-01-15");
        body.put("periodEnd", 2026);
        String late = issued(body);

        api().queryParam("issuerId", issuer).when().get(PLANS).then()
                .statusCode(200).body("totalItems", equalTo(3));
        api().queryParam("issuerId", issuer).queryParam("year", 2022).when().get(PLANS).then()
                .statusCode(200).body("items.id", contains(early));
        api().queryParam("issuerId", issuer).queryParam("year", 2024).when().get(PLANS).then()
                .statusCode(200).body("items.id", containsInAnyOrder(early, late));
        api().queryParam("issuerId", issuer).queryParam("year", 2025).when().get(PLANS).then()
                .statusCode(200).body("items.id", containsInAnyOrder(single, late));
        api().queryParam("issuerId", issuer).queryParam("year", 2026).when().get(PLANS).then()
                .statusCode(200).body("items.id", contains(late));
        api().queryParam("issuerId", issuer).queryParam("year", 2027).when().get(PLANS).then()
                .statusCode(200).body("totalItems", equalTo(0));
        api().queryParam("issuerId", issuer).queryParam("status", "ISSUED").when().get(PLANS).then()
                .statusCode(200).body("items.id", contains(late));
        api().queryParam("issuerId", issuer).queryParam("status", "DRAFT").when().get(PLANS).then()
                .statusCode(200).body("items.id", containsInAnyOrder(early, single));
        api().queryParam("issuerId", issuer).queryParam("status", "CLOSED").when().get(PLANS).then()
                .statusCode(200).body("totalItems", equalTo(0));
        // another issuer's plans, an unknown or a malformed issuer: nothing of these
        api().queryParam("issuerId", issuer()).when().get(PLANS).then()
                .statusCode(200).body("totalItems", equalTo(0));
        api().queryParam("issuerId", "not-an-id").when().get(PLANS).then()
                .statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void shouldSortPlansByIssueDateTitleOrPeriodStart() {
        String marker = marker();
        String issuer = issuer();
        var a = identified(issuer, 1, "KH-UBND", "2023-05-01");
        a.put("title", marker + " A");
        a.put("periodStart", 2021);
        var b = identified(issuer, 2, "KH-UBND", "2024-02-01");
        b.put("title", marker + " B");
        b.put("periodStart", 2024);
        var c = identified(issuer, 3, "KH-UBND", "2022-09-01");
        c.put("title", marker + " C");
        c.put("periodStart", 2022);
        String idA = createId(PLANS, a);
        String idB = createId(PLANS, b);
        String idC = createId(PLANS, c);

        api().queryParam("q", marker).when().get(PLANS).then()
                .statusCode(200).body("items.id", contains(idB, idA, idC));
        api().queryParam("q", marker).queryParam("sort", "issueDate").when().get(PLANS).then()
                .statusCode(200).body("items.id", contains(idC, idA, idB));
        api().queryParam("q", marker).queryParam("sort", "title").when().get(PLANS).then()
                .statusCode(200).body("items.id", contains(idA, idB, idC));
        api().queryParam("q", marker).queryParam("sort", "-title").when().get(PLANS).then()
                .statusCode(200).body("items.id", contains(idC, idB, idA));
        api().queryParam("q", marker).queryParam("sort", "periodStart").when().get(PLANS).then()
                .statusCode(200).body("items.id", contains(idA, idC, idB));
        api().queryParam("q", marker).queryParam("sort", "-periodStart").queryParam("size", 2).when().get(PLANS)
                .then().statusCode(200).body("items.id", contains(idB, idC))
                .body("size", equalTo(2)).body("totalItems", equalTo(3));
    }

    @Test
    void shouldReturn400ForBadListParameters() {
        api().queryParam("year", "2024a").when().get(PLANS).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", contains("year"));
        api().queryParam("year", "1900").when().get(PLANS).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", contains("year"));
        api().queryParam("status", "OPEN").when().get(PLANS).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", contains("status"));
        api().queryParam("sort", "number").when().get(PLANS).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", contains("sort"));
    }

    // ---- update ----

    @Test
    void shouldUpdateWithIfMatchAndRejectStaleOrMissingVersions() {
        String issuer = issuer();
        String id = createId(PLANS, plan(issuer));
        var change = identified(issuer, 859, "KH-UBND", "2024-03-25");

        api().header("If-Match", "\"0\"").body(change).when().put(PLAN, id).then()
                .statusCode(200).header("ETag", "\"1\"")
                .body("version", equalTo(1))
                .body("title", equalTo(change.get("title")))
                .body("reference", equalTo("859/KH-UBND"))
                .body("status", equalTo("DRAFT"));
        api().when().get(PLAN, id).then().statusCode(200).header("ETag", "\"1\"");

        api().header("If-Match", "\"0\"").body(change).when().put(PLAN, id).then()
                .statusCode(412).body("type", equalTo("/problems/stale-version"));
        api().body(change).when().put(PLAN, id).then()
                .statusCode(428).body("type", equalTo("/problems/precondition-required"));
    }

    // ---- validation ----

    @Test
    void shouldReturn400WhenThePeriodEndsBeforeItStarts() {
        api().body(plan(issuer(), unique("Giai đoạn"), 2025, 2024)).when().post(PLANS).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", contains("periodEnd"));
    }

    @Test
    void shouldReturn400ForAnUnknownIssuer() {
        api().body(plan(UUID.randomUUID().toString())).when().post(PLANS).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", contains("issuerId"));
    }

    @Test
    void shouldReturn400ForABlankTitle() {
        api().body(plan(issuer(), "  ", 2024, 2024)).when().post(PLANS).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", contains("title"));
    }

    @Test
    void shouldReturn400ForALegalBasisWithoutNumber() {
        var body = plan(issuer());
        body.put("legalBases", List.of(Map.of("type", "CHI_THI", "number", " ")));
        api().body(body).when().post(PLANS).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", contains("legalBases[0].number"));
    }

    @Test
    void shouldReturn400ForMissingRequiredFields() {
        api().body(Map.of("title", unique("Kế hoạch"))).when().post(PLANS).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", containsInAnyOrder("issuerId", "periodEnd", "periodStart"));
    }

    // ---- identity ----

    @Test
    void shouldReturn409ForADuplicateNumberAndSymbolOfTheSameIssuerInTheSameYear() {
        String issuer = issuer();
        createId(PLANS, identified(issuer, 859, "KH-UBND", "2024-03-25"));

        api().body(identified(issuer, 859, "KH-UBND", "2024-11-02")).when().post(PLANS).then()
                .statusCode(409).body("type", equalTo("/problems/duplicate-plan-reference"));
        // numbers restart every year, and every issuer has its own
        api().body(identified(issuer, 859, "KH-UBND", "2025-03-25")).when().post(PLANS).then()
                .statusCode(201).body("reference", equalTo("859/KH-UBND"));
        api().body(identified(issuer(), 859, "KH-UBND", "2024-03-25")).when().post(PLANS).then()
                .statusCode(201).body("reference", equalTo("859/KH-UBND"));
        // a different symbol is another document
        api().body(identified(issuer, 859, "KH-BCĐ", "2024-03-25")).when().post(PLANS).then()
                .statusCode(201).body("reference", equalTo("859/KH-BCĐ"));
    }

    @Test
    void shouldReturn409WhenAnUpdateTakesAnotherPlansReference() {
        String issuer = issuer();
        createId(PLANS, identified(issuer, 859, "KH-UBND", "2024-03-25"));
        String other = createId(PLANS, identified(issuer, 860, "KH-UBND", "2024-03-26"));
        api().header("If-Match", "\"0\"").body(identified(issuer, 859, "KH-UBND", "2024-03-26"))
                .when().put(PLAN, other).then()
                .statusCode(409).body("type", equalTo("/problems/duplicate-plan-reference"));
    }

    // ---- issue, close ----

    @Test
    void shouldIssueADraftPlanWithItsFullIdentity() {
        String id = createId(PLANS, identified(issuer(), 859, "KH-UBND", "2024-03-25"));
        api().when().post(ISSUE, id).then()
                .statusCode(200).header("ETag", "\"1\"")
                .body("status", equalTo("ISSUED")).body("version", equalTo(1));
        api().when().get(PLAN, id).then().statusCode(200).body("status", equalTo("ISSUED"));
    }

    @Test
    void shouldReturn409WhenIssuingAPlanWithoutNumberSymbolOrIssueDate() {
        String issuer = issuer();
        for (String missing : List.of("number", "symbol", "issueDate")) {
            var body = identified(issuer, 100 + missing.length(), "KH-UBND", "2024-03-25");
            body.put(missing, null);
            String id = createId(PLANS, body);
            api().when().post(ISSUE, id).then()
                    .statusCode(409).body("type", equalTo("/problems/plan-identity-incomplete"));
            api().when().get(PLAN, id).then().statusCode(200).body("status", equalTo("DRAFT"));
        }
    }

    @Test
    void shouldReturn409WhenIssuingAPlanThatIsNotADraft() {
        String issued = issued(identified(issuer(), 859, "KH-UBND", "2024-03-25"));
        api().when().post(ISSUE, issued).then()
                .statusCode(409).body("type", equalTo("/problems/illegal-plan-transition"));
        String closed = closed(identified(issuer(), 859, "KH-UBND", "2024-03-25"));
        api().when().post(ISSUE, closed).then()
                .statusCode(409).body("type", equalTo("/problems/illegal-plan-transition"));
    }

    @Test
    void shouldFreezeTheIdentityOfAnIssuedPlanButLetItsTitleChange() {
        String issuer = issuer();
        var body = identified(issuer, 859, "KH-UBND", "2024-03-25");
        String id = issued(body);

        var number = new HashMap<>(body);
        number.put("number", 860);
        var symbol = new HashMap<>(body);
        symbol.put("symbol", "KH-BCĐ");
        var otherIssuer = new HashMap<>(body);
        otherIssuer.put("issuerId", issuer());
        var issueDate = new HashMap<>(body);
        issueDate.put("issueDate", "2024-03-26");
        for (var change : List.of(number, symbol, otherIssuer, issueDate)) {
            api().header("If-Match", "\"1\"").body(change).when().put(PLAN, id).then()
                    .statusCode(409).body("type", equalTo("/problems/plan-identity-frozen"));
        }
        api().when().get(PLAN, id).then().statusCode(200).header("ETag", "\"1\"")
                .body("reference", equalTo("859/KH-UBND")).body("issueDate", equalTo("2024-03-25"));

        var title = new HashMap<>(body);
        title.put("title", "Thực hiện công tác dân vận chính quyền năm 2024 (sửa đổi)");
        api().header("If-Match", "\"1\"").body(title).when().put(PLAN, id).then()
                .statusCode(200).header("ETag", "\"2\"")
                .body("title", equalTo(title.get("title")))
                .body("status", equalTo("ISSUED"))
                .body("reference", equalTo("859/KH-UBND"));
    }

    @Test
    void shouldCloseAnIssuedPlan() {
        String id = issued(identified(issuer(), 859, "KH-UBND", "2024-03-25"));
        api().when().post(CLOSE, id).then()
                .statusCode(200).header("ETag", "\"2\"").body("status", equalTo("CLOSED"));
        api().when().get(PLAN, id).then().statusCode(200).body("status", equalTo("CLOSED"));
    }

    @Test
    void shouldReturn409WhenClosingADraftPlan() {
        String id = createId(PLANS, identified(issuer(), 859, "KH-UBND", "2024-03-25"));
        api().when().post(CLOSE, id).then()
                .statusCode(409).body("type", equalTo("/problems/illegal-plan-transition"));
        api().when().get(PLAN, id).then().statusCode(200).body("status", equalTo("DRAFT"));
    }

    @Test
    void shouldReturn409WhenClosingAClosedPlan() {
        String id = closed(identified(issuer(), 859, "KH-UBND", "2024-03-25"));
        api().when().post(CLOSE, id).then()
                .statusCode(409).body("type", equalTo("/problems/illegal-plan-transition"));
    }

    @Test
    void shouldReturn409WhenUpdatingAClosedPlan() {
        var body = identified(issuer(), 859, "KH-UBND", "2024-03-25");
        String id = closed(body);
        var change = new HashMap<>(body);
        change.put("title", "Thực hiện công tác dân vận chính quyền năm 2024 (sửa đổi)");
        api().header("If-Match", etag(PLAN, id)).body(change).when().put(PLAN, id).then()
                .statusCode(409).body("type", equalTo("/problems/plan-closed"));
        api().when().get(PLAN, id).then().statusCode(200).header("ETag", "\"2\"")
                .body("title", equalTo(body.get("title")));
    }

    // ---- delete ----

    @Test
    void shouldDeleteADraftPlanWithIfMatch() {
        String id = createId(PLANS, plan(issuer()));
        api().when().delete(PLAN, id).then()
                .statusCode(428).body("type", equalTo("/problems/precondition-required"));
        api().header("If-Match", "\"5\"").when().delete(PLAN, id).then()
                .statusCode(412).body("type", equalTo("/problems/stale-version"));
        api().header("If-Match", "\"0\"").when().delete(PLAN, id).then().statusCode(204);
        api().when().get(PLAN, id).then().statusCode(404).body("type", equalTo("/problems/not-found"));
    }

    @Test
    void shouldDeleteADraftPlanWithItsTasksTargetsAndObligations() {
        String issuer = issuer();
        String id = createId(PLANS, plan(issuer));
        String group = createId(GROUPS, Map.of("name", unique("Các sở, ban, ngành"), "memberIds", List.of(issuer)));
        String obligation = createId(OBLIGATIONS, Map.of("kind", "SEMIANNUAL_REPORT",
                "title", "Báo cáo 6 tháng", "groupId", group, "dueMonthDay", "--06-10"), id);
        createId(TARGETS, Map.of("ordinal", "1", "statement", "100% cơ quan nộp báo cáo 6 tháng đúng hạn",
                "comparator", "GTE", "thresholdPercent", 100,
                "population", Map.of("groupId", group, "basis", "UNITS"),
                "measure", Map.of("kind", "SUBMISSION", "obligationId", obligation)), id);
        createId(TASKS, Map.of("ordinal", "1", "content", "Tổ chức quán triệt kế hoạch",
                "leadUnitIds", List.of(issuer), "timeFrame", Map.of("kind", "CONTINUOUS")), id);
        String period = api().when().get(PERIODS, obligation).then().statusCode(200).extract().path("items[0].id");
        createId(EXTENSIONS, Map.of("periodId", period, "unitId", issuer, "dueDate", "2024-06-30",
                "reason", "Đơn vị đang kiện toàn tổ chức bộ máy"), obligation);

        api().header("If-Match", "\"0\"").when().delete(PLAN, id).then().statusCode(204);
        api().when().get(PLAN, id).then().statusCode(404).body("type", equalTo("/problems/not-found"));
        api().when().get(PERIODS, obligation).then().statusCode(404).body("type", equalTo("/problems/not-found"));
    }

    @Test
    void shouldReturn409WhenDeletingAPlanThatIsNotADraft() {
        String issued = issued(identified(issuer(), 859, "KH-UBND", "2024-03-25"));
        api().header("If-Match", "\"1\"").when().delete(PLAN, issued).then()
                .statusCode(409).body("type", equalTo("/problems/plan-not-draft"));
        String closed = closed(identified(issuer(), 859, "KH-UBND", "2024-03-25"));
        api().header("If-Match", "\"2\"").when().delete(PLAN, closed).then()
                .statusCode(409).body("type", equalTo("/problems/plan-not-draft"));
        api().when().get(PLAN, issued).then().statusCode(200);
        api().when().get(PLAN, closed).then().statusCode(200);
    }

    // ---- unknown ids, language, media type ----

    @Test
    void shouldReturn404ForAnUnknownPlan() {
        String unknown = UUID.randomUUID().toString();
        api().when().get(PLAN, unknown).then().statusCode(404).body("type", equalTo("/problems/not-found"));
        api().when().get(PLAN, "not-an-id").then().statusCode(404).body("type", equalTo("/problems/not-found"));
        api().header("If-Match", "\"0\"").body(plan(issuer())).when().put(PLAN, unknown).then()
                .statusCode(404).body("type", equalTo("/problems/not-found"));
        api().header("If-Match", "\"0\"").when().delete(PLAN, unknown).then()
                .statusCode(404).body("type", equalTo("/problems/not-found"));
        api().when().post(ISSUE, unknown).then().statusCode(404).body("type", equalTo("/problems/not-found"));
        api().when().post(CLOSE, unknown).then().statusCode(404).body("type", equalTo("/problems/not-found"));
    }

    @Test
    void shouldTitleProblemsInEnglishWhenAskedAndInVietnameseByDefault() {
        String id = createId(PLANS, plan(issuer()));
        api().header("Accept-Language", "en").when().post(CLOSE, id).then()
                .statusCode(409).body("type", equalTo("/problems/illegal-plan-transition"))
                .body("title", equalTo("Illegal plan state change"))
                .body("detail", equalTo("The plan is DRAFT and cannot become CLOSED."));
        api().when().post(CLOSE, id).then()
                .statusCode(409).body("type", equalTo("/problems/illegal-plan-transition"))
                .body("title", equalTo("Không thể chuyển trạng thái kế hoạch"));
        api().header("Accept-Language", "en").when().post(ISSUE, id).then()
                .statusCode(409).body("type", equalTo("/problems/plan-identity-incomplete"))
                .body("title", equalTo("The plan lacks a number, symbol or issue date"));
        api().header("Accept-Language", "en").when().get(PLAN, UUID.randomUUID().toString()).then()
                .statusCode(404).body("type", equalTo("/problems/not-found")).body("title", equalTo("Not found"));
        api().header("Accept-Language", "en").body(plan(issuer(), unique("Giai đoạn"), 2025, 2024)).when().post(PLANS)
                .then().statusCode(400).body("type", equalTo("/problems/validation"))
                .body("title", equalTo("Invalid data"))
                .body("violations[0].message", equalTo("must not be before 2025"));
    }

    @Test
    void shouldReturn415ForANonJsonBody() {
        api().contentType("text/plain").body("Kế hoạch 859/KH-UBND").when().post(PLANS).then()
                .statusCode(415).body("type", equalTo("/problems/unsupported-media-type"));
    }

    // ---- the period drives the yearly obligations ----

    @Test
    void shouldReExpandYearlyObligationsWhenThePeriodChanges() {
        String issuer = issuer();
        var body = plan(issuer, unique("Giai đoạn 2022-2024"), 2022, 2024);
        String id = createId(PLANS, body);
        String group = createId(GROUPS, Map.of("name", unique("Các sở, ban, ngành"), "memberIds", List.of(issuer)));
        String obligation = createId(OBLIGATIONS, Map.of("kind", "SEMIANNUAL_REPORT",
                "title", "Báo cáo kết quả thực hiện công tác dân vận chính quyền 6 tháng", "groupId", group,
                "dueMonthDay", "--06-10"), id);
        List<String> before = api().when().get(PERIODS, obligation).then()
                .statusCode(200).body("totalItems", equalTo(3))
                .body("items.year", contains(2022, 2023, 2024))
                .body("items.dueDate", contains("2022-06-10", "2023-06-10", "2024-06-10"))
                .extract().path("items.id");

        body.put("periodEnd", 2026);
        api().header("If-Match", "\"0\"").body(body).when().put(PLAN, id).then()
                .statusCode(200).body("periodEnd", equalTo(2026));
        List<String> after = api().when().get(PERIODS, obligation).then()
                .statusCode(200).body("totalItems", equalTo(5))
                .body("items.year", contains(2022, 2023, 2024, 2025, 2026))
                .body("items.dueDate", hasItem("2026-06-10"))
                .extract().path("items.id");
        assertThat(after.subList(0, 3)).containsExactlyElementsOf(before);

        // shrinking drops the years no longer covered and keeps the rest
        body.put("periodStart", 2023);
        body.put("periodEnd", 2023);
        api().header("If-Match", "\"1\"").body(body).when().put(PLAN, id).then().statusCode(200);
        api().when().get(PERIODS, obligation).then()
                .statusCode(200).body("items.year", contains(2023)).body("items.id", contains(before.get(1)));
    }

    @Test
    void shouldReturn400WhenAPlanWouldImplementItselfThroughAnother() {
        String issuer = issuer();
        String provincial = createId(PLANS, plan(issuer));
        var unitPlan = plan(issuer);
        unitPlan.put("parentPlanId", provincial);
        String child = createId(PLANS, unitPlan);
        var loop = plan(issuer);
        loop.put("parentPlanId", child);
        api().header("If-Match", "\"0\"").body(loop).when().put(PLAN, provincial).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", contains("parentPlanId"));
        api().when().get(PLAN, provincial).then().statusCode(200).body("parentPlanId", nullValue());
    }
}
