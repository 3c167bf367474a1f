package org.danvan.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.danvan.common.Api.api;
import static org.danvan.common.Api.createId;
import static org.danvan.common.Api.unit;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.http.entity.mime.HttpMultipartMode;
import org.danvan.plan.PlanFixtures;

/** What the submission tests build and read through the API (every response checked against the contract). */
final class SubmissionFixtures {

    static final String SUBMISSIONS = "/api/v1/submissions";
    static final String SUBMISSION = "/api/v1/submissions/{submissionId}";
    static final String SUBMIT = SUBMISSION + "/submit";
    static final String RETURN = SUBMISSION + "/return";
    static final String ACCEPT = SUBMISSION + "/accept";
    static final String REOPEN = SUBMISSION + "/reopen";
    static final String HISTORY = SUBMISSION + "/history";
    static final String ATTACHMENTS = SUBMISSION + "/attachments";
    static final String ATTACHMENT = ATTACHMENTS + "/{attachmentId}";
    static final String COMPLETENESS = "/api/v1/plans/{planId}/completeness";

    /** A due date every submission made today is late for. */
    static final String PAST = "2024-04-10";
    /** A due date every submission made today is on time for. */
    static final String FUTURE = "2099-12-31";

    private SubmissionFixtures() {
    }

    /**
     * A province with its departments, the group of its departments, a plan of the due date's year
     * and an obligation of that group with one period, due on that date.
     */
    record Setting(String province, List<String> units, String group, String plan, String obligation,
            String period, String dueDate) {

        static Setting due(String dueDate, int departments) {
            String province = PlanFixtures.province();
            List<String> units = new ArrayList<>();
            for (int i = 0; i < departments; i++) {
                units.add(PlanFixtures.department(province));
            }
            String group = PlanFixtures.departmentsOf(province);
            int year = LocalDate.parse(dueDate).getYear();
            String plan = PlanFixtures.plan(province, year, year);
            String obligation = PlanFixtures.obligation(plan, group, dueDate);
            return new Setting(province, units, group, plan, obligation, PlanFixtures.onlyPeriod(obligation), dueDate);
        }

        /** Due in the future, with two departments. */
        static Setting create() {
            return due(FUTURE, 2);
        }

        String unit() {
            return units.get(0);
        }

        String otherUnit() {
            return units.get(1);
        }

        /** A second obligation of the same plan and group, due on the same day; its one period. */
        String[] anotherObligation() {
            String obligation = PlanFixtures.obligation(plan, group, dueDate);
            return new String[] {obligation, PlanFixtures.onlyPeriod(obligation)};
        }

        Figures figures() {
            return Figures.of(plan, period);
        }
    }

    /** A period's line of {@code GET /plans/{planId}/completeness}. */
    record Figures(long expected, long submitted, long accepted, long returned, long onTime, long late) {

        static Figures of(String planId, String periodId) {
            List<Map<String, Object>> periods = api().queryParam("periodId", periodId).when()
                    .get(COMPLETENESS, planId).then().statusCode(200).extract().path("periods");
            assertThat(periods).hasSize(1);
            Map<String, Object> p = periods.get(0);
            assertThat(p.get("periodId")).isEqualTo(periodId);
            return new Figures(num(p, "expected"), num(p, "submitted"), num(p, "accepted"), num(p, "returned"),
                    num(p, "onTime"), num(p, "late"));
        }

        private static long num(Map<String, Object> period, String name) {
            return ((Number) period.get(name)).longValue();
        }
    }

    static Map<String, Object> draft(String periodId, String unitId) {
        var body = new HashMap<String, Object>();
        body.put("periodId", periodId);
        body.put("unitId", unitId);
        body.put("sections", Map.of("results",
                "Đã ban hành Kế hoạch số 45/KH-SNV thực hiện công tác dân vận chính quyền."));
        body.put("documentNumber", "45/KH-SNV");
        body.put("documentDate", "2024-04-02");
        return body;
    }

    static Map<String, Object> value(String targetId, long numerator, long denominator) {
        return Map.of("targetId", targetId, "numerator", numerator, "denominator", denominator);
    }

