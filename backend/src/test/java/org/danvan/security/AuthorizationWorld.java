package org.danvan.security;

import static org.danvan.common.Api.admin;
import static org.danvan.common.Api.api;
import static org.danvan.common.Api.createId;
import static org.danvan.common.Api.unit;
import static org.danvan.plan.PlanFixtures.unique;

import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.danvan.rubric.RubricFixtures;

/**
 * What one cell of the authorization matrix acts on, made through the API (units by the admin,
 * the rest by the coordinator, accounts and tokens by the admin) the first time the cell asks for
 * it: a province with the own unit and a sibling other unit, a group of its departments, an
 * identified draft plan of 2096-2099 with a task, a MANUAL target and a yearly obligation (four
 * periods), an extension, the own unit's submissions in DRAFT (with a PDF), SUBMITTED and ACCEPTED,
 * an account and an API token. Spare units and groups are the ones a cell may change or delete.
 */
final class AuthorizationWorld {

    static final String UNITS = "/api/v1/org-units";
    static final String UNIT = UNITS + "/{unitId}";
    static final String GROUPS = "/api/v1/unit-groups";
    static final String GROUP = GROUPS + "/{groupId}";
    static final String PLANS = "/api/v1/plans";
    static final String PLAN = PLANS + "/{planId}";
    static final String TASKS = PLAN + "/tasks";
    static final String TASK = TASKS + "/{taskId}";
    static final String TASK_ASSIGNMENT = "/api/v1/task-assignments/{assignmentId}";
    static final String TASK_FILES = TASK_ASSIGNMENT + "/files";
    static final String TASK_FILE = TASK_FILES + "/{fileId}";
    static final String TARGETS = PLAN + "/targets";
    static final String TARGET = TARGETS + "/{targetId}";
    static final String OBLIGATIONS = PLAN + "/obligations";
    static final String OBLIGATION = OBLIGATIONS + "/{obligationId}";
    static final String PERIODS = "/api/v1/obligations/{obligationId}/periods";
    static final String EXTENSIONS = "/api/v1/obligations/{obligationId}/extensions";
    static final String EXTENSION = EXTENSIONS + "/{extensionId}";
    static final String SUBMISSIONS = "/api/v1/submissions";
    static final String SUBMISSION = SUBMISSIONS + "/{submissionId}";
    static final String ATTACHMENTS = SUBMISSION + "/attachments";
    static final String ATTACHMENT = ATTACHMENTS + "/{attachmentId}";
    static final String ACCOUNTS = "/api/v1/accounts";
    static final String ACCOUNT = ACCOUNTS + "/{accountId}";
    static final String TOKENS = "/api/v1/api-tokens";
    static final String RUBRICS = RubricFixtures.RUBRICS;
    static final String RUBRIC = RubricFixtures.RUBRIC;

    /** The first year of the plan: every due date is in the future, so nothing is late. */
    static final int FIRST_YEAR = 2096;

    static final byte[] PDF = "%PDF-1.4\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"
            .getBytes(StandardCharsets.ISO_8859_1);

    private final Map<String, Object> made = new HashMap<>();

    /** Makes a piece once (not computeIfAbsent: making one piece makes the pieces it needs). */
    @SuppressWarnings("unchecked")
    private <T> T once(String name, Supplier<T> make) {
        T value = (T) made.get(name);
        if (value == null) {
            value = make.get();
            made.put(name, value);
        }
        return value;
    }

    // ---- units and groups ----

    String province() {
        return once("province", () -> createId(UNITS, unit(unique("UBND tỉnh Thử nghiệm"), "PROVINCE", null)));
    }

    /** The unit owning the plan's submissions; {@code reporter.own} reports for it. */
    String ownUnit() {
        return once("ownUnit", () -> department("Sở Nội vụ"));
    }

    /** A sibling of the own unit that owns nothing; {@code reporter.other} reports for it. */
    String otherUnit() {
        return once("otherUnit", () -> department("Sở Tư pháp"));
    }

    /** A unit nothing refers to, to change or delete. */
    String spareUnit() {
        return once("spareUnit", () -> department("Sở Kế hoạch và Đầu tư"));
    }

    private String department(String name) {
        return createId(UNITS, unit(unique(name), "DEPARTMENT", province()));
    }

    /** The departments of the province: the own and the other unit owe the obligation. */
    String group() {
        return once("group", () -> {
            ownUnit();
            otherUnit();
            return createId(GROUPS, groupBody("DEPARTMENT"));
        });
    }

    /** A group nothing points at, to change or delete. */
    String spareGroup() {
        return once("spareGroup", () -> createId(GROUPS, groupBody("COMMUNE")));
    }

