package org.danvan.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.danvan.common.Api.accountOf;
import static org.danvan.common.Api.admin;
import static org.danvan.common.Api.api;
import static org.danvan.common.Api.as;
import static org.danvan.common.Api.createId;
import static org.danvan.common.Api.etag;
import static org.danvan.common.Api.reporterOf;
import static org.danvan.plan.PlanFixtures.TASK;
import static org.danvan.plan.PlanFixtures.TASKS;
import static org.danvan.plan.PlanFixtures.department;
import static org.danvan.plan.PlanFixtures.issueAndClose;
import static org.danvan.plan.PlanFixtures.plan;
import static org.danvan.plan.PlanFixtures.province;
import static org.danvan.plan.TaskFixtures.ASSIGNMENT;
import static org.danvan.plan.TaskFixtures.HISTORY;
import static org.danvan.plan.TaskFixtures.assignmentOf;
import static org.danvan.plan.TaskFixtures.coordinatedTask;
import static org.danvan.plan.TaskFixtures.identifiedWorld;
import static org.danvan.plan.TaskFixtures.task;
import static org.danvan.plan.TaskFixtures.world;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.http.entity.mime.HttpMultipartMode;
import org.danvan.plan.TaskFixtures.CoordinatedTask;
import org.danvan.plan.TaskFixtures.World;
import org.danvan.security.Role;
import org.danvan.submission.SmallUploadsProfile;
import org.junit.jupiter.api.Test;

/**
 * Evidence files on task assignments: the submission attachments' storage, limit (1 KiB here,
 * {@link SmallUploadsProfile}) and types; the assignment's reach and closed-plan rule; each file
 * added or removed in the assignment's history and the audit trail.
 */
@QuarkusTest
@TestProfile(SmallUploadsProfile.class)
class TaskEvidenceResourceTest {

    static final String FILES = ASSIGNMENT + "/files";
    static final String FILE = FILES + "/{fileId}";
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