    /** The content of a PUT. */
    static Map<String, Object> content(String documentNumber, List<Map<String, Object>> values) {
        var body = new HashMap<String, Object>();
        body.put("sections", Map.of("results", "100% cán bộ, công chức được quán triệt Chỉ thị số 33/CT-TTg.",
                "shortcomings", "Một số đơn vị chưa cập nhật kịp thời mô hình \"Dân vận khéo\"."));
        body.put("values", values);
        body.put("documentNumber", documentNumber);
        body.put("documentDate", "2024-10-28");
        return body;
    }

    /** The unit's draft for the setting's period. */
    static String createDraft(Setting s, String unitId) {
        return createId(SUBMISSIONS, draft(s.period(), unitId));
    }

    static ValidatableResponse move(String path, String submissionId, String reason) {
        var request = api();
        if (reason != null) {
            request.body(Map.of("reason", reason));
        }
        return request.when().post(path, submissionId).then();
    }

    /** Moves a submission and checks it arrived. */
    static void moved(String path, String submissionId, String reason, String status) {
        move(path, submissionId, reason).statusCode(200).body("status", equalTo(status));
    }

    static String submitted(Setting s, String unitId) {
        String id = createDraft(s, unitId);
        moved(SUBMIT, id, null, "SUBMITTED");
        return id;
    }

    static String returned(Setting s, String unitId) {
        String id = submitted(s, unitId);
        moved(RETURN, id, "Bổ sung tài liệu kiểm chứng.", "RETURNED");
        return id;
    }

    static String accepted(Setting s, String unitId) {
        String id = submitted(s, unitId);
        moved(ACCEPT, id, null, "ACCEPTED");
        return id;
    }

    /**
     * Uploads one evidence file as the field {@code file}. The part headers are written in UTF-8 as
     * browsers do (REST Assured's strict default would turn a Vietnamese file name into question marks).
     */
    static ValidatableResponse upload(String submissionId, String fileName, byte[] content, String mimeType) {
        return api().config(UTF8_MULTIPART).contentType("multipart/form-data; charset=UTF-8")
                .multiPart("file", fileName, content, mimeType)
                .when().post(ATTACHMENTS, submissionId).then();
    }

    private static final RestAssuredConfig UTF8_MULTIPART = RestAssuredConfig.config()
            .httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE));

    // ---- evidence files ----

    static byte[] pdf(int size) {
        byte[] head = "%PDF-1.4\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        if (size < head.length + tail.length) {
            throw new IllegalArgumentException("a PDF needs at least " + (head.length + tail.length) + " bytes");
        }
        byte[] pdf = new byte[size];
        System.arraycopy(head, 0, pdf, 0, head.length);
        for (int i = head.length; i < size - tail.length; i++) {
            pdf[i] = ' ';
        }
        System.arraycopy(tail, 0, pdf, size - tail.length, tail.length);
        return pdf;
    }

    static byte[] pdf() {
        return pdf(200);
    }

    /** The signature and the IHDR chunk of a 1x1 PNG. */
    static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n',
            0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0,
            0x1f, 0x15, (byte) 0xc4, (byte) 0x89};
    }

    static byte[] docx() {
        return ooxml("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                "word/document.xml",
                "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                        + "<w:p><w:r><w:t>Báo cáo kết quả công tác dân vận</w:t></w:r></w:p></w:body></w:document>");
    }

    static byte[] xlsx() {
        return ooxml("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                "xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                        + "<sheets><sheet name=\"Số liệu\" sheetId=\"1\"/></sheets></workbook>");
    }

    /** An Office Open XML package: its content types, its relationships and the main part. */
    private static byte[] ooxml(String mainContentType, String mainPart, String mainXml) {
        String types = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\""
                + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/" + mainPart + "\" ContentType=\"" + mainContentType + "\"/></Types>";
        String rels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships/officeDocument\" Target=\"" + mainPart + "\"/></Relationships>";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", types);
            entry(zip, "_rels/.rels", rels);
            entry(zip, mainPart, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + mainXml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A ZIP that is no Office document: it has no {@code [Content_Types].xml}. */
    static byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "word/document.xml", "<document/>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A department of {@code provinceId} made through the API. */
    static String department(String provinceId, String validTo) {
        var body = unit(PlanFixtures.unique("Sở Kế hoạch và Đầu tư"), "DEPARTMENT", provinceId);
        body.put("validTo", validTo);
        return createId(PlanFixtures.UNITS, body);
    }
}
