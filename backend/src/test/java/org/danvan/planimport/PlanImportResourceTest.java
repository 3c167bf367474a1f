package org.danvan.planimport;

import static org.danvan.common.Api.api;
import static org.danvan.common.Api.as;
import static org.danvan.common.Api.anonymous;
import static org.danvan.common.Api.createId;
import static org.danvan.common.Api.unit;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.danvan.common.TestAccounts;
import org.danvan.plan.PlanFixtures;
import org.junit.jupiter.api.Test;

/** {@code POST /api/v1/plan-imports}: every answer checked against the contract. */
@QuarkusTest
class PlanImportResourceTest {

    private static final String IMPORTS = "/api/v1/plan-imports";
    private static final String TEXT = "text/plain; charset=utf-8";
    private static final String TAY_NINH = SeedPlans.text("tay-ninh-2024-859-KH-UBND");

    @Test
    void shouldReadAPlainTextPlanIntoADraft() {
        api().contentType(TEXT).body(TAY_NINH.getBytes(StandardCharsets.UTF_8))
                .when().post(IMPORTS)
                .then().statusCode(200)
                .body("documentType", equalTo("KE_HOACH"))
                .body("number", equalTo("859/KH-UBND"))
                .body("numberValue", equalTo(859))
                .body("symbol", equalTo("KH-UBND"))
                .body("issueDate", equalTo("2024-03-25"))
                .body("issuer", equalTo("UBND tỉnh Tây Ninh"))
                .body("periodStart", equalTo(2024))
                .body("tasks", hasSize(5))
                .body("targets", hasSize(6))
                .body("targets[5].comparator", equalTo("GT"))
                .body("deadlines[0].dueDate", equalTo("2024-04-10"))
                .body("deadlines[0].kind", equalTo("UNIT_PLAN"))
                .body("signer.name", equalTo("Võ Đức Trọng"))
                .body("sources.number.line", equalTo(1))
                .body("text", startsWith("Số: 859 /KH-UBND"));
    }

    @Test
    void shouldReadAWordDocumentSentAsItsMediaType() {
        api().contentType(PlanImportService.DOCX).body(DocxFixtures.paragraphs(TAY_NINH))
                .when().post(IMPORTS)
                .then().statusCode(200)
                .body("number", equalTo("859/KH-UBND"))
                .body("responsibilities", hasSize(7));
    }

    @Test
    void shouldReadAFileSentAsMultipartForm() {
        String quangNgai = SeedPlans.text("quang-ngai-2023-van-phong-ubnd-qcdc");
        api().contentType("multipart/form-data")
                .multiPart("file", "ke-hoach.docx", DocxFixtures.paragraphs(quangNgai), PlanImportService.DOCX)
                .when().post(IMPORTS)
                .then().statusCode(200)
                .body("symbol", equalTo("KH-VP"))
                .body("number", equalTo(null))
                .body("warnings.code", hasItem("NUMBER_BLANK"))
                .body("tasks", hasSize(8));
        api().contentType("multipart/form-data")
                .multiPart("file", "ke-hoach.txt", quangNgai.getBytes(StandardCharsets.UTF_8), "text/plain")
                .when().post(IMPORTS)
                .then().statusCode(200)
                .body("tasks", hasSize(8));
    }

    @Test
    void shouldWriteWarningsInTheRequestedLanguage() {
        String report = "Số: 12/BC-UBND\nTây Ninh, ngày 10 tháng 12 năm 2024\nBÁO CÁO\nKết quả công tác dân vận năm 2024\n";
        api().contentType(TEXT).header("Accept-Language", "en").body(report.getBytes(StandardCharsets.UTF_8))
                .when().post(IMPORTS)
                .then().statusCode(200)
                .body("documentType", equalTo("BAO_CAO"))
                .body("warnings[0].code", equalTo("NOT_A_PLAN"))
                .body("warnings[0].message", startsWith("This looks like a report, not a plan"))
                .body("warnings[0].source.line", equalTo(3));
        api().contentType(TEXT).header("Accept-Language", "vi").body(report.getBytes(StandardCharsets.UTF_8))
                .when().post(IMPORTS)
                .then().statusCode(200)
                .body("warnings[0].message", startsWith("Văn bản này có vẻ là báo cáo, không phải kế hoạch"));
    }

