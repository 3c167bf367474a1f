package org.danvan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.danvan.plan.PlanFixtures.unique;
import static org.danvan.security.AuthorizationWorld.ACCOUNT;
import static org.danvan.security.AuthorizationWorld.ACCOUNTS;
import static org.danvan.security.AuthorizationWorld.ASSESSMENT;
import static org.danvan.security.AuthorizationWorld.ASSESSMENTS;
import static org.danvan.security.AuthorizationWorld.ATTACHMENT;
import static org.danvan.security.AuthorizationWorld.ATTACHMENTS;
import static org.danvan.security.AuthorizationWorld.EXTENSION;
import static org.danvan.security.AuthorizationWorld.EXTENSIONS;
import static org.danvan.security.AuthorizationWorld.FIRST_YEAR;
import static org.danvan.security.AuthorizationWorld.GROUP;
import static org.danvan.security.AuthorizationWorld.GROUPS;
import static org.danvan.security.AuthorizationWorld.OBLIGATION;
import static org.danvan.security.AuthorizationWorld.OBLIGATIONS;
import static org.danvan.security.AuthorizationWorld.PERIODS;
import static org.danvan.security.AuthorizationWorld.PLAN;
import static org.danvan.security.AuthorizationWorld.PLANS;
import static org.danvan.security.AuthorizationWorld.RUBRIC;
import static org.danvan.security.AuthorizationWorld.RUBRICS;
import static org.danvan.security.AuthorizationWorld.SUBMISSION;
import static org.danvan.security.AuthorizationWorld.SUBMISSIONS;
import static org.danvan.security.AuthorizationWorld.TARGET;
import static org.danvan.security.AuthorizationWorld.TARGETS;
import static org.danvan.security.AuthorizationWorld.TASK;
import static org.danvan.security.AuthorizationWorld.TASKS;
import static org.danvan.security.AuthorizationWorld.TOKENS;
import static org.danvan.security.AuthorizationWorld.UNIT;
import static org.danvan.security.AuthorizationWorld.UNITS;
import static org.danvan.security.AuthorizationWorld.etag;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.danvan.common.Api;
import org.danvan.common.TestAccounts;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Who may call what: every operation of openapi.yaml, as every kind of caller, answers the status
 * that {@code authorization-matrix.txt} (beside this class) gives it, through the contract-checking
 * REST Assured of {@link Api}. Each cell that changes something gets a world of its own, made
 * through the API as the admin and the coordinator; the reads share one.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    private static final String TABLE = "authorization-matrix.txt";

    /** The columns of the table. */
    enum Identity {
        ANONYMOUS("anonymous"),
        ADMIN("admin"),
        COORDINATOR("coordinator"),
        COORDINATOR_PROVINCE("coordinator.province"),
        COORDINATOR_OTHER("coordinator.other"),
        LEADER("leader"),
        LEADER_OTHER("leader.other"),
        REPORTER_OWN("reporter.own"),
        REPORTER_OTHER("reporter.other"),
        API_CLIENT("api-client");

        final String label;

        Identity(String label) {
            this.label = label;
        }

        static Identity of(String label) {
            return Arrays.stream(values()).filter(i -> i.label.equals(label)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown identity " + label + " in " + TABLE));
        }
    }

    /** The table: for each operationId, in the file's order, the status each identity gets. */
    record Table(Map<String, Map<Identity, Integer>> rows) {

        static Table read() throws IOException {
            var in = AuthorizationMatrixTest.class.getResourceAsStream(TABLE);
            if (in == null) {
                throw new IllegalStateException(TABLE + " is not on the class path");
            }
            List<Identity> columns = null;
            Map<String, Map<Identity, Integer>> rows = new LinkedHashMap<>();
            try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                int number = 0;
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    number++;
                    String[] cells = line.replaceFirst("#.*", "").trim().split("\\s+");
                    if (cells[0].isEmpty()) {
                        continue;
                    }
                    if (columns == null) {
                        columns = Arrays.stream(cells).skip(1).map(Identity::of).toList();
                        boolean everyIdentityOnce = columns.stream().distinct().count() == Identity.values().length
                                && columns.size() == Identity.values().length;
                        if (!cells[0].equals("operation") || !everyIdentityOnce) {
                            throw new IllegalStateException(TABLE + ":" + number + ": the header is `operation`"
                                    + " and each of " + Arrays.toString(Identity.values()) + " once");
                        }
                        continue;
                    }
                    if (cells.length != columns.size() + 1) {
                        throw new IllegalStateException(TABLE + ":" + number + ": " + columns.size()
                                + " statuses expected");
                    }
                    Map<Identity, Integer> row = new LinkedHashMap<>();
                    for (int i = 0; i < columns.size(); i++) {
                        row.put(columns.get(i), Integer.valueOf(cells[i + 1]));
                    }
                    if (rows.put(cells[0], row) != null) {
                        throw new IllegalStateException(TABLE + ":" + number + ": " + cells[0] + " is there twice");
                    }
                }
            }
            return new Table(rows);
        }
    }

    /**
     * How a cell calls an operation: method and path (checked against the contract), the path's ids
     * and the rest of the request (body, If-Match), all taken from the cell's world before it is sent.
     */
    record Call(String method, String path, List<Function<AuthorizationWorld, String>> ids,
            BiFunction<AuthorizationWorld, RequestSpecification, RequestSpecification> rest) {

        @SafeVarargs
        static Call of(String method, String path, Function<AuthorizationWorld, String>... ids) {
            return new Call(method, path, List.of(ids), (w, r) -> r);
        }

        Call with(BiFunction<AuthorizationWorld, RequestSpecification, RequestSpecification> more) {
            return new Call(method, path, ids, (w, r) -> more.apply(w, rest.apply(w, r)));
        }

        /** With pieces of the world made first that the request does not name, so a read has something to show. */
        @SafeVarargs
        final Call needs(Function<AuthorizationWorld, ?>... pieces) {
            return with((w, r) -> {
                Arrays.stream(pieces).forEach(piece -> piece.apply(w));
                return r;
            });
        }

        /** With the ETag of the resource at the call's own path, read as the coordinator. */
        Call ifMatch() {
            return with((w, r) -> r.header("If-Match", etag(path, ids(w))));
        }

        Object[] ids(AuthorizationWorld w) {
            return ids.stream().map(f -> f.apply(w)).toArray();
        }

        boolean changes() {
            return !method.equals("GET");
        }
    }

    private static final String VERDICT_REASON = "Các sở, ngành đã duy trì chỉ số hài lòng trên 85% năm 2096.";

    private static final Map<String, Call> CALLS = Map.ofEntries(
            // org-units
            Map.entry("listOrgUnits", Call.of("GET", UNITS)),
            Map.entry("createOrgUnit", Call.of("POST", UNITS)
                    .with((w, r) -> r.body(Api.unit(unique("Sở Xây dựng"), "DEPARTMENT", w.province())))),
            Map.entry("getOrgUnit", Call.of("GET", UNIT, AuthorizationWorld::ownUnit)),
            Map.entry("updateOrgUnit", Call.of("PUT", UNIT, AuthorizationWorld::spareUnit).ifMatch()
                    .with((w, r) -> r.body(Api.unit(unique("Sở Tài chính"), "DEPARTMENT", w.province())))),
            Map.entry("deleteOrgUnit", Call.of("DELETE", UNIT, AuthorizationWorld::spareUnit).ifMatch()),
            Map.entry("getOrgUnitCalendar", Call.of("GET", UNIT + "/calendar", AuthorizationWorld::ownUnit)),
            // unit-groups
            Map.entry("listUnitGroups", Call.of("GET", GROUPS)),
            Map.entry("createUnitGroup", Call.of("POST", GROUPS).with((w, r) -> r.body(w.groupBody("COMMUNE")))),
            Map.entry("getUnitGroup", Call.of("GET", GROUP, AuthorizationWorld::group)),
            Map.entry("updateUnitGroup", Call.of("PUT", GROUP, AuthorizationWorld::spareGroup).ifMatch()
                    .with((w, r) -> r.body(w.groupBody("DEPARTMENT")))),
            Map.entry("deleteUnitGroup", Call.of("DELETE", GROUP, AuthorizationWorld::spareGroup).ifMatch()),
            Map.entry("listUnitGroupMembers", Call.of("GET", GROUP + "/members", AuthorizationWorld::group)),
            // plans
            Map.entry("listPlans", Call.of("GET", PLANS).with((w, r) -> r.queryParam("issuerId", w.province()))
                    .needs(AuthorizationWorld::plan)),
            Map.entry("createPlan", Call.of("POST", PLANS).with((w, r) -> r.body(w.planBody()))),
            Map.entry("importPlan", Call.of("POST", "/api/v1/plan-imports").with((w, r) -> r
                    .contentType("text/plain; charset=utf-8")
                    .body("Số: 859/KH-UBND\nTây Ninh, ngày 25 tháng 3 năm 2024\nKẾ HOẠCH\nThực hiện công tác dân vận năm 2024\n"
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8)))),
            Map.entry("getPlan", Call.of("GET", PLAN, AuthorizationWorld::plan)),
            Map.entry("updatePlan", Call.of("PUT", PLAN, AuthorizationWorld::plan).ifMatch()
                    .with((w, r) -> r.body(w.planBody()))),
            Map.entry("deletePlan", Call.of("DELETE", PLAN, AuthorizationWorld::plan).ifMatch()),
            Map.entry("issuePlan", Call.of("POST", PLAN + "/issue", AuthorizationWorld::plan)),
            Map.entry("closePlan", Call.of("POST", PLAN + "/close", AuthorizationWorld::issuedPlan)),
            // tasks
            Map.entry("listPlanTasks", Call.of("GET", TASKS, AuthorizationWorld::plan)),
            Map.entry("createPlanTask", Call.of("POST", TASKS, AuthorizationWorld::plan)
                    .with((w, r) -> r.body(AuthorizationWorld.taskBody()))),
            Map.entry("getPlanTask", Call.of("GET", TASK, AuthorizationWorld::plan, AuthorizationWorld::task)),
            Map.entry("updatePlanTask", Call.of("PUT", TASK, AuthorizationWorld::plan, AuthorizationWorld::task)
                    .ifMatch().with((w, r) -> r.body(AuthorizationWorld.taskBody()))),
            Map.entry("deletePlanTask", Call.of("DELETE", TASK, AuthorizationWorld::plan, AuthorizationWorld::task)
                    .ifMatch()),
            Map.entry("listTaskAssignments", Call.of("GET", TASK + "/assignments", AuthorizationWorld::plan,
                    AuthorizationWorld::task)),
            Map.entry("listPlanTaskAssignments", Call.of("GET", PLAN + "/task-assignments", AuthorizationWorld::plan)
                    .needs(AuthorizationWorld::task)),
            Map.entry("exportPlanTaskAssignments", Call.of("GET", PLAN + "/task-assignments/export",
                    AuthorizationWorld::plan).needs(AuthorizationWorld::task).with(AuthorizationMatrixTest::xlsx)),
            Map.entry("getTaskAssignment", Call.of("GET", AuthorizationWorld.TASK_ASSIGNMENT,
                    AuthorizationWorld::assignment)),
            Map.entry("updateTaskAssignment", Call.of("PUT", AuthorizationWorld.TASK_ASSIGNMENT,
                    AuthorizationWorld::assignment).ifMatch().with((w, r) -> r.body(AuthorizationWorld.progress()))),
            Map.entry("listTaskAssignmentHistory", Call.of("GET", AuthorizationWorld.TASK_ASSIGNMENT + "/history",
                    AuthorizationWorld::assignment)),
            Map.entry("returnTaskAssignment", Call.of("POST", AuthorizationWorld.TASK_ASSIGNMENT + "/return",
                    AuthorizationWorld::updatedAssignment).with((w, r) -> r.header("If-Match",
                    etag(AuthorizationWorld.TASK_ASSIGNMENT, w.updatedAssignment()))
                    .body(Map.of("reason", "Đề nghị bổ sung số liệu số lượt tiếp công dân.")))),
            Map.entry("acceptTaskAssignment", Call.of("POST", AuthorizationWorld.TASK_ASSIGNMENT + "/accept",
                    AuthorizationWorld::updatedAssignment).with((w, r) -> r.header("If-Match",
                    etag(AuthorizationWorld.TASK_ASSIGNMENT, w.updatedAssignment())))),
            Map.entry("searchTaskAssignments", Call.of("GET", "/api/v1/task-assignments")
                    .needs(AuthorizationWorld::assignment)),
            Map.entry("listTaskAssignmentFiles", Call.of("GET", AuthorizationWorld.TASK_FILES,
                    AuthorizationWorld::assignment).needs(AuthorizationWorld::assignmentFile)),
            Map.entry("uploadTaskAssignmentFile", Call.of("POST", AuthorizationWorld.TASK_FILES,
                    AuthorizationWorld::assignment).with((w, r) -> r.contentType("multipart/form-data")
                    .multiPart("file", "bien-ban.pdf", AuthorizationWorld.PDF, "application/pdf"))),
            Map.entry("downloadTaskAssignmentFile", Call.of("GET", AuthorizationWorld.TASK_FILE,
                    AuthorizationWorld::assignment, AuthorizationWorld::assignmentFile).with((w, r) -> r.accept("*/*"))),
            Map.entry("deleteTaskAssignmentFile", Call.of("DELETE", AuthorizationWorld.TASK_FILE,
                    AuthorizationWorld::assignment, AuthorizationWorld::assignmentFile)),
            // targets
            Map.entry("listPlanTargets", Call.of("GET", TARGETS, AuthorizationWorld::plan)),
            Map.entry("createPlanTarget", Call.of("POST", TARGETS, AuthorizationWorld::plan)
                    .with((w, r) -> r.body(w.targetBody()))),
            Map.entry("getPlanTarget", Call.of("GET", TARGET, AuthorizationWorld::plan, AuthorizationWorld::target)),
            Map.entry("updatePlanTarget", Call.of("PUT", TARGET, AuthorizationWorld::plan, AuthorizationWorld::target)
                    .ifMatch().with((w, r) -> r.body(w.targetBody()))),
            Map.entry("deletePlanTarget", Call.of("DELETE", TARGET, AuthorizationWorld::plan,
                    AuthorizationWorld::target).ifMatch()),
            Map.entry("recordTargetVerdict", Call.of("PUT", TARGET + "/verdict", AuthorizationWorld::plan,
                    AuthorizationWorld::target).with((w, r) -> r.body(Map.of("met", true, "reason", VERDICT_REASON)))),
            // obligations, periods, extensions
            Map.entry("listPlanObligations", Call.of("GET", OBLIGATIONS, AuthorizationWorld::plan)),
            Map.entry("createPlanObligation", Call.of("POST", OBLIGATIONS, AuthorizationWorld::plan)
                    .with((w, r) -> r.body(w.obligationBody()))),
            Map.entry("getPlanObligation", Call.of("GET", OBLIGATION, AuthorizationWorld::plan,
                    AuthorizationWorld::obligation)),
            Map.entry("updatePlanObligation", Call.of("PUT", OBLIGATION, AuthorizationWorld::plan,
                    AuthorizationWorld::obligation).ifMatch().with((w, r) -> r.body(w.obligationBody()))),
            Map.entry("deletePlanObligation", Call.of("DELETE", OBLIGATION, AuthorizationWorld::plan,
                    AuthorizationWorld::obligation).ifMatch()),
            Map.entry("listObligationPeriods", Call.of("GET", PERIODS, AuthorizationWorld::obligation)),
            Map.entry("listObligationExtensions", Call.of("GET", EXTENSIONS, AuthorizationWorld::obligation)
                    .needs(AuthorizationWorld::extension)),
            Map.entry("createObligationExtension", Call.of("POST", EXTENSIONS, AuthorizationWorld::obligation)
                    .with((w, r) -> r.body(w.extensionBody(1)))),
            Map.entry("deleteObligationExtension", Call.of("DELETE", EXTENSION, AuthorizationWorld::obligation,
                    AuthorizationWorld::extension).with((w, r) -> r.header("If-Match", w.extensionTag()))),
            // submissions
            Map.entry("exportSubmissions", Call.of("GET", "/api/v1/submissions/export")
                    .with(AuthorizationMatrixTest::xlsx)),
            Map.entry("listSubmissions", Call.of("GET", SUBMISSIONS)
                    .needs(AuthorizationWorld::draft, AuthorizationWorld::submitted, AuthorizationWorld::accepted)
                    .with((w, r) -> r.queryParam("size", 100))),
            Map.entry("createSubmission", Call.of("POST", SUBMISSIONS).with((w, r) -> r.body(w.submissionBody(3)))),
            Map.entry("getSubmission", Call.of("GET", SUBMISSION, AuthorizationWorld::submitted)),
            Map.entry("updateSubmission", Call.of("PUT", SUBMISSION, AuthorizationWorld::draft).ifMatch()
                    .with((w, r) -> r.body(AuthorizationWorld.submissionContent()))),
            Map.entry("deleteSubmission", Call.of("DELETE", SUBMISSION, AuthorizationWorld::draft).ifMatch()),
            Map.entry("submitSubmission", Call.of("POST", SUBMISSION + "/submit", AuthorizationWorld::draft)),
            Map.entry("returnSubmission", Call.of("POST", SUBMISSION + "/return", AuthorizationWorld::submitted)
                    .with((w, r) -> r.body(Map.of("reason", "Bổ sung tài liệu kiểm chứng.")))),
            Map.entry("acceptSubmission", Call.of("POST", SUBMISSION + "/accept", AuthorizationWorld::submitted)),
            Map.entry("reopenSubmission", Call.of("POST", SUBMISSION + "/reopen", AuthorizationWorld::accepted)
                    .with((w, r) -> r.body(Map.of("reason", "Số liệu chưa khớp với báo cáo của Sở Nội vụ.")))),
            Map.entry("listSubmissionHistory", Call.of("GET", SUBMISSION + "/history", AuthorizationWorld::accepted)),
            Map.entry("listSubmissionAttachments", Call.of("GET", ATTACHMENTS, AuthorizationWorld::draft)
                    .needs(AuthorizationWorld::attachment)),
            Map.entry("uploadSubmissionAttachment", Call.of("POST", ATTACHMENTS, AuthorizationWorld::draft)
                    .with((w, r) -> r.contentType("multipart/form-data")
                            .multiPart("file", "bao-cao.pdf", AuthorizationWorld.PDF, "application/pdf"))),
            Map.entry("downloadSubmissionAttachment", Call.of("GET", ATTACHMENT, AuthorizationWorld::draft,
                    AuthorizationWorld::attachment).with((w, r) -> r.accept("*/*"))),
            Map.entry("deleteSubmissionAttachment", Call.of("DELETE", ATTACHMENT, AuthorizationWorld::draft,
                    AuthorizationWorld::attachment)),
            // reports
            Map.entry("getPlanCompleteness", Call.of("GET", PLAN + "/completeness", AuthorizationWorld::plan)),
            Map.entry("exportPlanCompleteness", Call.of("GET", PLAN + "/completeness/export", AuthorizationWorld::plan)
                    .with(AuthorizationMatrixTest::xlsx)),
            Map.entry("getPlanTaskProgress", Call.of("GET", PLAN + "/task-progress", AuthorizationWorld::plan)
                    .needs(AuthorizationWorld::task)),
            Map.entry("listPeriodUnits", Call.of("GET", PLAN + "/completeness/{periodId}/units",
                    AuthorizationWorld::plan, w -> w.period(0))),
            Map.entry("exportPeriodUnits", Call.of("GET", PLAN + "/completeness/{periodId}/units/export",
                    AuthorizationWorld::plan, w -> w.period(0)).with(AuthorizationMatrixTest::xlsx)),
            Map.entry("getPlanAttainment", Call.of("GET", PLAN + "/attainment", AuthorizationWorld::plan)
                    .needs(AuthorizationWorld::target)),
            Map.entry("exportPlanAttainment", Call.of("GET", PLAN + "/attainment/export", AuthorizationWorld::plan)
                    .needs(AuthorizationWorld::target).with(AuthorizationMatrixTest::xlsx)),
            Map.entry("listTargetContributions", Call.of("GET", PLAN + "/attainment/{targetId}/units",
                    AuthorizationWorld::plan, AuthorizationWorld::target)),
            Map.entry("exportTargetContributions", Call.of("GET", PLAN + "/attainment/{targetId}/units/export",
                    AuthorizationWorld::plan, AuthorizationWorld::target).with(AuthorizationMatrixTest::xlsx)),
            Map.entry("rebuildFigures", Call.of("POST", "/api/v1/figures/rebuild")),
            // the signed-in account, accounts, tokens, audit
            Map.entry("getMe", Call.of("GET", "/api/v1/me")),
            Map.entry("logout", Call.of("POST", "/api/v1/logout")),
            Map.entry("listAccounts", Call.of("GET", ACCOUNTS)),
            Map.entry("createAccount", Call.of("POST", ACCOUNTS)
                    .with((w, r) -> r.body(AuthorizationWorld.accountBody("REPORTER", w.ownUnit())))),
            Map.entry("getAccount", Call.of("GET", ACCOUNT, AuthorizationWorld::account)),
            Map.entry("updateAccount", Call.of("PUT", ACCOUNT, AuthorizationWorld::account)
                    .with((w, r) -> r.header("If-Match", etag(Api.admin(), ACCOUNT, w.account()))
                            .body(Map.of("displayName", "Văn phòng UBND tỉnh Tây Ninh", "role", "LEADER",
                                    "enabled", true)))),
            Map.entry("resetAccountPassword", Call.of("PUT", ACCOUNT + "/password", AuthorizationWorld::account)
                    .with((w, r) -> r.body(Map.of("password", "Mat-khau-moi-2026")))),
            Map.entry("listApiTokens", Call.of("GET", TOKENS)),
            Map.entry("createApiToken", Call.of("POST", TOKENS)
                    .with((w, r) -> r.body(AuthorizationWorld.tokenBody(w.account())))),
            Map.entry("revokeApiToken", Call.of("DELETE", TOKENS + "/{tokenId}", AuthorizationWorld::token)),
            Map.entry("listAuditEvents", Call.of("GET", "/api/v1/audit-events")),
            // "Dân vận khéo" models
            Map.entry("listModels", Call.of("GET", AuthorizationWorld.MODELS).needs(AuthorizationWorld::model)
                    .with((w, r) -> r.queryParam("unitId", w.ownUnit()))),
            Map.entry("createModel", Call.of("POST", AuthorizationWorld.MODELS)
                    .with((w, r) -> r.body(w.modelBody()))),
            Map.entry("countModels", Call.of("GET", AuthorizationWorld.MODELS + "/counts")
                    .needs(AuthorizationWorld::model)),
            Map.entry("getModel", Call.of("GET", AuthorizationWorld.MODEL, AuthorizationWorld::model)),
            Map.entry("updateModel", Call.of("PUT", AuthorizationWorld.MODEL, AuthorizationWorld::model).ifMatch()
                    .with((w, r) -> r.body(AuthorizationWorld.modelContent()))),
            Map.entry("deleteModel", Call.of("DELETE", AuthorizationWorld.MODEL, AuthorizationWorld::model).ifMatch()),
            Map.entry("recordModelRecognition", Call.of("PUT", AuthorizationWorld.MODEL + "/recognition",
                    AuthorizationWorld::model).with((w, r) -> r.header("If-Match", etag(AuthorizationWorld.MODEL,
                    w.model())).body(AuthorizationWorld.recognitionBody()))),
            // rubrics
            Map.entry("listRubrics", Call.of("GET", RUBRICS).needs(AuthorizationWorld::rubric)),
            Map.entry("createRubric", Call.of("POST", RUBRICS).with((w, r) -> r.body(w.rubricBody()))),
            Map.entry("getRubric", Call.of("GET", RUBRIC, AuthorizationWorld::rubric)),
            Map.entry("updateRubric", Call.of("PUT", RUBRIC, AuthorizationWorld::rubric).ifMatch()
                    .with((w, r) -> r.body(w.rubricBody()))),
            Map.entry("deleteRubric", Call.of("DELETE", RUBRIC, AuthorizationWorld::rubric).ifMatch()),
            Map.entry("freezeRubric", Call.of("POST", RUBRIC + "/freeze", AuthorizationWorld::rubric)),
            Map.entry("createRubricVersion", Call.of("POST", RUBRIC + "/versions", AuthorizationWorld::frozenRubric)),
            Map.entry("scoreRubric", Call.of("POST", RUBRIC + "/score", AuthorizationWorld::rubric)
                    .with((w, r) -> r.body(AuthorizationWorld.scoreBody()))),
            // assessments
            Map.entry("listAssessments", Call.of("GET", ASSESSMENTS).needs(AuthorizationWorld::assessmentDraft)
                    .with((w, r) -> r.queryParam("rubricId", w.assessmentRubric()))),
            Map.entry("createAssessment", Call.of("POST", ASSESSMENTS)
                    .with((w, r) -> r.body(w.assessmentBody(FIRST_YEAR - 1)))),
            Map.entry("getAssessment", Call.of("GET", ASSESSMENT, AuthorizationWorld::assessmentSubmitted)),
            Map.entry("updateAssessment", Call.of("PUT", ASSESSMENT, AuthorizationWorld::assessmentDraft).ifMatch()
                    .with((w, r) -> r.body(AuthorizationWorld.selfScores()))),
            Map.entry("deleteAssessment", Call.of("DELETE", ASSESSMENT, AuthorizationWorld::assessmentDraft).ifMatch()),
            Map.entry("recordAssessmentAppraisal", Call.of("PUT", ASSESSMENT + "/appraisal",
                    AuthorizationWorld::assessmentSubmitted).with((w, r) -> r.header("If-Match",
                    etag(ASSESSMENT, w.assessmentSubmitted())).body(AuthorizationWorld.appraisal()))),
            Map.entry("submitAssessment", Call.of("POST", ASSESSMENT + "/submit", w -> {
                String id = w.assessmentDraft();
                Api.api().header("If-Match", etag(ASSESSMENT, id)).body(AuthorizationWorld.selfScores()).when()
                        .put(ASSESSMENT, id).then().statusCode(200);
                return id;
            })),
            Map.entry("returnAssessment", Call.of("POST", ASSESSMENT + "/return",
                    AuthorizationWorld::assessmentSubmitted).with((w, r) -> r.body(Map.of("reason",
                    "Bổ sung tài liệu kiểm chứng.")))),
            Map.entry("appraiseAssessment", Call.of("POST", ASSESSMENT + "/appraise", w -> {
                String id = w.assessmentSubmitted();
                Api.api().header("If-Match", etag(ASSESSMENT, id)).body(AuthorizationWorld.appraisal()).when()
                        .put(ASSESSMENT + "/appraisal", id).then().statusCode(200);
                return id;
            })),
            Map.entry("reconsiderAssessment", Call.of("POST", ASSESSMENT + "/reconsider",
                    AuthorizationWorld::assessmentAppraised).with((w, r) -> r.body(Map.of("reason",
                    "Đơn vị có ý kiến về tiêu chí II.1.")))),
            Map.entry("finalizeAssessment", Call.of("POST", ASSESSMENT + "/finalize",
                    AuthorizationWorld::assessmentAppraised).with((w, r) -> r.body(AuthorizationWorld.decision()))),
            Map.entry("reopenAssessment", Call.of("POST", ASSESSMENT + "/reopen", AuthorizationWorld::assessmentFinal)
                    .with((w, r) -> r.body(Map.of("reason", "Điều chỉnh theo kết quả giải quyết khiếu nại.")))),
            Map.entry("listAssessmentHistory", Call.of("GET", ASSESSMENT + "/history",
                    AuthorizationWorld::assessmentFinal)),
            Map.entry("listAssessmentEvidenceFiles", Call.of("GET", ASSESSMENT + "/evidence-files",
                    AuthorizationWorld::assessmentDraft).needs(AuthorizationWorld::evidenceFile)),
            Map.entry("uploadAssessmentEvidenceFile", Call.of("POST", ASSESSMENT + "/evidence-files",
                    AuthorizationWorld::assessmentDraft).with((w, r) -> r.contentType("multipart/form-data")
                    .multiPart("criterion", "I.1").multiPart("file", "ke-hoach.pdf", AuthorizationWorld.PDF,
                            "application/pdf"))),
            Map.entry("downloadAssessmentEvidenceFile", Call.of("GET", ASSESSMENT + "/evidence-files/{fileId}",
                    AuthorizationWorld::assessmentDraft, AuthorizationWorld::evidenceFile)
                    .with((w, r) -> r.accept("*/*"))),
            Map.entry("deleteAssessmentEvidenceFile", Call.of("DELETE", ASSESSMENT + "/evidence-files/{fileId}",
                    AuthorizationWorld::assessmentDraft, AuthorizationWorld::evidenceFile)),
            // ratings
            Map.entry("getRatingDistribution", Call.of("GET", "/api/v1/ratings").needs(AuthorizationWorld::assessmentFinal)
                    .with((w, r) -> r.queryParam("year", FIRST_YEAR + 3))),
            Map.entry("listRatedUnits", Call.of("GET", "/api/v1/ratings/units")
                    .needs(AuthorizationWorld::assessmentFinal).with((w, r) -> r.queryParam("year", FIRST_YEAR + 3)
                            .queryParam("size", 100))));

    /** The world every read shares. */
    private AuthorizationWorld reads;
    /** Another province, whose coordinator and leader must not reach the worlds' province. */
    private AuthorizationWorld otherProvince;
    /** The secret of the api-client's token, made for a leader's account. */
    private String apiClientToken;

    @Test
    void theTableHasARowForEveryOperationOfTheContractAndNoOther() throws Exception {
        assertThat(Table.read().rows().keySet()).as("operations of " + TABLE)
                .containsExactlyInAnyOrderElementsOf(contract().keySet());
    }

    @Test
    void everyOperationIsCalledByTheMethodAndPathOfTheContract() throws Exception {
        Map<String, String> called = new TreeMap<>();
        CALLS.forEach((id, call) -> called.put(id, call.method() + " " + call.path()));
        assertThat(called).isEqualTo(new TreeMap<>(contract()));
    }

    @Test
    void anApiClientIsAllowedAndRefusedWhatALeaderIs() throws Exception {
        Table.read().rows().forEach((operation, row) -> assertThat(row.get(Identity.API_CLIENT))
                .as(operation).isEqualTo(row.get(Identity.LEADER)));
    }

    @TestFactory
    Stream<DynamicTest> everyOperationAnswersEveryIdentityAsTheTableSays() throws Exception {
        return Table.read().rows().entrySet().stream().flatMap(row -> row.getValue().entrySet().stream()
                .map(cell -> dynamicTest(row.getKey() + " as " + cell.getKey().label + " -> " + cell.getValue(),
                        () -> check(row.getKey(), cell.getKey(), cell.getValue()))));
    }

    private void check(String operationId, Identity identity, int expected) {
        Call call = CALLS.get(operationId);
        assertThat(call).as("the request of " + operationId).isNotNull();
        AuthorizationWorld world = call.changes() ? new AuthorizationWorld() : reads();
        Object[] ids = call.ids(world);
        RequestSpecification request = call.rest().apply(world, as(identity, world));
        Response response = request.when().request(call.method(), call.path(), ids);

        assertThat(response.statusCode()).as("%s as %s: %s", operationId, identity.label, response.asString())
                .isEqualTo(expected);
        String problem = switch (expected) {
            case 401 -> "/problems/unauthorized";
            case 403 -> "/problems/forbidden";
            case 404 -> "/problems/not-found";
            default -> null;
        };
        if (problem != null) {
            assertThat(response.<String>path("type")).as("problem type").isEqualTo(problem);
        }
        if (operationId.equals("listSubmissions") && expected == 200) {
            checkScope(world, identity, response);
        }
        if (operationId.equals("listAssessments") && expected == 200) {
            List<String> listed = response.path("items.id");
            if (identity == Identity.REPORTER_OTHER || otherProvince(identity)) {
                assertThat(listed).as("assessments listed to " + identity.label).isEmpty();
            } else {
                assertThat(listed).as("assessments of the own unit").containsExactly(world.assessmentDraft());
            }
        }
        if (expected == 200 && !call.changes()) {
            checkOtherProvince(operationId, world, identity, response);
        }
    }

    /** An export asked for as a client generated from the contract asks: the XLSX type or a problem. */
    private static RequestSpecification xlsx(AuthorizationWorld world, RequestSpecification request) {
        return request.accept(org.danvan.export.XlsxDownload.MEDIA_TYPE + ", application/problem+json");
    }

    private static boolean otherProvince(Identity identity) {
        return identity == Identity.COORDINATOR_OTHER || identity == Identity.LEADER_OTHER;
    }

    /**
     * The lists of province A's items as the coordinator and leader of province B: none of A's;
     * the same lists as a national coordinator or A's own coordinator: A's are there.
     */
    private static void checkOtherProvince(String operationId, AuthorizationWorld world, Identity identity,
            Response response) {
        String listed = switch (operationId) {
            case "listPlans" -> world.plan();
            case "listModels" -> world.model();
            case "listRatedUnits" -> world.ownUnit();
            default -> null;
        };
        if (listed == null) {
            return;
        }
        List<String> ids = response.path(operationId.equals("listRatedUnits") ? "items.unitId" : "items.id");
        if (otherProvince(identity)) {
            assertThat(ids).as("%s as %s", operationId, identity.label).doesNotContain(listed);
        } else if (!operationId.equals("listRatedUnits")
                && (identity == Identity.COORDINATOR || identity == Identity.COORDINATOR_PROVINCE)) {
            assertThat(ids).as("%s as %s", operationId, identity.label).contains(listed);
        }
    }

    /** A reporter lists its own unit's submissions and nothing else; the others see them too. */
    private static void checkScope(AuthorizationWorld world, Identity identity, Response response) {
        List<String> units = response.path("items.unitId");
        List<String> ids = response.path("items.id");
        List<String> own = List.of(world.draft(), world.submitted(), world.accepted());
        if (identity == Identity.REPORTER_OWN) {
            assertThat(units).as("units of the listed submissions").containsOnly(world.ownUnit());
            assertThat(ids).containsExactlyInAnyOrderElementsOf(own);
        } else if (identity == Identity.REPORTER_OTHER) {
            assertThat(ids).as("submissions listed to another unit's reporter").isEmpty();
        } else if (otherProvince(identity)) {
            assertThat(ids).as("submissions listed to " + identity.label).doesNotContainAnyElementsOf(own);
        } else {
            assertThat(response.<Integer>path("totalItems")).isGreaterThanOrEqualTo(own.size());
        }
    }

    private RequestSpecification as(Identity identity, AuthorizationWorld world) {
        return switch (identity) {
            case ANONYMOUS -> Api.anonymous();
            case ADMIN -> Api.as(TestAccounts.ADMIN);
            case COORDINATOR -> Api.as(TestAccounts.COORDINATOR);
            case COORDINATOR_PROVINCE -> Api.as(Api.accountOf(Role.COORDINATOR, world.ownUnit()));
            case COORDINATOR_OTHER -> Api.as(Api.accountOf(Role.COORDINATOR, otherProvince().ownUnit()));
            case LEADER -> Api.as(TestAccounts.LEADER);
            case LEADER_OTHER -> Api.as(Api.accountOf(Role.LEADER, otherProvince().province()));
            case REPORTER_OWN -> Api.as(Api.reporterOf(world.ownUnit()));
            case REPORTER_OTHER -> Api.as(Api.reporterOf(world.otherUnit()));
            case API_CLIENT -> Api.anonymous().header("Authorization", "Bearer " + apiClientToken());
        };
    }

    /** Province B: its coordinator and leader meet the worlds of province A. */
    private AuthorizationWorld otherProvince() {
        if (otherProvince == null) {
            otherProvince = new AuthorizationWorld();
        }
        return otherProvince;
    }

    private AuthorizationWorld reads() {
        if (reads == null) {
            reads = new AuthorizationWorld();
        }
        return reads;
    }

    private String apiClientToken() {
        if (apiClientToken == null) {
            apiClientToken = AuthorizationWorld.createToken(AuthorizationWorld.createAccount()).path("token");
        }
        return apiClientToken;
    }

    /** "METHOD path" of every operationId of ../openapi.yaml. */
    private static Map<String, String> contract() throws IOException {
        JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(Path.of("..", "openapi.yaml")))
                .path("paths");
        Map<String, String> operations = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            for (String method : List.of("get", "put", "post", "delete", "patch", "head", "options", "trace")) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null) {
                    operations.put(operation.path("operationId").asText(), method.toUpperCase() + " " + path.getKey());
                }
            }
        }
        return operations;
    }
}
