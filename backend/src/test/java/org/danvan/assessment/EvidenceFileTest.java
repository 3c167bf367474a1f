package org.danvan.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.danvan.assessment.AssessmentFixtures.ASSESSMENT;
import static org.danvan.assessment.AssessmentFixtures.act;
import static org.danvan.assessment.AssessmentFixtures.create;
import static org.danvan.assessment.AssessmentFixtures.reason;
import static org.danvan.assessment.AssessmentFixtures.saveSelf;
import static org.danvan.assessment.AssessmentFixtures.selfBody;
import static org.danvan.common.Api.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.danvan.assessment.AssessmentFixtures.World;
import org.danvan.common.Api;
import org.danvan.submission.SmallUploadsProfile;
import org.junit.jupiter.api.Test;

/**
 * Evidence files on a score sheet's criterion rows: stored as the sheet's report attachments, with
 * their limit (1 KiB here, {@link SmallUploadsProfile}) and content types, changed only while the
 * sheet is a DRAFT.
 */
@QuarkusTest
@TestProfile(SmallUploadsProfile.class)
class EvidenceFileTest {

    private static final String FILES = ASSESSMENT + "/evidence-files";
    private static final String FILE = FILES + "/{fileId}";
    private static final int LIMIT = 1024;

    /** A PDF of exactly {@code size} bytes: its header, spaces, its end marker. */
    static byte[] pdf(int size) {
        byte[] head = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        byte[] pdf = new byte[size];
        Arrays.fill(pdf, (byte) ' ');
        System.arraycopy(head, 0, pdf, 0, head.length);
        System.arraycopy(tail, 0, pdf, size - tail.length, tail.length);
        return pdf;
    }

    static ValidatableResponse upload(RequestSpecification as, String id, String criterion, String name,
            byte[] content, String type) {
        return as.contentType("multipart/form-data").multiPart("criterion", criterion)
                .multiPart("file", name, content, type).when().post(FILES, id).then();
    }

    @Test
    void shouldUploadListDownloadAndDeleteEvidenceFilesPerCriterion() {
        World w = World.make();
        String unit = w.department();
        String id = create(unit, w.rubric(), 2094);
        String reporter = Api.reporterOf(unit);
        byte[] plan = pdf(300);
        String planFile = upload(Api.as(reporter), id, "I.1", "ke-hoach-45-KH-SNV.pdf", plan, "application/pdf")
                .statusCode(201).body("criterionCode", equalTo("I.1")).body("mediaType", equalTo("application/pdf"))
                .body("sizeBytes", equalTo(300)).extract().path("id");
        String minutes = upload(api(), id, "II.1", "bien-ban.pdf", pdf(LIMIT), "application/pdf").statusCode(201)
                .body("sizeBytes", equalTo(LIMIT)).extract().path("id");

        api().when().get(FILES, id).then().statusCode(200).body("totalItems", equalTo(2));
        api().queryParam("criterion", "I.1").when().get(FILES, id).then().statusCode(200)
                .body("items.id", contains(planFile)).body("items.fileName", contains("ke-hoach-45-KH-SNV.pdf"));
        byte[] back = api().accept("*/*").when().get(FILE, id, planFile).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertThat(back).isEqualTo(plan);
        // the files are the sheet's report attachments: same storage, one place
        String sub = api().when().get(ASSESSMENT, id).then().extract().path("submissionId");
        api().when().get("/api/v1/submissions/{id}/attachments", sub).then().statusCode(200)
                .body("totalItems", equalTo(2));

        // another unit's reporter sees nothing of it
        String other = Api.reporterOf(w.department());
        Api.as(other).when().get(FILES, id).then().statusCode(404);
        Api.as(other).accept("*/*").when().get(FILE, id, planFile).then().statusCode(404);

        Api.as(reporter).when().delete(FILE, id, minutes).then().statusCode(204);
        api().when().get(FILES, id).then().statusCode(200).body("items.id", contains(planFile));
        api().accept("*/*").when().get(FILE, id, minutes).then().statusCode(404);
        api().when().get("/api/v1/submissions/{id}/attachments", sub).then().statusCode(200)
                .body("totalItems", equalTo(1));
    }

    @Test
    void shouldRefuseOversizedFilesOtherTypesAndUnknownCriteria() {
        World w = World.make();
        String id = create(w.department(), w.rubric(), 2094);
        upload(api(), id, "I.1", "bien-ban.pdf", pdf(LIMIT + 1), "application/pdf").statusCode(413)
                .body("type", equalTo("/problems/payload-too-large"));
        upload(api(), id, "I.1", "ghi-chu.pdf", "chỉ là văn bản".getBytes(StandardCharsets.UTF_8), "application/pdf")
                .statusCode(415).body("type", equalTo("/problems/unsupported-file-type"));
        upload(api(), id, "IX.9", "bien-ban.pdf", pdf(200), "application/pdf").statusCode(400)
                .body("violations[0].field", equalTo("criterion"));
        // a group of criteria is no row of the sheet
        upload(api(), id, "I", "bien-ban.pdf", pdf(200), "application/pdf").statusCode(400);
        api().contentType("multipart/form-data").multiPart("criterion", "I.1").when().post(FILES, id).then()
                .statusCode(400).body("violations[0].field", equalTo("file"));
        api().when().get(FILES, id).then().statusCode(200).body("items", empty());
    }

    @Test
    void shouldChangeFilesOnlyWhileTheSheetIsADraft() {
        World w = World.make();
        String id = create(w.department(), w.rubric(), 2094);
        String file = upload(api(), id, "I.1", "ke-hoach.pdf", pdf(200), "application/pdf").statusCode(201)
                .extract().path("id");
        saveSelf(api(), id, selfBody(5, 3, 7)).statusCode(200);
        act(id, "submit", null).statusCode(200);
        upload(api(), id, "I.2", "bien-ban.pdf", pdf(200), "application/pdf").statusCode(409)
                .body("type", equalTo("/problems/assessment-submitted"));
        api().when().delete(FILE, id, file).then().statusCode(409)
                .body("type", equalTo("/problems/assessment-submitted"));
        // still readable while under review
        api().accept("*/*").when().get(FILE, id, file).then().statusCode(200);
        act(id, "return", reason("Bổ sung biên bản kiểm tra.")).statusCode(200);
        upload(api(), id, "I.2", "bien-ban.pdf", pdf(200), "application/pdf").statusCode(201);
        api().when().delete(FILE, id, file).then().statusCode(204);
        api().when().get(FILES, id).then().statusCode(200).body("items.criterionCode", contains("I.2"));
    }
}
