import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load client of bench/crash-test: proves that what the service acknowledged survives a crash.
 * Compiled together with Bench.java (it reads JSON with Bench.Json).
 *
 * <pre>
 *   setup  --base URL --state DIR [--units 60]
 *          signs in as the demo admin, makes API tokens (admin, and one reporter per unit), a unit
 *          group and an issued plan 2026-2045 with two yearly obligations: up to 40 free cells a unit
 *   burst  --base URL --state DIR --pid PID --signal KILL|TERM --after-ms N [--threads 4]
 *          creates (with an Idempotency-Key) and submits as the reporters, each thread its own units,
 *          sends the signal to the service N ms after the first 2xx, and appends every 2xx to DIR/acks.txt
 *   verify --base URL --state DIR
 *          every acknowledged create is there (and answers the same id to its key again), every
 *          acknowledged submit is not DRAFT, and the kept figures equal a rebuild; exit 1 otherwise
 * </pre>
 */
public class CrashTest {

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Bench.Api.base = o.get("base");
        Path state = Path.of(o.get("state"));
        Files.createDirectories(state);
        switch (args[0]) {
            case "setup" -> setup(state, Integer.parseInt(o.getOrDefault("units", "60")));
            case "burst" -> burst(state, o);
            case "verify" -> System.exit(verify(state) ? 0 : 1);
            default -> throw new IllegalArgumentException("setup | burst | verify");
        }
    }

    // ------------------------------------------------------------------------------------------ HTTP
    record Resp(int status, String body) {
        @SuppressWarnings("unchecked")
        Map<String, Object> json() {
            return (Map<String, Object>) Bench.Json.parse(body);
        }

        String id() {
            return (String) json().get("id");
        }
    }

    /** Bench's blocking HttpURLConnection, kept-alive per thread; status -1 when the connection failed. */
    static final class Http {
        static Resp call(String auth, String method, String path, String body, String idempotencyKey) {
            Bench.Api.Resp r = Bench.Api.request(auth, method, path, body, idempotencyKey, Duration.ofMinutes(2));
            return new Resp(r.status(), r.body());
        }

        static Resp ok(String auth, String method, String path, String body) {
            Resp r = call(auth, method, path, body, null);
            if (r.status < 200 || r.status > 299) {
                throw new IllegalStateException(method + " " + path + " answered " + r.status + ": " + r.body);
            }
            return r;
        }

        static String bearer(String token) {
            return "Bearer " + token;
        }
    }

    static String q(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> items(Resp page) {
        return (List<Map<String, Object>>) page.json().get("items");
    }

    // ------------------------------------------------------------------------------------------ setup
    static void setup(Path state, int unitCount) throws IOException {
        String basic = "Basic " + Base64.getEncoder().encodeToString("admin:danvan".getBytes(StandardCharsets.UTF_8));
        Map<String, Object> admin = Http.ok(basic, "GET", "/api/v1/me", null).json();
        String adminAccount = (String) admin.get("id");
        String province = (String) admin.get("unitId");
        String adminToken = token(basic, adminAccount, "crash-test admin");
        String auth = Http.bearer(adminToken);

        // one reporter per unit of the admin's province (a reporter reads only its province's plans),
        // units in a stable order
        java.util.Set<Object> inProvince = new java.util.HashSet<>();
        for (Map<String, Object> u : items(Http.ok(auth, "GET", "/api/v1/org-units?parentId=" + province + "&size=500",
                null))) {
            inProvince.add(u.get("id"));
        }
        Map<String, String> reporterOfUnit = new LinkedHashMap<>();
        for (Map<String, Object> a : items(Http.ok(auth, "GET", "/api/v1/accounts?role=REPORTER&size=500", null))) {
            if (Boolean.TRUE.equals(a.get("enabled")) && inProvince.contains(a.get("unitId"))) {
                reporterOfUnit.putIfAbsent((String) a.get("unitId"), (String) a.get("id"));
            }
        }
        List<String> units = new ArrayList<>(reporterOfUnit.keySet());
        Collections.sort(units);
        units = units.subList(0, Math.min(unitCount, units.size()));

        // plans are a coordinator's work: a national one (no unit), whose reach holds every province
        String coordinatorAccount = (String) items(Http.ok(auth, "GET", "/api/v1/accounts?role=COORDINATOR&size=100", null))
                .stream().filter(a -> a.get("unitId") == null && a.get("reachUnitId") == null).findFirst()
                .orElseThrow(() -> new IllegalStateException("the demo data has no national coordinator")).get("id");
        String coordinator = Http.bearer(token(basic, coordinatorAccount, "crash-test coordinator"));
        StringBuilder members = new StringBuilder();
        for (String u : units) {
            members.append(members.length() == 0 ? "" : ",").append(q(u));
        }
        String group = Http.ok(coordinator, "POST", "/api/v1/unit-groups",
                "{\"name\":\"Đơn vị của phép thử kill -9\",\"memberIds\":[" + members + "]}").id();
        String plan = Http.ok(coordinator, "POST", "/api/v1/plans", "{\"number\":999,\"symbol\":\"KH-CRASH\",\"issuerId\":"
                + q(province) + ",\"title\":\"Kế hoạch của phép thử kill -9\",\"issueDate\":\"2026-01-05\","
                + "\"periodStart\":2026,\"periodEnd\":2045,\"obligations\":["
                + "{\"kind\":\"SEMIANNUAL_REPORT\",\"title\":\"Báo cáo 6 tháng\",\"groupId\":" + q(group)
                + ",\"dueMonthDay\":\"--06-10\"},"
                + "{\"kind\":\"ANNUAL_REPORT\",\"title\":\"Báo cáo năm\",\"groupId\":" + q(group)
                + ",\"dueMonthDay\":\"--12-05\"}],\"targets\":[{\"ordinal\":\"1\",\"statement\":\"100% đơn vị gửi báo cáo"
                + " năm.\",\"comparator\":\"GTE\",\"thresholdPercent\":100,\"population\":{\"groupId\":" + q(group)
                + ",\"basis\":\"UNITS\"},\"measure\":{\"kind\":\"SUBMISSION\",\"obligationId\":\"#1\"}}]}").id();
        Http.ok(coordinator, "POST", "/api/v1/plans/" + plan + "/issue", null);
        // the cells: the periods of this plan each unit owes (its calendar), a reporter's token for each
        List<String> lines = new ArrayList<>();
        for (String u : units) {
            String reporterToken = token(basic, reporterOfUnit.get(u), "crash-test reporter");
            for (Map<String, Object> e : items(Http.ok(coordinator, "GET", "/api/v1/org-units/" + u
                    + "/calendar?size=200", null))) {
                if (plan.equals(e.get("planId")) && "MISSING".equals(e.get("status"))) {
                    lines.add(u + " " + e.get("periodId") + " " + reporterToken);
                }
            }
        }
        Files.write(state.resolve("cells.txt"), lines);
        Properties p = new Properties();
        p.setProperty("admin.token", adminToken);
        p.setProperty("plan", plan);
        try (OutputStream out = Files.newOutputStream(state.resolve("setup.properties"))) {
            p.store(out, null);
        }
        System.out.printf(Locale.ROOT, "setup: plan %s issued, %d free cells (periods owed) of %d units%n", plan,
                lines.size(), units.size());
    }

    static String token(String basic, String accountId, String name) {
        return (String) Http.ok(basic, "POST", "/api/v1/api-tokens", "{\"accountId\":" + q(accountId)
                + ",\"name\":" + q(name) + ",\"expiresAt\":" + q(java.time.Instant.now().plus(java.time.Duration.ofDays(7))
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString()) + "}").json().get("token");
    }

    // ------------------------------------------------------------------------------------------ burst
    /** One cell of the plan: a unit, one of its periods, and its reporter's token. */
    record Cell(int index, String unit, String period, String token) {
        String body() {
            return "{\"periodId\":" + q(period) + ",\"unitId\":" + q(unit) + ",\"sections\":{\"results\":"
                    + q("Báo cáo của phép thử kill -9, ô " + index) + "}}";
        }

        String key() {
            return "crash-" + index;
        }
    }

    static List<Cell> cells(Path state) throws IOException {
        List<Cell> cells = new ArrayList<>();
        List<String> lines = Files.readAllLines(state.resolve("cells.txt"));
        for (int i = 0; i < lines.size(); i++) {
            String[] f = lines.get(i).split(" ");
            cells.add(new Cell(i, f[0], f[1], f[2]));
        }
        return cells;
    }

    static void burst(Path state, Map<String, String> o) throws Exception {
        long pid = Long.parseLong(o.get("pid"));
        boolean kill = "KILL".equals(o.getOrDefault("signal", "KILL"));
        long afterMs = Long.parseLong(o.get("after-ms"));
        int threads = Integer.parseInt(o.getOrDefault("threads", "4"));
        System.setProperty("http.maxConnections", String.valueOf(Math.max(5, threads)));
        List<Cell> cells = cells(state);
        Path usedFile = state.resolve("used.txt");
        // cells tried in an earlier round (answered or not) are never tried again
        java.util.Set<Integer> used = new java.util.HashSet<>();
        if (Files.exists(usedFile)) {
            for (String l : Files.readAllLines(usedFile)) {
                used.add(Integer.parseInt(l.trim()));
            }
        }
        // thread t works for the units whose position is t modulo threads: each thread its own reporters
        Map<String, Integer> unitThread = new HashMap<>();
        List<List<Cell>> work = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            work.add(new ArrayList<>());
        }
        for (Cell c : cells) {
            int t = unitThread.computeIfAbsent(c.unit, u -> unitThread.size() % threads);
            if (!used.contains(c.index)) {
                work.get(t).add(c);
            }
        }

        ConcurrentLinkedQueue<String> acks = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Integer> tried = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
        AtomicLong refused = new AtomicLong();
        AtomicLong unavailable = new AtomicLong();
        AtomicBoolean signalled = new AtomicBoolean();
        AtomicBoolean exhausted = new AtomicBoolean();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            List<Cell> mine = work.get(t);
            Thread w = new Thread(() -> {
                for (int i = 0; i < mine.size(); i++) {
                    Cell c = mine.get(i);
                    tried.add(c.index);
                    String auth = Http.bearer(c.token);
                    Resp r = Http.call(auth, "POST", "/api/v1/submissions", c.body(), c.key());
                    if (!answered(r, refused, unavailable, unexpected, "create " + c.index)) {
                        return;
                    }
                    String id = r.id();
                    acks.add("create " + id + " " + c.index);
                    if (c.index % 3 == 2) {
                        continue; // a third stay DRAFT
                    }
                    r = Http.call(auth, "POST", "/api/v1/submissions/" + id + "/submit",
                            "{\"reason\":\"phép thử kill -9\"}", null);
                    if (!answered(r, refused, unavailable, unexpected, "submit " + id)) {
                        return;
                    }
                    acks.add("submit " + id + " " + c.index);
                }
                exhausted.set(true);
            });
            workers.add(w);
        }
        workers.forEach(Thread::start);
        // the delay counts from the first acknowledgement, so a slow start still leaves a burst to cut
        while (acks.isEmpty() && workers.stream().anyMatch(Thread::isAlive)) {
            Thread.sleep(5);
        }
        long t0 = System.nanoTime();
        Thread.sleep(afterMs);
        ProcessHandle service = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("no process " + pid));
        if (exhausted.get()) {
            System.out.println("WARNING: a thread ran out of free cells before the signal");
        }
        signalled.set(kill ? service.destroyForcibly() : service.destroy());
        double signalledAt = (System.nanoTime() - t0) / 1e6;
        for (Thread w : workers) {
            w.join(180_000);
        }
        List<String> ackList = new ArrayList<>(acks);
        Files.write(state.resolve("acks.txt"), ackList, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        Files.write(usedFile, tried.stream().map(String::valueOf).toList(), StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        long creates = ackList.stream().filter(a -> a.startsWith("create ")).count();
        System.out.printf(Locale.ROOT, "burst: SIG%s sent %.0f ms after the first 2xx (%s); acknowledged %d creates, %d submits;"
                + " then %d connections refused or cut, %d x 503, %d other answers%n", kill ? "KILL" : "TERM",
                signalledAt, signalled.get() ? "delivered" : "NOT delivered", creates, ackList.size() - creates,
                refused.get(), unavailable.get(), unexpected.size());
        unexpected.stream().limit(5).forEach(u -> System.out.println("  unexpected: " + u));
        Files.writeString(state.resolve("burst-unexpected.txt"), String.valueOf(unexpected.size()));
        System.exit(signalled.get() && creates > 0 ? 0 : 1);
    }

    /**
     * True when the request was acknowledged (2xx); false when the service is gone or refusing (the
     * thread stops). Any other answer is unexpected and recorded: the test fails on it.
     */
    static boolean answered(Resp r, AtomicLong refused, AtomicLong unavailable, ConcurrentLinkedQueue<String> unexpected,
            String what) {
        if (r.status >= 200 && r.status <= 299) {
            return true;
        }
        if (r.status == -1) {
            refused.incrementAndGet();
        } else if (r.status == 503) {
            unavailable.incrementAndGet();
        } else {
            unexpected.add(what + ": " + r.status + " " + r.body);
        }
        return false;
    }

    // ------------------------------------------------------------------------------------------ verify
    static boolean verify(Path state) throws Exception {
        Properties setup = new Properties();
        try (InputStream in = Files.newInputStream(state.resolve("setup.properties"))) {
            setup.load(in);
        }
        String admin = Http.bearer(setup.getProperty("admin.token"));
        List<Cell> cells = cells(state);
        List<String> acks = Files.exists(state.resolve("acks.txt")) ? Files.readAllLines(state.resolve("acks.txt"))
                : List.of();
        int creates = 0;
        int submits = 0;
        int createsFound = 0;
        int submitsKept = 0;
        int replaysSame = 0;
        List<String> losses = new ArrayList<>();
        Map<String, String> statusOf = new HashMap<>();
        for (String ack : acks) {
            String[] f = ack.split(" ");
            String id = f[1];
            Cell cell = cells.get(Integer.parseInt(f[2]));
            if (f[0].equals("create")) {
                creates++;
                Resp r = Http.call(admin, "GET", "/api/v1/submissions/" + id, null, null);
                if (r.status == 200 && cell.unit.equals(r.json().get("unitId")) && cell.period.equals(r.json().get("periodId"))) {
                    createsFound++;
                    statusOf.put(id, (String) r.json().get("status"));
                } else {
                    losses.add("create " + id + " (cell " + cell.index + "): GET answered " + r.status);
                }
                // the same request with the same key answers the same submission: the key was kept too
                Resp again = Http.call(Http.bearer(cell.token), "POST", "/api/v1/submissions", cell.body(), cell.key());
                if (again.status >= 200 && again.status <= 299 && id.equals(again.id())) {
                    replaysSame++;
                } else {
                    losses.add("create " + id + " (cell " + cell.index + "): its Idempotency-Key answered "
                            + again.status + " " + (again.status == -1 || again.status >= 300 ? again.body : again.id()));
                }
            } else {
                submits++;
                String status = statusOf.get(id);
                if (status != null && !status.equals("DRAFT")) {
                    submitsKept++;
                } else {
                    losses.add("submit " + id + " (cell " + cell.index + "): the submission is " + status);
                }
            }
        }
        System.out.printf(Locale.ROOT, "verify: acknowledged %d creates / %d submits; found %d creates (%d answer"
                + " their key with the same id) / %d submits not in DRAFT%n", creates, submits, createsFound, replaysSame,
                submitsKept);
        losses.stream().limit(10).forEach(l -> System.out.println("  LOST: " + l));

        // the kept figures of every plan equal what a rebuild computes from the rows
        List<String> plans = new ArrayList<>();
        for (Map<String, Object> p : items(Http.ok(admin, "GET", "/api/v1/plans?size=100", null))) {
            plans.add((String) p.get("id"));
        }
        Map<String, Object> kept = figures(admin, plans);
        Http.ok(admin, "POST", "/api/v1/figures/rebuild", null);
        Map<String, Object> rebuilt = figures(admin, plans);
        List<String> differ = new ArrayList<>();
        for (String k : kept.keySet()) {
            if (!kept.get(k).equals(rebuilt.get(k))) {
                differ.add(k);
            }
        }
        System.out.printf(Locale.ROOT, "verify: kept figures of %d plans %s a rebuild%s%n", plans.size(),
                differ.isEmpty() ? "equal" : "DIFFER from", differ.isEmpty() ? "" : ": " + differ);
        return losses.isEmpty() && differ.isEmpty() && creates > 0;
    }

    static Map<String, Object> figures(String auth, List<String> plans) {
        Map<String, Object> f = new LinkedHashMap<>();
        for (String p : plans) {
            f.put(p + " completeness", Bench.Json.parse(Http.ok(auth, "GET", "/api/v1/plans/" + p + "/completeness", null).body));
            f.put(p + " attainment", Bench.Json.parse(Http.ok(auth, "GET", "/api/v1/plans/" + p + "/attainment", null).body));
        }
        return f;
    }
}