    /** Part headers in UTF-8 as browsers write them, so a Vietnamese file name arrives whole. */
    private static final RestAssuredConfig UTF8_MULTIPART = RestAssuredConfig.config()
            .httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE));

    static ValidatableResponse upload(RequestSpecification as, String assignment, String name, byte[] content) {
        return as.config(UTF8_MULTIPART).contentType("multipart/form-data; charset=UTF-8")
                .multiPart("file", name, content, "application/pdf").when().post(FILES, assignment).then();
    }

    @Test
    void shouldUploadListDownloadAndDeleteFilesKeepingEachInTheHistoryAndTheAuditTrail() {
        World w = world();
        String id = w.assignment();
        String reporter = w.reporter();
        as(reporter).header("If-Match", "\"0\"").body(Map.of("status", "IN_PROGRESS")).when().put(ASSIGNMENT, id)
                .then().statusCode(200);

        byte[] minutes = pdf(300);
        var created = upload(as(reporter), id, "Biên bản tiếp công dân Quý II.pdf", minutes).statusCode(201)
                .extract();
        String first = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/task-assignments/" + id + "/files/" + first);
        String second = upload(api(), id, "bao-cao.pdf", pdf(LIMIT)).statusCode(201)
                .body("mediaType", equalTo("application/pdf")).body("sizeBytes", equalTo(LIMIT))
                .body("fileName", equalTo("bao-cao.pdf")).extract().path("id");

        as(reporter).when().get(FILES, id).then().statusCode(200).body("totalItems", equalTo(2))
                .body("items.id", contains(first, second))
                .body("items.fileName", contains("Biên bản tiếp công dân Quý II.pdf", "bao-cao.pdf"));
        var download = as(reporter).accept("*/*").when().get(FILE, id, first).then().statusCode(200)
                .contentType("application/pdf").header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Content-Disposition", containsString("filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n"))
                .extract();
        assertThat(download.asByteArray()).isEqualTo(minutes);
        // files are no progress update: the assignment's version stays
        as(reporter).when().get(ASSIGNMENT, id).then().statusCode(200).header("ETag", equalTo("\"1\""));

        as(reporter).when().delete(FILE, id, second).then().statusCode(204);
        api().when().get(FILES, id).then().statusCode(200).body("items.id", contains(first));
        api().accept("*/*").when().get(FILE, id, second).then().statusCode(404);
        api().when().delete(FILE, id, second).then().statusCode(404);

        as(reporter).when().get(HISTORY, id).then().statusCode(200).body("totalItems", equalTo(4))
                .body("items.kind", contains("UPDATE", "FILE_ADDED", "FILE_ADDED", "FILE_REMOVED"))
                .body("items.fileId", contains(null, first, second, second))
                .body("items.fileName", contains(null, "Biên bản tiếp công dân Quý II.pdf", "bao-cao.pdf",
                        "bao-cao.pdf"))
                .body("items.toStatus", everyItem(equalTo("IN_PROGRESS")))
                .body("items[1].fromStatus", equalTo("IN_PROGRESS"))
                .body("items.actor", contains(reporter, reporter, "coordinator", reporter));
        admin().queryParam("entityId", second).when().get("/api/v1/audit-events").then().statusCode(200)
                .body("items.action", containsInAnyOrder("CREATE", "DELETE"))
                .body("items.entityType", everyItem(equalTo("TaskEvidenceFile")));
    }

    @Test
    void shouldServeFilesOnlyInTheAssignmentsReach() {
        String provinceA = province();
        String noiVuA = department(provinceA);
        String tuPhapA = department(provinceA);
        String provinceB = province();
        String plan = plan(provinceA, 2024, 2024);
        String task = createId(TASKS, task(List.of(noiVuA), List.of()), plan);
        String id = assignmentOf(plan, task, noiVuA);
        String file = upload(as(reporterOf(noiVuA)), id, "bien-ban.pdf", pdf(200)).statusCode(201)
                .extract().path("id");

        // another unit's reporter and another province's coordinator do not see it at all
        for (String stranger : List.of(reporterOf(tuPhapA), accountOf(Role.COORDINATOR, department(provinceB)))) {
            as(stranger).when().get(FILES, id).then().statusCode(404)
                    .body("type", equalTo("/problems/not-found"));
            as(stranger).accept("*/*").when().get(FILE, id, file).then().statusCode(404);
            upload(as(stranger), id, "bien-ban.pdf", pdf(200)).statusCode(404);
            as(stranger).when().delete(FILE, id, file).then().statusCode(404);
        }
        // a leader reads only
        String leader = accountOf(Role.LEADER, noiVuA);
        as(leader).when().get(FILES, id).then().statusCode(200).body("items.id", contains(file));
        as(leader).accept("*/*").when().get(FILE, id, file).then().statusCode(200);
        upload(as(leader), id, "bien-ban.pdf", pdf(200)).statusCode(403);
        as(leader).when().delete(FILE, id, file).then().statusCode(403);
        // the province's coordinator adds and removes on the unit's behalf; a file of another assignment is unknown here
        String coordinator = accountOf(Role.COORDINATOR, tuPhapA);
        String other = assignmentOf(plan, createId(TASKS, task(List.of(tuPhapA), List.of()), plan), tuPhapA);
        as(coordinator).accept("*/*").when().get(FILE, other, file).then().statusCode(404);
        as(coordinator).when().delete(FILE, other, file).then().statusCode(404);
        as(coordinator).when().delete(FILE, id, file).then().statusCode(204);
        api().when().get(FILES, id).then().statusCode(200).body("items", empty());
        api().when().get(FILES, "not-an-id").then().statusCode(404);
    }

    @Test
    void shouldRefuseChangingFilesOfAClosedPlanButStillServeThem() {
        World w = identifiedWorld();
        String id = w.assignment();
        String reporter = w.reporter();
        String file = upload(as(reporter), id, "bien-ban.pdf", pdf(200)).statusCode(201).extract().path("id");
        issueAndClose(w.plan());

        upload(as(reporter), id, "bao-cao.pdf", pdf(200)).statusCode(409)
                .body("type", equalTo("/problems/plan-closed"));
        as(reporter).when().delete(FILE, id, file).then().statusCode(409)
                .body("type", equalTo("/problems/plan-closed"));
        as(reporter).when().get(FILES, id).then().statusCode(200).body("items.id", contains(file));
        as(reporter).accept("*/*").when().get(FILE, id, file).then().statusCode(200);
        as(reporter).when().get(HISTORY, id).then().statusCode(200).body("items.kind", contains("FILE_ADDED"));
    }

    @Test
    void shouldRefuseOversizedFilesOtherTypesAndAMissingFileAndStoreNothing() {
        World w = world();
        String id = w.assignment();
        String reporter = w.reporter();

        upload(as(reporter), id, "bien-ban.pdf", pdf(LIMIT + 1)).statusCode(413)
                .body("type", equalTo("/problems/payload-too-large"));
        // named and sent as a PDF, but text: recognised by its content
        upload(as(reporter), id, "ghi-chu.pdf", "Đã tổ chức 12 buổi tiếp công dân.".getBytes(StandardCharsets.UTF_8))
                .statusCode(415).body("type", equalTo("/problems/unsupported-file-type"));
        as(reporter).contentType("multipart/form-data").multiPart("note", "không có tệp").when().post(FILES, id)
                .then().statusCode(400).body("violations[0].field", equalTo("file"));

        as(reporter).when().get(FILES, id).then().statusCode(200).body("totalItems", equalTo(0));
        as(reporter).when().get(HISTORY, id).then().statusCode(200).body("totalItems", equalTo(0));
        as(reporter).when().get(ASSIGNMENT, id).then().statusCode(200).body("updatedBy", nullValue());
    }

    @Test
    void shouldRefuseDroppingAUnitWhoseAssignmentHoldsEvidence() {
        CoordinatedTask t = coordinatedTask();
        String plan = t.plan();
        String task = t.task();
        String id = t.assignment();
        String file = upload(as(reporterOf(t.coordinating())), id, "bien-ban.pdf", pdf(200)).statusCode(201)
                .extract().path("id");
        String taskTag = etag(TASK, plan, task);

        api().header("If-Match", taskTag).body(task(List.of(t.lead()), List.of())).when().put(TASK, plan, task).then()
                .statusCode(409).body("type", equalTo("/problems/task-assignment-has-progress"));
        api().header("If-Match", taskTag).when().delete(TASK, plan, task).then().statusCode(409)
                .body("type", equalTo("/problems/task-assignment-has-progress"));
        api().accept("*/*").when().get(FILE, id, file).then().statusCode(200);

        // once the file is removed, the unit leaves freely
        api().when().delete(FILE, id, file).then().statusCode(204);
        api().header("If-Match", taskTag).body(task(List.of(t.lead()), List.of())).when().put(TASK, plan, task).then()
                .statusCode(200);
    }
}