    @Test
    void shouldMatchUnitsOfTheDirectory() {
        String province = createId(PlanFixtures.UNITS, unit(PlanFixtures.unique("UBND tỉnh Nhập Thử"), "PROVINCE", null));
        String name = PlanFixtures.unique("Sở Nhập Liệu");
        String unitId = createId(PlanFixtures.UNITS, unit(name, "DEPARTMENT", province));
        String text = "Số: 5/KH-UBND\nKẾ HOẠCH\nThực hiện công tác dân vận năm 2025\nII. NỘI DUNG\n"
                + "1. Tuyên truyền.\n- Chủ trì: " + name + "\n- Thời gian thực hiện: Thường xuyên.\n";
        api().contentType(TEXT).body(text.getBytes(StandardCharsets.UTF_8))
                .when().post(IMPORTS)
                .then().statusCode(200)
                .body("tasks[0].leadUnits[0].unitId", equalTo(unitId))
                .body("tasks[0].leadUnits[0].unitName", equalTo(name))
                .body("tasks[0].timeFrame.kind", equalTo("CONTINUOUS"));
    }

    @Test
    void shouldAnswer400ForAnEmptyBody() {
        api().contentType(TEXT).body(new byte[0]).when().post(IMPORTS)
                .then().statusCode(400).body("type", equalTo("/problems/empty-document"));
        api().contentType(TEXT).body("  \n\n ".getBytes(StandardCharsets.UTF_8)).when().post(IMPORTS)
                .then().statusCode(400).body("type", equalTo("/problems/empty-document"));
    }

    @Test
    void shouldAnswer400ForAFormWithoutItsFile() {
        api().contentType("multipart/form-data").multiPart("other", "x").when().post(IMPORTS)
                .then().statusCode(400).body("violations[0].field", equalTo("file"));
    }

    @Test
    void shouldAnswer413OverTheLimit() {
        byte[] huge = "Kế hoạch dân vận. ".repeat(120_000).getBytes(StandardCharsets.UTF_8);
        api().contentType(TEXT).body(huge).when().post(IMPORTS)
                .then().statusCode(413).body("type", equalTo("/problems/payload-too-large"));
    }

    @Test
    void shouldAnswer415ForAnotherMediaType() {
        api().contentType("application/pdf").body(new byte[] {'%', 'P', 'D', 'F', '-', '1'}).when().post(IMPORTS)
                .then().statusCode(415).body("type", equalTo("/problems/unsupported-media-type"))
                .body("detail", org.hamcrest.Matchers.containsString("multipart/form-data"));
    }

    @Test
    void shouldAnswer422ForABinaryOrABrokenWordFile() {
        byte[] binary = {0, 1, 2, (byte) 0xff, (byte) 0xfe, 'x', 0, 9};
        api().contentType(TEXT).body(binary).when().post(IMPORTS)
                .then().statusCode(422).body("type", equalTo("/problems/unreadable-document"));
        api().contentType(PlanImportService.DOCX).body(new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6})
                .when().post(IMPORTS)
                .then().statusCode(422).body("type", equalTo("/problems/unreadable-document"));
        api().contentType("multipart/form-data").multiPart("file", "anh.png", binary, "image/png")
                .when().post(IMPORTS)
                .then().statusCode(422).body("type", equalTo("/problems/unreadable-document"));
    }

    @Test
    void shouldAnswer422ForTextWithNothingOfADocument() {
        api().contentType(TEXT).body("asdf qwer zxcv\nlorem ipsum dolor".getBytes(StandardCharsets.UTF_8))
                .when().post(IMPORTS)
                .then().statusCode(422).body("type", equalTo("/problems/not-a-document"))
                .body("title", notNullValue());
    }

    @Test
    void shouldRefuseAnonymousCallersAndLeaders() {
        anonymous().contentType(TEXT).body(TAY_NINH.getBytes(StandardCharsets.UTF_8)).when().post(IMPORTS)
                .then().statusCode(401);
        as(TestAccounts.LEADER).contentType(TEXT).body(TAY_NINH.getBytes(StandardCharsets.UTF_8)).when().post(IMPORTS)
                .then().statusCode(403);
        as(TestAccounts.ADMIN).contentType(TEXT).body(TAY_NINH.getBytes(StandardCharsets.UTF_8)).when().post(IMPORTS)
                .then().statusCode(200);
    }
}