    Map<String, Object> groupBody(String kind) {
        return Map.of("name", unique("Các cơ quan, đơn vị"), "kinds", List.of(kind), "scopeUnitId", province(),
                "memberIds", List.of());
    }

    // ---- the plan ----

    /** An identified DRAFT plan, ready to be issued. */
    String plan() {
        return once("plan", () -> createId(PLANS, planBody()));
    }

    String issuedPlan() {
        return once("issuedPlan", () -> {
            String id = createId(PLANS, planBody());
            api().when().post(PLAN + "/issue", id).then().statusCode(200);
            return id;
        });
    }

    Map<String, Object> planBody() {
        var body = new HashMap<String, Object>();
        body.put("number", ThreadLocalRandom.current().nextInt(1, 999_999));
        body.put("symbol", "KH-UBND-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("issuerId", province());
        body.put("title", unique("Kế hoạch thực hiện công tác dân vận chính quyền"));
        body.put("issueDate", FIRST_YEAR + "-03-25");
        body.put("periodStart", FIRST_YEAR);
        body.put("periodEnd", FIRST_YEAR + 3);
        return body;
    }

    String task() {
        return once("task", () -> createId(TASKS, taskBody(), plan()));
    }

    static Map<String, Object> taskBody() {
        return Map.of("ordinal", "II.1", "content", "Quán triệt, học tập các Chỉ thị, Nghị quyết về công tác dân vận",
                "timeFrame", Map.of("kind", "CONTINUOUS", "text", "Thường xuyên"));
    }

    /** The own unit's assignment of a task of the plan it leads, on which progress is recorded. */
    String assignment() {
        return once("assignment", () -> {
            String task = createId(TASKS, Map.of("ordinal", "II.2", "content",
                    "Thực hiện tốt công tác tiếp công dân, đối thoại trực tiếp với Nhân dân", "leadUnitIds",
                    List.of(ownUnit()), "timeFrame", Map.of("kind", "CONTINUOUS", "text", "Thường xuyên")), plan());
            return api().when().get(TASK + "/assignments", plan(), task).then().statusCode(200)
                    .extract().path("items[0].id");
        });
    }

    /** The own unit's assignment with the unit's update awaiting the coordinator's review. */
    String updatedAssignment() {
        return once("updatedAssignment", () -> {
            String id = assignment();
            api().header("If-Match", etag(TASK_ASSIGNMENT, id)).body(progress()).when().put(TASK_ASSIGNMENT, id)
                    .then().statusCode(200);
            return id;
        });
    }

    /** A PDF attached to the own unit's assignment as evidence. */
    String assignmentFile() {
        return once("assignmentFile", () -> api().contentType("multipart/form-data")
                .multiPart("file", "bien-ban.pdf", PDF, "application/pdf").when().post(TASK_FILES, assignment())
                .then().statusCode(201).extract().path("id"));
    }

    static Map<String, Object> progress() {
        return Map.of("status", "IN_PROGRESS", "result", "Đã xây dựng lịch tiếp công dân định kỳ năm 2096.");
    }

    /** A MANUAL target: a coordinator records its verdict, and it counts no obligation. */
    String target() {
        return once("target", () -> createId(TARGETS, targetBody(), plan()));
    }

    Map<String, Object> targetBody() {
        return Map.of("ordinal", "III.5", "statement", "Các cơ quan, đơn vị tăng cường chỉ đạo cải cách hành chính.",
                "population", Map.of("groupId", group(), "basis", "UNITS"), "measure", Map.of("kind", "MANUAL"));
    }

    /** A yearly obligation of the group: one period a year, 2096 to 2099. */
    String obligation() {
        return once("obligation", () -> createId(OBLIGATIONS, obligationBody(), plan()));
    }

    Map<String, Object> obligationBody() {
        return Map.of("kind", "ANNUAL_REPORT", "title", unique("Báo cáo kết quả công tác dân vận chính quyền năm"),
                "groupId", group(), "dueMonthDay", "--12-05", "graceDays", 0);
    }

    /** The obligation's period of {@code FIRST_YEAR + index}. */
    String period(int index) {
        List<String> periods = once("periods", () -> api().queryParam("size", 10).when().get(PERIODS, obligation())
                .then().statusCode(200).extract().path("items.id"));
        return periods.get(index);
    }

    /** The own unit's extension of the first period. */
    String extension() {
        return once("extension", () -> {
            var created = api().body(extensionBody(0)).when().post(EXTENSIONS, obligation()).then().statusCode(201)
                    .extract();
            made.put("extensionTag", created.header("ETag"));
            return created.path("id");
        });
    }

    String extensionTag() {
        extension();
        return (String) made.get("extensionTag");
    }

    /** An extension for the own unit of the period of {@code FIRST_YEAR + index}. */
    Map<String, Object> extensionBody(int index) {
        return Map.of("periodId", period(index), "unitId", ownUnit(), "dueDate", (FIRST_YEAR + index) + "-12-20",
                "reason", "Đơn vị đang kiện toàn tổ chức bộ máy");
    }

    // ---- the own unit's submissions: one period each, the last period left free ----

    String draft() {
        return once("draft", () -> createId(SUBMISSIONS, submissionBody(0)));
    }

    String submitted() {
        return once("submitted", () -> {
            String id = createId(SUBMISSIONS, submissionBody(1));
            move(id, "submit", null);
            return id;
        });
    }

    String accepted() {
        return once("accepted", () -> {
            String id = createId(SUBMISSIONS, submissionBody(2));
            move(id, "submit", null);
            move(id, "accept", null);
            return id;
        });
    }

    /** The own unit's draft for the period of {@code FIRST_YEAR + index}; index 3 is free. */
    Map<String, Object> submissionBody(int index) {
        return Map.of("periodId", period(index), "unitId", ownUnit(), "sections",
                Map.of("results", "Đã ban hành Kế hoạch số 45/KH-SNV thực hiện công tác dân vận chính quyền."));
    }

    static Map<String, Object> submissionContent() {
        return Map.of("sections", Map.of("results", "100% cán bộ, công chức được quán triệt Chỉ thị số 33/CT-TTg."),
                "values", List.of(), "documentNumber", "312/BC-SNV", "documentDate", "2024-10-28");
    }

    private static void move(String submissionId, String action, String reason) {
        RequestSpecification request = api();
        if (reason != null) {
            request.body(Map.of("reason", reason));
        }
        request.when().post(SUBMISSION + "/" + action, submissionId).then().statusCode(200);
    }

    /** A PDF attached to the draft. */
    String attachment() {
        return once("attachment", () -> upload(api(), draft()).then().statusCode(201).extract().path("id"));
    }

    static io.restassured.response.Response upload(RequestSpecification request, String submissionId) {
        return request.contentType("multipart/form-data").multiPart("file", "bao-cao.pdf", PDF, "application/pdf")
                .when().post(ATTACHMENTS, submissionId);
    }

    // ---- accounts ----

    /** A leader's account, to read, change and make tokens for. */
    String account() {
        return once("account", AuthorizationWorld::createAccount);
    }

    String token() {
        return once("token", () -> createToken(account()).path("id"));
    }

    /** A new leader's account, made by the admin. */
    static String createAccount() {
        return admin().body(accountBody("LEADER", null)).when().post(ACCOUNTS).then().statusCode(201).extract()
                .path("id");
    }

    static Map<String, Object> accountBody(String role, String unitId) {
        var body = new HashMap<String, Object>();
        body.put("username", "matrix." + UUID.randomUUID().toString().substring(0, 8));
        body.put("displayName", "Văn phòng UBND tỉnh");
        body.put("password", "Mat-khau-2026");
        body.put("role", role);
        body.put("unitId", unitId);
        body.put("enabled", true);
        return body;
    }

    static io.restassured.response.ExtractableResponse<io.restassured.response.Response> createToken(String accountId) {
        return admin().body(tokenBody(accountId)).when().post(TOKENS).then().statusCode(201).extract();
    }

    static Map<String, Object> tokenBody(String accountId) {
        return Map.of("accountId", accountId, "name", "Hệ thống quản lý văn bản tỉnh",
                "expiresAt", Instant.now().plus(Duration.ofDays(30)).toString());
    }

    // ---- versions ----

    /** The current ETag of a resource, read as the coordinator. */
    static String etag(String path, Object... ids) {
        return etag(api(), path, ids);
    }

    static String etag(RequestSpecification reader, String path, Object... ids) {
        return reader.when().get(path, ids).then().statusCode(200).extract().header("ETag");
    }

    // ---- "Dân vận khéo" models: one of the own unit ----

    static final String MODELS = "/api/v1/models";
    static final String MODEL = MODELS + "/{modelId}";

    String model() {
        return once("model", () -> createId(MODELS, modelBody()));
    }

    /** A registration of the own unit. */
    Map<String, Object> modelBody() {
        var body = new HashMap<String, Object>(modelContent());
        body.put("unitId", ownUnit());
        return body;
    }

    static Map<String, Object> modelContent() {
        return Map.of("name", unique("Dân vận khéo trong vận động hiến đất làm đường giao thông nông thôn"),
                "field", "ECONOMY", "startDate", "2024-02-01", "endDate", "2024-12-31",
                "registrationDate", "2024-03-15");
    }

    static Map<String, Object> recognitionBody() {
        return Map.of("level", "PROVINCE", "decisionNumber", "3120/QĐ-UBND", "decisionDate", "2024-12-20");
    }

    // ---- rubrics ----

    /** A DRAFT rubric of the province, to read, change, freeze, delete and score on. */
    String rubric() {
        return once("rubric", () -> createId(RUBRICS, rubricBody()));
    }

    /** A FROZEN rubric, to copy into a new version. */
    String frozenRubric() {
        return once("frozenRubric", () -> {
            String id = createId(RUBRICS, rubricBody());
            api().when().post(RUBRIC + "/freeze", id).then().statusCode(200);
            return id;
        });
    }

    Map<String, Object> rubricBody() {
        return RubricFixtures.rubricBody(province());
    }

    static Map<String, Object> scoreBody() {
        return Map.of("unitKind", "DEPARTMENT", "points", List.of(Map.of("code", "I.1", "points", 5)),
                "lateReports", 1, "missingReports", 0);
    }

    // ---- assessments: the own unit's, one year each, on a rubric of their own ----

    static final String ASSESSMENTS = "/api/v1/assessments";
    static final String ASSESSMENT = ASSESSMENTS + "/{assessmentId}";

    /** A rubric the assessments use (and so freeze). */
    String assessmentRubric() {
        return once("assessmentRubric", () -> createId(RUBRICS, rubricBody()));
    }

    Map<String, Object> assessmentBody(int year) {
        return Map.of("unitId", ownUnit(), "rubricId", assessmentRubric(), "year", year, "periodId",
                selfAssessmentPeriod(year));
    }

    /** The period of {@code year} of a plan of its own whose SELF_ASSESSMENT obligation the group owes. */
    String selfAssessmentPeriod(int year) {
        List<String> periods = once("selfAssessmentPeriods", () -> {
            Map<String, Object> body = new HashMap<>(planBody());
            body.put("periodStart", FIRST_YEAR - 1);
            String planId = createId(PLANS, body);
            String obligationId = createId(OBLIGATIONS, Map.of("kind", "SELF_ASSESSMENT", "title",
                    unique("Gửi hồ sơ tự đánh giá, chấm điểm"), "groupId", group(), "dueMonthDay", "--11-15",
                    "graceDays", 0), planId);
            return api().queryParam("size", 10).when().get(PERIODS, obligationId)
                    .then().statusCode(200).extract().path("items.id");
        });
        return periods.get(year - FIRST_YEAR + 1);
    }

    static Map<String, Object> selfScores() {
        return Map.of("scores", List.of(Map.of("code", "I.1", "points", 5), Map.of("code", "I.2", "points", 3),
                Map.of("code", "II.1", "points", 8)));
    }

    static Map<String, Object> appraisal() {
        return Map.of("eligible", true, "scores", List.of(Map.of("code", "I.1", "points", 5),
                Map.of("code", "I.2", "points", 3), Map.of("code", "II.1", "points", 8)));
    }

    static Map<String, Object> decision() {
        return Map.of("decisionNumber", "3120/QĐ-UBND", "decisionDate", "2024-12-25");
    }

    String assessmentDraft() {
        return once("assessmentDraft", () -> createId(ASSESSMENTS, assessmentBody(FIRST_YEAR)));
    }

    /** An evidence file on criterion I.1 of the draft score sheet. */
    String evidenceFile() {
        return once("evidenceFile", () -> api().contentType("multipart/form-data").multiPart("criterion", "I.1")
                .multiPart("file", "ke-hoach.pdf", PDF, "application/pdf").when()
                .post(ASSESSMENT + "/evidence-files", assessmentDraft()).then().statusCode(201).extract().path("id"));
    }

    String assessmentSubmitted() {
        return once("assessmentSubmitted", () -> submittedAssessment(FIRST_YEAR + 1));
    }

    String assessmentAppraised() {
        return once("assessmentAppraised", () -> {
            String id = submittedAssessment(FIRST_YEAR + 2);
            appraise(id);
            return id;
        });
    }

    String assessmentFinal() {
        return once("assessmentFinal", () -> {
            String id = submittedAssessment(FIRST_YEAR + 3);
            appraise(id);
            api().body(decision()).when().post(ASSESSMENT + "/finalize", id).then().statusCode(200);
            return id;
        });
    }

    private String submittedAssessment(int year) {
        String id = createId(ASSESSMENTS, assessmentBody(year));
        api().header("If-Match", etag(ASSESSMENT, id)).body(selfScores()).when().put(ASSESSMENT, id).then()
                .statusCode(200);
        api().when().post(ASSESSMENT + "/submit", id).then().statusCode(200);
        return id;
    }

    private static void appraise(String id) {
        api().header("If-Match", etag(ASSESSMENT, id)).body(appraisal()).when().put(ASSESSMENT + "/appraisal", id)
                .then().statusCode(200);
        api().when().post(ASSESSMENT + "/appraise", id).then().statusCode(200);
    }
}
