import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.HttpURLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * The danvan benchmark's workhorse, driven by bench/run:
 *
 * <pre>
 *   pgreset --pg-admin-url URL --user U --db NAME      drop and create a bench database
 *   gen     --dir D --jdbc URL --user U --units N --submissions M [--seed S]
 *                                                     bulk SQL data set (JDBC batches on H2, COPY on PostgreSQL)
 *   api     --dir D --base http://127.0.0.1:PORT --pid PID [--reps 50 --warmup 10 --load-seconds 20 --threads 16]
 *                                                     rebuild, API timings, load, exactness checks, RSS
 *   sql     --dir D --jdbc URL --user U [--reps 5]     the straightforward SQL: timings and equality with the API
 *   table   --work W --scenarios a,b --out FILE       the one table, from every scenario's result.properties
 * </pre>
 *
 * Every phase appends its figures to D/result.properties.
 */
public class Bench {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String SUBMITTED = "('SUBMITTED', 'RETURNED', 'ACCEPTED')";

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: Bench pgreset|gen|api|sql|table --option value ...");
        }
        Map<String, String> o = new HashMap<>();
        for (int i = 1; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("bad option " + args[i]);
            }
            o.put(args[i].substring(2), args[i + 1]);
        }
        switch (args[0]) {
            case "pgreset" -> pgReset(o);
            case "gen" -> Gen.run(o);
            case "api" -> Api.run(o);
            case "sql" -> Sql.run(o);
            case "table" -> Table.run(o);
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    // ------------------------------------------------------------------------------------------ shared

    static String opt(Map<String, String> o, String key, String dflt) {
        String v = o.get(key);
        if (v == null && dflt == null) {
            throw new IllegalArgumentException("--" + key + " is required");
        }
        return v == null ? dflt : v;
    }

    static Connection connect(Map<String, String> o) throws SQLException {
        return DriverManager.getConnection(opt(o, "jdbc", null), opt(o, "user", "sa"), opt(o, "password", ""));
    }

    static boolean isPg(Map<String, String> o) {
        return opt(o, "jdbc", null).startsWith("jdbc:postgresql:");
    }

    static Properties load(Path file) {
        Properties p = new Properties();
        if (Files.exists(file)) {
            try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return p;
    }

    /** Adds keys to D/result.properties (or another file), keeping what is there. */
    static void store(Path file, Map<String, ?> values) {
        Properties p = load(file);
        values.forEach((k, v) -> p.setProperty(k, String.valueOf(v)));
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(out, "danvan bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    /** Nearest-rank percentile of milliseconds. */
    static double pct(List<Double> values, double p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    static String f1(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String unmarked = decomposed.replaceAll("\\p{M}+", "").replace('đ', 'd').replace('Đ', 'D');
        return unmarked.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }

    static void pgReset(Map<String, String> o) throws SQLException {
        String db = opt(o, "db", null);
        if (!db.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("database name " + db);
        }
        try (Connection c = DriverManager.getConnection(opt(o, "pg-admin-url", null), opt(o, "user", "postgres"),
                opt(o, "password", "")); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + db + " with (force)");
            s.execute("create database " + db);
        }
        System.out.println("database " + db + " created");
    }

    // ------------------------------------------------------------------------------------------ data

    /** Row writer: COPY ... FROM STDIN (csv) on PostgreSQL, batched prepared inserts on H2. */
    abstract static class Sink implements AutoCloseable {
        final Connection c;
        final String table;
        final String[] cols;
        long rows;

        Sink(Connection c, String table, String cols) {
            this.c = c;
            this.table = table;
            this.cols = cols.split(",\\s*");
        }

        static Sink open(Connection c, boolean pg, String table, String cols) throws SQLException {
            return pg ? new CopySink(c, table, cols) : new BatchSink(c, table, cols);
        }

        abstract void row(Object... values) throws SQLException;
    }

    static final class CopySink extends Sink {
        private final StringBuilder buf = new StringBuilder(1 << 20);
        private final org.postgresql.copy.CopyManager copy;

        CopySink(Connection c, String table, String cols) throws SQLException {
            super(c, table, cols);
            copy = c.unwrap(org.postgresql.PGConnection.class).getCopyAPI();
        }

        @Override
        void row(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    buf.append(',');
                }
                Object v = values[i];
                if (v == null) {
                    continue;
                }
                if (v instanceof String s) {
                    buf.append('"').append(s.replace("\"", "\"\"")).append('"');
                } else if (v instanceof Boolean b) {
                    buf.append(b ? 't' : 'f');
                } else {
                    buf.append(v);
                }
            }
            buf.append('\n');
            if (++rows % 20_000 == 0) {
                flush();
            }
        }

        private void flush() throws SQLException {
            if (buf.length() == 0) {
                return;
            }
            try {
                copy.copyIn("copy " + table + " (" + String.join(", ", cols) + ") from stdin with (format csv)",
                        new StringReader(buf.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            buf.setLength(0);
        }

        @Override
        public void close() throws SQLException {
            flush();
            c.commit();
        }
    }

    static final class BatchSink extends Sink {
        private final PreparedStatement ps;

        BatchSink(Connection c, String table, String cols) throws SQLException {
            super(c, table, cols);
            String marks = String.join(", ", Collections.nCopies(this.cols.length, "?"));
            ps = c.prepareStatement("insert into " + table + " (" + String.join(", ", this.cols) + ") values (" + marks
                    + ")");
        }

        @Override
        void row(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            ps.addBatch();
            if (++rows % 5_000 == 0) {
                ps.executeBatch();
                if (rows % 50_000 == 0) {
                    c.commit();
                }
            }
        }

        @Override
        public void close() throws SQLException {
            ps.executeBatch();
            ps.close();
            c.commit();
        }
    }

    static final class Unit {
        final UUID id;
        final String kind;
        final String code;
        final String name;
        final Unit parent;
        final String path;
        final int shard;

        Unit(UUID id, String kind, String code, String name, Unit parent, int shard) {
            this.id = id;
            this.kind = kind;
            this.code = code;
            this.name = name;
            this.parent = parent;
            this.path = (parent == null ? "/" : parent.path) + id + "/";
            this.shard = shard;
        }
    }

    /** Time-ordered ids (UUID version 7 layout), as the service makes them. */
    static final class Ids {
        private final long t0 = System.currentTimeMillis();
        private final SplittableRandom random;
        private long seq;

        Ids(long seed) {
            random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        }

        UUID next() {
            long n = seq++;
            long msb = ((t0 + (n >>> 12)) << 16) | 0x7000L | (n & 0xFFFL);
            long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
            return new UUID(msb, lsb);
        }
    }

    static final class Gen {

        static final String[] GROUP_KINDS = {"PROVINCE", "DEPARTMENT", "PUBLIC_SERVICE_UNIT", "COMMUNE"};

        static void run(Map<String, String> o) throws Exception {
            Path dir = Path.of(opt(o, "dir", null));
            Files.createDirectories(dir);
            int units = Integer.parseInt(opt(o, "units", "50000"));
            long requested = Long.parseLong(opt(o, "submissions", "1000000"));
            long seed = Long.parseLong(opt(o, "seed", "20261125"));
            boolean pg = isPg(o);
            SplittableRandom rnd = new SplittableRandom(seed);
            Ids ids = new Ids(seed);
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).withNano(0);
            LocalDate today = LocalDate.now(VIETNAM);
            long started = System.nanoTime();
            Map<String, Object> meta = new LinkedHashMap<>();
            try (Connection c = connect(o)) {
                c.setAutoCommit(false);
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from org_unit")) {
                    rs.next();
                    if (rs.getLong(1) != 0) {
                        throw new IllegalStateException("the bench database is not empty: org_unit has " + rs.getLong(1)
                                + " rows");
                    }
                }

                // ---- units: a national root, ~34 provinces, ~1,470 units under each (province scale: one tree)
                int provinces = (int) Math.max(1, Math.min(34, Math.round(units / 1470.0)));
                boolean national = provinces > 1;
                List<Unit> all = new ArrayList<>(units);
                Unit root = national
                        ? new Unit(ids.next(), "CENTRAL_AGENCY", "BENCH-VN", "Ban Chỉ đạo công tác dân vận chính quyền (bench)",
                                null, rnd.nextInt(16))
                        : new Unit(ids.next(), "PROVINCE", "BENCH-P01", "Ủy ban nhân dân tỉnh Bench 01", null,
                                rnd.nextInt(16));
                all.add(root);
                List<Unit> parents = new ArrayList<>();
                if (national) {
                    for (int p = 1; p <= provinces; p++) {
                        Unit prov = new Unit(ids.next(), "PROVINCE", String.format("BENCH-P%02d", p),
                                String.format("Ủy ban nhân dân tỉnh Bench %02d", p), root, rnd.nextInt(16));
                        all.add(prov);
                        parents.add(prov);
                    }
                } else {
                    parents.add(root);
                }
                int remaining = units - all.size();
                for (int p = 0; p < parents.size(); p++) {
                    Unit parent = parents.get(p);
                    int n = remaining / parents.size() + (p < remaining % parents.size() ? 1 : 0);
                    int departments = Math.min(25, n / 5);
                    int services = Math.min(40, n / 4);
                    String tail = parent.code.substring("BENCH-".length());
                    for (int i = 0; i < n; i++) {
                        String kind;
                        String name;
                        String code;
                        if (i < departments) {
                            kind = "DEPARTMENT";
                            name = "Sở Nội vụ số " + (i + 1) + " – " + tail;
                            code = "BENCH-" + tail + "-S" + (i + 1);
                        } else if (i < departments + services) {
                            kind = "PUBLIC_SERVICE_UNIT";
                            name = "Trung tâm Phục vụ hành chính công " + (i + 1) + " – " + tail;
                            code = "BENCH-" + tail + "-T" + (i + 1);
                        } else {
                            kind = "COMMUNE";
                            name = (i % 7 == 0 ? "Phường Hòa Bình " : "Xã Tân Đông ") + (i + 1) + " – " + tail;
                            code = "BENCH-" + tail + "-X" + (i + 1);
                        }
                        all.add(new Unit(ids.next(), kind, code, name, parent, rnd.nextInt(16)));
                    }
                }
                String unitCols = "id, code, name, kind, parent_id, path, valid_from, valid_to, successor_id, search_text,"
                        + " version, created_at, updated_at, shard";
                // parents first: one COPY per level, so every parent exists before its children
                for (int level = 0; level < 3; level++) {
                    try (Sink s = Sink.open(c, pg, "org_unit", unitCols)) {
                        for (Unit u : all) {
                            int depth = u.parent == null ? 0 : (u.parent.parent == null ? 1 : 2);
                            if (depth == level) {
                                s.row(u.id, u.code, u.name, u.kind, u.parent == null ? null : u.parent.id, u.path, null,
                                        null, null, fold(u.name + " " + u.code), 0, now, now, u.shard);
                            }
                        }
                    }
                }
                Set<String> groupKinds = Set.of(GROUP_KINDS);
                List<Unit> population = all.stream().filter(u -> groupKinds.contains(u.kind)).toList();

                // ---- the unit group: every unit of the kinds under the root
                UUID group = ids.next();
                exec(c, "insert into unit_group (id, code, name, scope_unit_id, search_text, version, created_at, updated_at)"
                        + " values (?, ?, ?, ?, ?, 0, ?, ?)", group, "BENCH-ALL", "Các cơ quan, đơn vị, địa phương (bench)",
                        root.id, fold("Các cơ quan, đơn vị, địa phương (bench) BENCH-ALL"), now, now);
                for (String kind : GROUP_KINDS) {
                    exec(c, "insert into unit_group_kind (group_id, kind) values (?, ?)", group, kind);
                }

                // ---- the accounts the load client signs in as, with API tokens (only their SHA-256 is stored)
                benchAccount(c, ids.next(), "bench-admin", "ADMIN", Api.ADMIN_TOKEN, ids.next(), now);
                benchAccount(c, ids.next(), "bench-coordinator", "COORDINATOR", Api.COORDINATOR_TOKEN, ids.next(), now);

                // ---- one plan 2022-2026, ISSUED, with four yearly obligations = 20 periods, two measured targets
                UUID plan = ids.next();
                String title = "Kế hoạch thực hiện công tác dân vận chính quyền giai đoạn 2022-2026 (bench)";
                exec(c, "insert into plan (id, doc_number, symbol, identity_year, issuer_id, title, issue_place, issue_date,"
                        + " period_start, period_end, status, search_text, version, created_at, updated_at)"
                        + " values (?, 100, 'KH-BENCH', 2022, ?, ?, 'Hà Nội', ?, 2022, 2026, 'ISSUED', ?, 0, ?, ?)",
                        plan, root.id, title, LocalDate.of(2022, 1, 15),
                        fold("Kế hoạch " + title + " 100/KH-BENCH 2022-2026 2022 " + root.name), now, now);
                String[][] obligationShapes = {
                    {"SEMIANNUAL_REPORT", "--06-10", "0", "Báo cáo sơ kết 6 tháng công tác dân vận chính quyền"},
                    {"ANNUAL_REPORT", "--12-05", "0", "Báo cáo kết quả thực hiện công tác dân vận chính quyền năm"},
                    {"SELF_ASSESSMENT", "--11-15", "5", "Tự đánh giá, chấm điểm công tác dân vận chính quyền"},
                    {"MODEL_REGISTRATION", "--04-01", "0", "Đăng ký mô hình \"Dân vận khéo\""},
                };
                Map<String, UUID> obligationByKind = new LinkedHashMap<>();
                Map<UUID, String> obligationText = new HashMap<>();
                record Period(UUID id, UUID obligation, String kind, int year, LocalDate due, int grace) {
                }
                List<Period> periods = new ArrayList<>();
                for (String[] shape : obligationShapes) {
                    UUID ob = ids.next();
                    obligationByKind.put(shape[0], ob);
                    // the search texts as the service writes them (Obligation.searchText, SubmissionSearch)
                    obligationText.put(ob, fold(shape[3] + " " + title + " 100/KH-BENCH"));
                    exec(c, "insert into obligation (id, plan_id, kind, title, group_id, due_date, due_month_day, grace_days,"
                            + " search_text, version) values (?, ?, ?, ?, ?, null, ?, ?, ?, 0)", ob, plan, shape[0],
                            shape[3], group, shape[1], Integer.parseInt(shape[2]), obligationText.get(ob));
                    for (int year = 2022; year <= 2026; year++) {
                        LocalDate due = LocalDate.parse(year + shape[1].substring(1));
                        Period p = new Period(ids.next(), ob, shape[0], year, due, Integer.parseInt(shape[2]));
                        periods.add(p);
                        exec(c, "insert into obligation_period (id, obligation_id, period_year, due_date) values (?, ?, ?, ?)",
                                p.id, ob, year, due);
                    }
                }
                periods.sort((a, b) -> a.due.compareTo(b.due));
                UUID submissionTarget = ids.next();
                UUID reportedTarget = ids.next();
                exec(c, "insert into target (id, plan_id, position, ordinal, statement, comparator, threshold_percent, group_id,"
                        + " basis, measure_kind, obligation_id, version) values (?, ?, 1, 'III.1', ?, 'GTE', 100, ?, 'UNITS',"
                        + " 'SUBMISSION', ?, 0)", submissionTarget, plan,
                        "100% cơ quan, đơn vị, địa phương gửi báo cáo kết quả năm đúng hạn", group,
                        obligationByKind.get("ANNUAL_REPORT"));
                exec(c, "insert into target (id, plan_id, position, ordinal, statement, comparator, threshold_percent, group_id,"
                        + " basis, measure_kind, obligation_id, version) values (?, ?, 2, 'III.2', ?, 'GT', 90, ?, 'UNITS',"
                        + " 'REPORTED', ?, 0)", reportedTarget, plan,
                        "Trên 90% cán bộ, công chức được tập huấn về công tác dân vận chính quyền", group,
                        obligationByKind.get("SELF_ASSESSMENT"));
                UUID reportedObligation = obligationByKind.get("SELF_ASSESSMENT");
                c.commit();

                // ---- a few extensions: 0.2% of the population per period, 15 days later
                Map<String, LocalDate> extended = new HashMap<>();
                try (Sink s = Sink.open(c, pg, "obligation_extension",
                        "id, obligation_id, period_id, unit_id, due_date, reason, version")) {
                    for (Period p : periods) {
                        int n = Math.max(1, population.size() / 500);
                        Set<Integer> picked = new HashSet<>();
                        while (picked.size() < Math.min(n, population.size())) {
                            picked.add(rnd.nextInt(population.size()));
                        }
                        for (int i : picked) {
                            Unit u = population.get(i);
                            LocalDate due = p.due.plusDays(15);
                            extended.put(p.id + "/" + u.id, due);
                            s.row(ids.next(), p.obligation, p.id, u.id, due, "Gia hạn do sáp nhập đơn vị (bench)", 0);
                        }
                    }
                }

                // ---- submissions: the last period (the next national deadline) keeps a reserve for the load test
                Period reserve = periods.get(periods.size() - 1);
                double reserveFill = 0.10;
                int pop = population.size();
                double fill = Math.max(0, Math.min(0.97, (requested - reserveFill * pop) / ((periods.size() - 1.0) * pop)));
                long submissions = 0;
                long values = 0;
                long[] byStatus = new long[4];
                String[] statuses = {"DRAFT", "SUBMITTED", "RETURNED", "ACCEPTED"};
                List<UUID> reserveCells = new ArrayList<>();
                // the values go in after their submissions (foreign key): kept until then
                List<Object[]> valueRows = new ArrayList<>();
                try (Sink s = Sink.open(c, pg, "submission", "id, plan_id, obligation_id, period_id, unit_id, status,"
                        + " results, document_number, document_date, first_submitted_at, first_submitted_day,"
                        + " submitted_at, accepted_at, version, created_at, updated_at, search_text")) {
                    Map<UUID, String> unitText = new HashMap<>();
                    for (Period p : periods) {
                        boolean isReserve = p == reserve;
                        double f = isReserve ? reserveFill : fill;
                        for (Unit u : population) {
                            if (rnd.nextDouble() >= f) {
                                if (isReserve) {
                                    reserveCells.add(u.id);
                                }
                                continue;
                            }
                            double r = rnd.nextDouble();
                            int st = isReserve ? (r < 0.30 ? 0 : r < 0.90 ? 1 : r < 0.95 ? 2 : 3)
                                    : (r < 0.04 ? 0 : r < 0.14 ? 1 : r < 0.18 ? 2 : 3);
                            LocalDate due = extended.getOrDefault(p.id + "/" + u.id, p.due);
                            LocalDate deadline = due.plusDays(p.grace);
                            OffsetDateTime first = null;
                            LocalDate firstDay = null;
                            OffsetDateTime accepted = null;
                            if (st > 0) {
                                boolean late = rnd.nextDouble() < 0.12 && deadline.plusDays(1).isBefore(today);
                                LocalDate day = late
                                        ? deadline.plusDays(1 + rnd.nextInt(30))
                                        : (deadline.isBefore(today) ? deadline : today).minusDays(rnd.nextInt(45));
                                if (day.isAfter(today)) {
                                    day = today;
                                }
                                firstDay = day;
                                // 01:00-09:59 UTC is 08:00-16:59 in Vietnam: the same calendar day
                                first = day.atTime(1 + rnd.nextInt(9), rnd.nextInt(60), rnd.nextInt(60))
                                        .atOffset(ZoneOffset.UTC);
                                if (st == 3) {
                                    accepted = first.plusDays(2).isAfter(now) ? now : first.plusDays(2);
                                }
                            }
                            OffsetDateTime created = first != null ? first.minusDays(2)
                                    : p.due.minusDays(rnd.nextInt(30)).atTime(3, 0).atOffset(ZoneOffset.UTC);
                            if (created.isAfter(now)) {
                                created = now;
                            }
                            OffsetDateTime updated = accepted != null ? accepted : first != null ? first : created;
                            UUID id = ids.next();
                            String documentNumber = (1 + rnd.nextInt(300)) + "/BC-UBND";
                            String searchText = documentNumber.toLowerCase(Locale.ROOT) + " "
                                    + unitText.computeIfAbsent(u.id, k -> fold(u.name + " " + u.code)) + " "
                                    + obligationText.get(p.obligation);
                            s.row(id, plan, p.obligation, p.id, u.id, statuses[st],
                                    "Đơn vị đã ban hành kế hoạch, triển khai thực hiện công tác dân vận chính quyền năm "
                                            + p.year + "; kết quả: " + (60 + rnd.nextInt(40)) + "% nhiệm vụ hoàn thành.",
                                    documentNumber, firstDay != null ? firstDay : created.toLocalDate(),
                                    first, firstDay, first, accepted, st == 0 ? 0 : st == 1 ? 1 : 2, created, updated,
                                    searchText);
                            submissions++;
                            byStatus[st]++;
                            if (p.obligation.equals(reportedObligation)) {
                                long den = 5 + rnd.nextInt(56);
                                long num = Math.max(0, den - rnd.nextInt((int) Math.max(1, den / 5) + 1));
                                valueRows.add(new Object[] {id, reportedTarget, num, den});
                                values++;
                            }
                        }
                    }
                }
                try (Sink v = Sink.open(c, pg, "submission_value", "submission_id, target_id, numerator, denominator")) {
                    for (Object[] row : valueRows) {
                        v.row(row);
                    }
                }
                valueRows.clear();
                long loaded = System.nanoTime();
                try (Statement s = c.createStatement()) {
                    s.execute("analyze");
                }
                c.commit();
                long analyzed = System.nanoTime();

                Collections.shuffle(reserveCells, new java.util.Random(seed));
                Files.write(dir.resolve("reserve.txt"), reserveCells.stream().map(UUID::toString).toList());
                meta.put("plan.id", plan);
                meta.put("reserve.period.id", reserve.id);
                meta.put("reserve.period", reserve.kind + " " + reserve.due);
                meta.put("target.submission.id", submissionTarget);
                meta.put("target.reported.id", reportedTarget);
                store(dir.resolve("meta.properties"), meta);

                Map<String, Object> res = new LinkedHashMap<>();
                res.put("data.units", all.size());
                res.put("data.provinces", national ? provinces : 1);
                res.put("data.population", pop);
                res.put("data.periods", periods.size());
                res.put("data.cells", (long) pop * periods.size());
                res.put("data.submissions.requested", requested);
                res.put("data.submissions", submissions);
                res.put("data.submissions.draft", byStatus[0]);
                res.put("data.submissions.submitted", byStatus[1]);
                res.put("data.submissions.returned", byStatus[2]);
                res.put("data.submissions.accepted", byStatus[3]);
                res.put("data.values", values);
                res.put("data.extensions", extended.size());
                res.put("data.fill", f1(fill * 100));
                res.put("data.reserve.cells", reserveCells.size());
                res.put("data.reserve.period", reserve.kind + " " + reserve.due);
                res.put("gen.load.s", f1((loaded - started) / 1e9));
                res.put("gen.analyze.s", f1((analyzed - loaded) / 1e9));
                res.put("gen.s", f1((analyzed - started) / 1e9));
                store(dir.resolve("result.properties"), res);
                System.out.printf(Locale.ROOT, "generated %d units (%d owing), %d periods, %d submissions (%d values,"
                        + " %d extensions) in %.1f s (+ analyze %.1f s); %d cells reserved for the load test%n",
                        all.size(), pop, periods.size(), submissions, values, extended.size(), (loaded - started) / 1e9,
                        (analyzed - loaded) / 1e9, reserveCells.size());
                if (submissions < requested * 0.99) {
                    System.out.printf("note: %d submissions requested; the plan has %d unit-periods, 3%% of them are"
                            + " kept MISSING and 90%% of the last period is reserved for the load test%n", requested,
                            (long) pop * periods.size());
                }
            }
        }

        /** An account no password opens (the hash is not bcrypt of anything), with its API token. */
        static void benchAccount(Connection c, UUID id, String username, String role, String token, UUID tokenId,
                Object now) throws Exception {
            exec(c, "insert into account (id, username, display_name, password_hash, role, enabled, failed_sign_ins,"
                    + " search_text, version, created_at, updated_at) values (?, ?, ?, ?, ?, true, 0, ?, 0, ?, ?)",
                    id, username, username, "!no-password", role, username, now, now);
            String hash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
            exec(c, "insert into api_token (id, account_id, name, prefix, token_hash, expires_at, created_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?)", tokenId, id, "bench load client", token.substring(0, 8), hash,
                    java.time.OffsetDateTime.now().plusYears(1), now);
        }

        static void exec(Connection c, String sql, Object... args) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                ps.executeUpdate();
            }
        }
    }

    // ------------------------------------------------------------------------------------------ the straightforward SQL

    static final class Sql {

        /** A unit group as the straightforward SQL reads it: its scope's path, its kinds, its named members. */
        record Group(String id, String scopePath, List<String> kinds, List<String> members) {

            /**
             * Its units as a condition on {@code u} (validity is checked against each due date by the
             * caller): of its kinds under its scope, or named. Literals, so the planner sees the prefix.
             */
            String condition() {
                String byKind = scopePath == null || kinds.isEmpty() ? "1 = 0"
                        : "(u.kind in (" + list(kinds) + ") and u.path like " + quote(scopePath + "%") + ")";
                String named = members.isEmpty() ? "1 = 0" : "u.id in (" + list(members) + ")";
                return "(" + byKind + " or " + named + ")";
            }

            static String list(List<String> values) {
                return String.join(", ", values.stream().map(Sql::quote).toList());
            }
        }

        static String quote(String text) {
            return "'" + text.replace("'", "''") + "'";
        }

        /** The groups the plan's obligations (or targets) point at, read in a few small queries. */
        static List<Group> groups(Connection c, String groupIds, UUID plan) throws SQLException {
            List<Group> groups = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select g.id, su.path from unit_group g"
                    + " left join org_unit su on su.id = g.scope_unit_id where g.id in (" + groupIds + ") order by g.id")) {
                ps.setObject(1, plan);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        groups.add(new Group(rs.getString(1), rs.getString(2), new ArrayList<>(), new ArrayList<>()));
                    }
                }
            }
            for (Group g : groups) {
                for (String[] q : new String[][] {{"select kind from unit_group_kind where group_id = ?", "k"},
                        {"select unit_id from unit_group_member where group_id = ?", "m"}}) {
                    try (PreparedStatement ps = c.prepareStatement(q[0])) {
                        ps.setObject(1, UUID.fromString(g.id));
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                (q[1].equals("k") ? g.kinds : g.members).add(rs.getString(1));
                            }
                        }
                    }
                }
            }
            return groups;
        }

        static final String VALID = "(u.valid_from is null or u.valid_from <= p.due_date)"
                + " and (u.valid_to is null or u.valid_to >= p.due_date)";

        /**
         * Units valid on the due date joined to the plan's periods, left-joined to submissions (and
         * extensions, which move a unit's deadline), grouped by period: one statement per group.
         */
        static String completeness(boolean pg, Group g, boolean onePeriod) {
            String deadline = pg ? "(coalesce(e.due_date, p.due_date) + o.grace_days)"
                    : "dateadd(day, o.grace_days, coalesce(e.due_date, p.due_date))";
            return "select p.id as period_id, count(*) as expected,"
                    + " sum(case when s.status in " + SUBMITTED + " then 1 else 0 end) as submitted,"
                    + " sum(case when s.status = 'ACCEPTED' then 1 else 0 end) as accepted,"
                    + " sum(case when s.status = 'RETURNED' then 1 else 0 end) as returned,"
                    + " sum(case when s.status in " + SUBMITTED + " and s.first_submitted_day <= " + deadline
                    + " then 1 else 0 end) as on_time,"
                    + " sum(case when s.status in " + SUBMITTED + " and s.first_submitted_day > " + deadline
                    + " then 1 else 0 end) as late"
                    + " from obligation o join obligation_period p on p.obligation_id = o.id"
                    + " join org_unit u on " + VALID + " and " + g.condition()
                    + " left join obligation_extension e on e.period_id = p.id and e.unit_id = u.id"
                    + " left join submission s on s.period_id = p.id and s.unit_id = u.id"
                    + " where o.plan_id = ? and o.group_id = " + quote(g.id) + (onePeriod ? " and p.id = ?" : "")
                    + " group by p.id";
        }

        /** Each measured target of the group on the period the API reports (the latest due by today), by kind. */
        static String attainment(Group g) {
            return "select t.id as target_id, p.id as period_id, u.kind,"
                    + " sum(case when s.status = 'ACCEPTED' then (case when t.measure_kind = 'SUBMISSION' then 1"
                    + " else coalesce(v.numerator, 0) end) else 0 end) as numerator,"
                    + " sum(case when t.measure_kind = 'SUBMISSION' then 1 when s.status = 'ACCEPTED'"
                    + " then coalesce(v.denominator, 0) else 0 end) as denominator"
                    + " from target t join obligation_period p on p.obligation_id = t.obligation_id"
                    + " and p.due_date = (select max(p2.due_date) from obligation_period p2"
                    + " where p2.obligation_id = t.obligation_id and p2.due_date <= ?)"
                    + " join org_unit u on " + VALID + " and " + g.condition()
                    + " left join submission s on s.period_id = p.id and s.unit_id = u.id"
                    + " left join submission_value v on v.submission_id = s.id and v.target_id = t.id"
                    + " where t.plan_id = ? and t.group_id = " + quote(g.id)
                    + " and t.measure_kind in ('SUBMISSION', 'REPORTED')"
                    + " group by t.id, p.id, u.kind";
        }

        static final String PLAN_GROUPS = "select o2.group_id from obligation o2 where o2.plan_id = ?";
        static final String TARGET_GROUPS = "select t2.group_id from target t2 where t2.plan_id = ?"
                + " and t2.obligation_id is not null";

        static List<String> runCompleteness(Connection c, boolean pg, UUID plan, UUID period) throws SQLException {
            List<String> lines = new ArrayList<>();
            for (Group g : groups(c, PLAN_GROUPS, plan)) {
                try (PreparedStatement ps = c.prepareStatement(completeness(pg, g, period != null))) {
                    ps.setObject(1, plan);
                    if (period != null) {
                        ps.setObject(2, period);
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            lines.add(String.format(Locale.ROOT, "P %s exp=%d sub=%d acc=%d ret=%d on=%d late=%d",
                                    rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                                    rs.getLong(6), rs.getLong(7)));
                        }
                    }
                }
            }
            return lines;
        }

        static List<String> runAttainment(Connection c, UUID plan, LocalDate today) throws SQLException {
            Map<String, long[]> totals = new TreeMap<>();
            List<String> lines = new ArrayList<>();
            for (Group g : groups(c, TARGET_GROUPS, plan)) {
                try (PreparedStatement ps = c.prepareStatement(attainment(g))) {
                    ps.setObject(1, today);
                    ps.setObject(2, plan);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            String key = rs.getString(1) + " " + rs.getString(2);
                            long n = rs.getLong(4);
                            long d = rs.getLong(5);
                            long[] t = totals.computeIfAbsent(key, k -> new long[2]);
                            t[0] += n;
                            t[1] += d;
                            lines.add(String.format(Locale.ROOT, "K %s %s n=%d d=%d", rs.getString(1), rs.getString(3),
                                    n, d));
                        }
                    }
                }
            }
            totals.forEach((k, t) -> lines.add(String.format(Locale.ROOT, "T %s n=%d d=%d", k, t[0], t[1])));
            return lines;
        }

        static void run(Map<String, String> o) throws Exception {
            Path dir = Path.of(opt(o, "dir", null));
            Properties meta = load(dir.resolve("meta.properties"));
            UUID plan = UUID.fromString(meta.getProperty("plan.id"));
            UUID onePeriod = UUID.fromString(meta.getProperty("last.past.period.id", meta.getProperty("reserve.period.id")));
            int reps = Integer.parseInt(opt(o, "reps", "5"));
            boolean pg = isPg(o);
            LocalDate today = LocalDate.now(VIETNAM);
            Map<String, Object> res = new LinkedHashMap<>();
            try (Connection c = connect(o)) {
                c.setAutoCommit(true);
                try (Statement s = c.createStatement()) {
                    if (pg) {
                        for (String setting : List.of("server_version", "shared_buffers", "work_mem", "synchronous_commit",
                                "jit", "autovacuum")) {
                            try (ResultSet rs = s.executeQuery("show " + setting)) {
                                rs.next();
                                res.put("db.pg." + setting, rs.getString(1));
                            }
                        }
                        try (ResultSet rs = s.executeQuery("select pg_database_size(current_database())")) {
                            rs.next();
                            res.put("db.size.mb", rs.getLong(1) / (1024 * 1024));
                        }
                    } else {
                        try (ResultSet rs = s.executeQuery("select h2version()")) {
                            rs.next();
                            res.put("db.h2.version", rs.getString(1));
                        }
                    }
                }
                // warm-up, then timed repetitions
                List<String> figures = new ArrayList<>();
                long w0 = System.nanoTime();
                runCompleteness(c, pg, plan, null);
                runAttainment(c, plan, today);
                res.put("sql.cold.ms", f1(ms(System.nanoTime() - w0)));
                List<Double> both = new ArrayList<>();
                List<Double> comp = new ArrayList<>();
                List<Double> att = new ArrayList<>();
                List<Double> one = new ArrayList<>();
                String self = String.valueOf(ProcessHandle.current().pid());
                long[] cpuA = Api.cpu(self);
                long tA = System.nanoTime();
                for (int i = 0; i < reps; i++) {
                    long t0 = System.nanoTime();
                    List<String> cl = runCompleteness(c, pg, plan, null);
                    long t1 = System.nanoTime();
                    List<String> al = runAttainment(c, plan, today);
                    long t2 = System.nanoTime();
                    runCompleteness(c, pg, plan, onePeriod);
                    long t3 = System.nanoTime();
                    comp.add(ms(t1 - t0));
                    att.add(ms(t2 - t1));
                    both.add(ms(t2 - t0));
                    one.add(ms(t3 - t2));
                    if (i == 0) {
                        figures.addAll(cl);
                        figures.addAll(al);
                    }
                }
                res.put("sql.cpu.other", Api.otherShare(cpuA, Api.cpu(self), (System.nanoTime() - tA) / 1e9, false));
                res.put("sql.reps", reps);
                res.put("sql.p50.ms", f1(pct(both, 50)));
                res.put("sql.p95.ms", f1(pct(both, 95)));
                res.put("sql.completeness.p50.ms", f1(pct(comp, 50)));
                res.put("sql.attainment.p50.ms", f1(pct(att, 50)));
                res.put("sql.one-period.p50.ms", f1(pct(one, 50)));
                Collections.sort(figures);
                Files.write(dir.resolve("sql-figures.txt"), figures);

                // equality with what the API answered at the end of its run (same database, same rows)
                Path apiFile = dir.resolve("api-figures-after.txt");
                if (Files.exists(apiFile)) {
                    List<String> api = new ArrayList<>(Files.readAllLines(apiFile));
                    Collections.sort(api);
                    Set<String> onlyApi = new TreeSet<>(api);
                    onlyApi.removeAll(figures);
                    Set<String> onlySql = new TreeSet<>(figures);
                    onlySql.removeAll(api);
                    boolean equal = onlyApi.isEmpty() && onlySql.isEmpty();
                    res.put("check.api-equals-sql", equal ? "exact (" + figures.size() + " figures lines)"
                            : "MISMATCH (" + onlyApi.size() + " API / " + onlySql.size() + " SQL lines differ)");
                    if (!equal) {
                        List<String> diff = new ArrayList<>();
                        onlyApi.forEach(l -> diff.add("API " + l));
                        onlySql.forEach(l -> diff.add("SQL " + l));
                        Files.write(dir.resolve("figures-diff.txt"), diff);
                        System.out.println("API and SQL figures differ: see " + dir.resolve("figures-diff.txt"));
                    }
                }
                if (pg) {
                    explain(c, dir, plan, today);
                }
            }
            store(dir.resolve("result.properties"), res);
            System.out.println("straightforward SQL: " + res);
        }

        /** EXPLAIN ANALYZE of the straightforward SQL and of the API's own queries, for diagnosis. */
        static void explain(Connection c, Path dir, UUID plan, LocalDate today) throws Exception {
            StringBuilder out = new StringBuilder();
            Group g = groups(c, PLAN_GROUPS, plan).get(0);
            Group tg = groups(c, TARGET_GROUPS, plan).get(0);
            Object[][] queries = {
                {"straightforward completeness SQL (20 periods)", completeness(true, g, false), new Object[] {plan}},
                {"straightforward attainment SQL", attainment(tg), new Object[] {today, plan}},
                {"API completeness query (ReportService.completeness)",
                    "select o.id, o.kind, o.title, p.id, p.period_year, p.due_date, coalesce(sum(f.expected), 0),"
                            + " coalesce(sum(f.submitted), 0), coalesce(sum(f.accepted), 0), coalesce(sum(f.returned), 0),"
                            + " coalesce(sum(f.on_time), 0), coalesce(sum(f.late), 0)"
                            + " from obligation_period p join obligation o on o.id = p.obligation_id"
                            + " left join period_figure f on f.period_id = p.id where o.plan_id = ?"
                            + " group by o.id, o.kind, o.title, p.id, p.period_year, p.due_date order by p.due_date, o.id, p.id",
                    new Object[] {plan}},
                {"API attainment query (ReportService.attain, per target)",
                    "select unit_kind, sum(numerator), sum(denominator) from target_figure where target_id ="
                            + " (select id from target where plan_id = ? and measure_kind = 'REPORTED' limit 1)"
                            + " and period_id = (select p.id from obligation_period p join target t on"
                            + " t.obligation_id = p.obligation_id where t.plan_id = ? and t.measure_kind = 'REPORTED'"
                            + " and p.due_date <= ? order by p.due_date desc limit 1)"
                            + " group by unit_kind order by unit_kind",
                    new Object[] {plan, plan, today}},
            };
            for (Object[] q : queries) {
                out.append("== ").append(q[0]).append('\n').append(q[1]).append("\n\n");
                try (PreparedStatement ps = c.prepareStatement("explain (analyze, buffers) " + q[1])) {
                    Object[] args = (Object[]) q[2];
                    for (int i = 0; i < args.length; i++) {
                        ps.setObject(i + 1, args[i]);
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.append(rs.getString(1)).append('\n');
                        }
                    }
                }
                out.append('\n');
            }
            Files.writeString(dir.resolve("explain.txt"), out.toString());
        }
    }

    // ------------------------------------------------------------------------------------------ through the API

    static final class Api {
        static final String ADMIN_TOKEN = "dvt_bench-admin-token-for-the-local-benchmark-only";
        static final String COORDINATOR_TOKEN = "dvt_bench-coordinator-token-for-the-local-benchmark-only";
        static String base;

        record Resp(int status, String body, String location, double ms) {
        }

        /**
         * One request on the calling thread with the JDK's blocking HttpURLConnection, whose kept-alive
         * connections are reused per thread: the load costs the client far less CPU than with the
         * asynchronous java.net.http client (selector thread and executor hand-offs per request), and on
         * two cores every cycle the client spends is one the service and PostgreSQL do not get.
         */
        static Resp call(String method, String path, String body, Duration timeout) {
            // the rebuild is an admin's; everything else a coordinator's (who may create for any unit)
            String token = path.startsWith("/api/v1/figures") ? ADMIN_TOKEN : COORDINATOR_TOKEN;
            return request("Bearer " + token, method, path, body, null, timeout);
        }

        /** One request with this Authorization (and Idempotency-Key when not null); status -1 when it failed. */
        static Resp request(String auth, String method, String path, String body, String idempotencyKey,
                Duration timeout) {
            long t0 = System.nanoTime();
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create(base + path).toURL().openConnection();
                c.setRequestMethod(method);
                c.setConnectTimeout(10_000);
                c.setReadTimeout((int) Math.min(timeout.toMillis(), Integer.MAX_VALUE));
                c.setRequestProperty("Accept", "application/json");
                c.setRequestProperty("Authorization", auth);
                if (idempotencyKey != null) {
                    c.setRequestProperty("Idempotency-Key", idempotencyKey);
                }
                if (body != null) {
                    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                    c.setDoOutput(true);
                    c.setRequestProperty("Content-Type", "application/json");
                    c.setFixedLengthStreamingMode(bytes.length);
                    try (OutputStream out = c.getOutputStream()) {
                        out.write(bytes);
                    }
                }
                int status = c.getResponseCode();
                String text;
                // the whole answer is read, so the connection goes back to the keep-alive cache
                try (InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream()) {
                    text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                return new Resp(status, text, c.getHeaderField("Location"), ms(System.nanoTime() - t0));
            } catch (IOException e) {
                return new Resp(-1, e.toString(), null, ms(System.nanoTime() - t0));
            }
        }

        static Resp get(String path) {
            Resp r = call("GET", path, null, Duration.ofMinutes(5));
            if (r.status != 200) {
                throw new IllegalStateException("GET " + path + " answered " + r.status + ": " + r.body);
            }
            return r;
        }

        @SuppressWarnings("unchecked")
        static List<String> figures(String plan) {
            List<String> lines = new ArrayList<>();
            Map<String, Object> comp = (Map<String, Object>) Json.parse(get("/api/v1/plans/" + plan + "/completeness").body);
            for (Object o : (List<Object>) comp.get("periods")) {
                Map<String, Object> p = (Map<String, Object>) o;
                lines.add(String.format(Locale.ROOT, "P %s exp=%d sub=%d acc=%d ret=%d on=%d late=%d", p.get("periodId"),
                        n(p.get("expected")), n(p.get("submitted")), n(p.get("accepted")), n(p.get("returned")),
                        n(p.get("onTime")), n(p.get("late"))));
            }
            Map<String, Object> att = (Map<String, Object>) Json.parse(get("/api/v1/plans/" + plan + "/attainment").body);
            for (Object o : (List<Object>) att.get("targets")) {
                Map<String, Object> t = (Map<String, Object>) o;
                if (!"SUBMISSION".equals(t.get("measure")) && !"REPORTED".equals(t.get("measure"))) {
                    continue;
                }
                lines.add(String.format(Locale.ROOT, "T %s %s n=%d d=%d", t.get("targetId"), t.get("periodId"),
                        n(t.get("numerator")), n(t.get("denominator"))));
                for (Object k : (List<Object>) t.get("byKind")) {
                    Map<String, Object> kf = (Map<String, Object>) k;
                    lines.add(String.format(Locale.ROOT, "K %s %s n=%d d=%d", t.get("targetId"), kf.get("kind"),
                            n(kf.get("numerator")), n(kf.get("denominator"))));
                }
            }
            Collections.sort(lines);
            return lines;
        }

        @SuppressWarnings("unchecked")
        static Map<String, Long> periodFigures(String plan, String period) {
            Map<String, Object> comp = (Map<String, Object>) Json.parse(
                    get("/api/v1/plans/" + plan + "/completeness?periodId=" + period).body);
            Map<String, Object> p = (Map<String, Object>) ((List<Object>) comp.get("periods")).get(0);
            Map<String, Long> m = new LinkedHashMap<>();
            for (String k : List.of("expected", "submitted", "accepted", "returned", "onTime", "late", "missing")) {
                m.put(k, n(p.get(k)));
            }
            return m;
        }

        @SuppressWarnings("unchecked")
        static long total(String path) {
            return n(((Map<String, Object>) Json.parse(get(path).body)).get("totalItems"));
        }

        static long n(Object v) {
            return v == null ? -1 : ((Number) v).longValue();
        }

        /** CPU ticks (USER_HZ) so far: the machine's busy time, the service's, PostgreSQL's, and this client's. */
        static long[] cpu(String pid) {
            long busy = 0;
            long service = 0;
            long pg = 0;
            try {
                String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                for (int i = 1; i < f.length && i <= 8; i++) {
                    if (i != 4 && i != 5) { // idle, iowait
                        busy += Long.parseLong(f[i]);
                    }
                }
                service = procTicks(Path.of("/proc/" + pid + "/stat"));
                try (var dirs = Files.list(Path.of("/proc"))) {
                    for (Path d : dirs.filter(d -> d.getFileName().toString().matches("\\d+")).toList()) {
                        try {
                            String stat = Files.readString(d.resolve("stat"));
                            if (stat.contains("(postgres)")) {
                                pg += procTicks(d.resolve("stat"));
                            }
                        } catch (IOException e) {
                            // gone meanwhile
                        }
                    }
                }
            } catch (IOException e) {
                return new long[] {-1, -1, -1, -1};
            }
            long client = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean()).getProcessCpuTime() / 10_000_000L;
            return new long[] {busy, service, pg, client};
        }

        static long procTicks(Path stat) throws IOException {
            String s = Files.readString(stat);
            String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
        }

        /** Where the machine's CPU went between two {@link #cpu} readings, in % of all its cores. */
        static String cpuShare(long[] a, long[] b, double seconds) {
            if (a[0] < 0 || b[0] < 0) {
                return "-";
            }
            double cap = Runtime.getRuntime().availableProcessors() * seconds * 100; // ticks available
            long service = b[1] - a[1];
            long pg = b[2] - a[2];
            long client = b[3] - a[3];
            long other = Math.max(0, (b[0] - a[0]) - service - pg - client);
            long idle = Math.max(0, Math.round(cap) - (b[0] - a[0]));
            return String.format(Locale.ROOT, "%.0f/%.0f/%.0f/%.0f/%.0f",
                    100 * service / cap, 100 * pg / cap, 100 * client / cap, 100 * other / cap, 100 * idle / cap);
        }

        /**
         * CPU milliseconds each process spent per created submission, service/PostgreSQL/client: the
         * cost of one create, which does not depend on how many creates the cores fit in a second.
         */
        static String cpuPerCreate(long[] a, long[] b, long creates) {
            if (a[0] < 0 || b[0] < 0 || creates == 0) {
                return "-";
            }
            double tickMs = 10; // USER_HZ 100
            return String.format(Locale.ROOT, "%.2f/%.2f/%.2f", tickMs * (b[1] - a[1]) / creates,
                    tickMs * (b[2] - a[2]) / creates, tickMs * (b[3] - a[3]) / creates);
        }

        /** The share of all cores that processes other than ours (service, PostgreSQL, this JVM) used. */
        static String otherShare(long[] a, long[] b, double seconds, boolean serviceSeparate) {
            if (a[0] < 0 || b[0] < 0) {
                return "-";
            }
            double cap = Runtime.getRuntime().availableProcessors() * seconds * 100;
            long ours = (b[2] - a[2]) + (b[3] - a[3]) + (serviceSeparate ? b[1] - a[1] : 0);
            return String.format(Locale.ROOT, "%.0f%%", Math.max(0, 100 * ((b[0] - a[0]) - ours) / cap));
        }

        static long[] rss(String pid) {
            long rss = -1;
            long hwm = -1;
            try {
                for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                    if (line.startsWith("VmRSS:")) {
                        rss = Long.parseLong(line.replaceAll("\\D+", ""));
                    } else if (line.startsWith("VmHWM:")) {
                        hwm = Long.parseLong(line.replaceAll("\\D+", ""));
                    }
                }
            } catch (IOException e) {
                System.out.println("cannot read /proc/" + pid + "/status: " + e);
            }
            return new long[] {rss / 1024, hwm / 1024};
        }

        /** Runs {@code work} for every index on {@code threads} threads until done or {@code seconds} pass. */
        interface Work {
            void call(int index);
        }

        static double parallel(int threads, int count, double seconds, Work work) throws Exception {
            return parallel(threads, new AtomicInteger(), count, seconds, work);
        }

        /** Counts of one create run. */
        static final class Creates {
            final LongAdder created = new LongAdder();
            final LongAdder conflicts = new LongAdder();
            final LongAdder other = new LongAdder();
            final List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        }

        static double parallel(int threads, AtomicInteger next, int count, double seconds, Work work) throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long start = System.nanoTime();
            long end = start + (long) (seconds * 1e9);
            List<Future<?>> fs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                fs.add(pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        int i = next.getAndIncrement();
                        if (i >= count) {
                            break;
                        }
                        work.call(i);
                    }
                }));
            }
            for (Future<?> f : fs) {
                f.get();
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
            return elapsed;
        }

        static void run(Map<String, String> o) throws Exception {
            Path dir = Path.of(opt(o, "dir", null));
            base = opt(o, "base", null);
            String pid = opt(o, "pid", null);
            int reps = Integer.parseInt(opt(o, "reps", "50"));
            int warmup = Integer.parseInt(opt(o, "warmup", "50"));
            double loadSeconds = Double.parseDouble(opt(o, "load-seconds", "20"));
            double warmupSeconds = Double.parseDouble(opt(o, "load-warmup-seconds", "5"));
            int threads = Integer.parseInt(opt(o, "threads", "6"));
            int submitSample = Integer.parseInt(opt(o, "submit-sample", "2000"));
            Properties meta = load(dir.resolve("meta.properties"));
            String plan = meta.getProperty("plan.id");
            String reservePeriod = meta.getProperty("reserve.period.id");
            List<String> reserve = Files.readAllLines(dir.resolve("reserve.txt"));
            // one kept-alive connection per load thread (the JDK keeps 5 per host unless told)
            System.setProperty("http.maxConnections", String.valueOf(Math.max(5, threads)));
            Map<String, Object> res = new LinkedHashMap<>();

            // 1. the kept figures, from the rows
            System.out.println("POST /api/v1/figures/rebuild ...");
            Resp rebuild = Boolean.parseBoolean(opt(o, "rebuild", "true"))
                    ? call("POST", "/api/v1/figures/rebuild", null, Duration.ofHours(3))
                    : new Resp(200, "{\"periods\":0,\"targets\":0,\"durationMs\":0}", null, 0);
            if (rebuild.status != 200) {
                throw new IllegalStateException("rebuild answered " + rebuild.status + ": " + rebuild.body);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> rb = (Map<String, Object>) Json.parse(rebuild.body);
            res.put("rebuild.s", f1(rebuild.ms / 1000));
            res.put("rebuild.service.s", f1(n(rb.get("durationMs")) / 1000.0));
            res.put("rebuild.periods", n(rb.get("periods")));
            res.put("rebuild.targets", n(rb.get("targets")));
            long[] rssRebuild = rss(pid);
            res.put("rss.after-rebuild.mb", rssRebuild[0]);
            // the rebuild rewrote every assignment row: on PostgreSQL the old versions stay in the
            // table and its indexes until a vacuum, which autovacuum does in a real deployment (a
            // server that runs with autovacuum off, as a test server may, never would)
            if (o.containsKey("jdbc") && isPg(o)) {
                long v0 = System.nanoTime();
                try (Connection c = connect(o); Statement s = c.createStatement()) {
                    c.setAutoCommit(true);
                    s.execute("vacuum (analyze)");
                    s.execute("checkpoint");
                }
                res.put("vacuum.after-rebuild.s", f1((System.nanoTime() - v0) / 1e9));
                System.out.printf(Locale.ROOT, "vacuum (analyze) and checkpoint after the rebuild: %.1f s%n",
                        (System.nanoTime() - v0) / 1e9);
            }
            System.out.printf(Locale.ROOT, "rebuilt %d periods, %d targets in %.1f s%n", n(rb.get("periods")),
                    n(rb.get("targets")), rebuild.ms / 1000);

            // 2. completeness + attainment of the plan, sequentially
            String cPath = "/api/v1/plans/" + plan + "/completeness";
            String aPath = "/api/v1/plans/" + plan + "/attainment";
            for (int i = 0; i < warmup; i++) {
                get(cPath);
                get(aPath);
            }
            List<Double> both = new ArrayList<>();
            List<Double> comp = new ArrayList<>();
            List<Double> att = new ArrayList<>();
            long[] cpuA = cpu(pid);
            long tA = System.nanoTime();
            for (int i = 0; i < reps; i++) {
                Resp c = get(cPath);
                Resp a = get(aPath);
                comp.add(c.ms);
                att.add(a.ms);
                both.add(c.ms + a.ms);
            }
            res.put("api.cpu.other", otherShare(cpuA, cpu(pid), (System.nanoTime() - tA) / 1e9, true));
            res.put("api.reps", reps);
            res.put("api.p50.ms", f1(pct(both, 50)));
            res.put("api.p95.ms", f1(pct(both, 95)));
            res.put("api.completeness.p50.ms", f1(pct(comp, 50)));
            res.put("api.attainment.p50.ms", f1(pct(att, 50)));
            System.out.printf(Locale.ROOT, "API completeness + attainment: p50 %.1f ms, p95 %.1f ms%n", pct(both, 50),
                    pct(both, 95));
            List<String> before = figures(plan);
            Files.write(dir.resolve("api-figures-before.txt"), before);
            // the last period due by today: what the one-period SQL measures
            @SuppressWarnings("unchecked")
            List<Object> periods = (List<Object>) ((Map<String, Object>) Json.parse(get(cPath).body)).get("periods");
            String lastPast = null;
            LocalDate today = LocalDate.now(VIETNAM);
            for (Object p : periods) {
                @SuppressWarnings("unchecked")
                Map<String, Object> pm = (Map<String, Object>) p;
                if (!LocalDate.parse((String) pm.get("dueDate")).isAfter(today)) {
                    lastPast = (String) pm.get("periodId");
                }
            }
            if (lastPast != null) {
                store(dir.resolve("meta.properties"), Map.of("last.past.period.id", lastPast));
            }

            // 3. creates through the API on loopback, bounded in time
            String draftsPath = "/api/v1/submissions?periodId=" + reservePeriod + "&status=DRAFT&size=1";
            Map<String, Long> p0 = periodFigures(plan, reservePeriod);
            long drafts0 = total(draftsPath);
            List<String> createdIds = Collections.synchronizedList(new ArrayList<>());
            List<String> otherSamples = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger cursor = new AtomicInteger();
            java.util.function.BiConsumer<Integer, Creates> create = (i, k) -> {
                String body = "{\"periodId\":\"" + reservePeriod + "\",\"unitId\":\"" + reserve.get(i) + "\","
                        + "\"sections\":{\"results\":\"Báo cáo kết quả năm (bench " + i + ")\"},"
                        + "\"documentNumber\":\"" + (i % 900 + 1) + "/BC-UBND\"}";
                Resp r = call("POST", "/api/v1/submissions", body, Duration.ofSeconds(60));
                k.latencies.add(r.ms);
                if (r.status == 201) {
                    k.created.increment();
                    createdIds.add(r.location.substring(r.location.lastIndexOf('/') + 1));
                } else if (r.status == 409) {
                    k.conflicts.increment();
                } else {
                    k.other.increment();
                    if (otherSamples.size() < 5) {
                        otherSamples.add(r.status + " " + r.body);
                    }
                }
            };
            // a short warm-up of the create path (JIT), counted in the checks below but not in the rate
            Creates warm = new Creates();
            boolean smallReserve = reserve.size() < 2000;
            if (warmupSeconds > 0 && !smallReserve) {
                System.out.printf(Locale.ROOT, "warming the create path up for %.0f s ...%n", warmupSeconds);
                parallel(threads, cursor, reserve.size(), warmupSeconds, i -> create.accept(i, warm));
            }
            Creates load = new Creates();
            System.out.printf(Locale.ROOT, "creating submissions for %.0f s on %d threads (%d cells reserved) ...%n",
                    loadSeconds, threads, Math.max(0, reserve.size() - cursor.get()));
            long[] cpu0 = cpu(pid);
            double elapsed = parallel(threads, cursor, reserve.size(), loadSeconds, i -> create.accept(i, load));
            long[] cpu1 = cpu(pid);
            res.put("load.cpu", cpuShare(cpu0, cpu1, elapsed));
            res.put("load.cpu.other", otherShare(cpu0, cpu1, elapsed, true));
            res.put("load.cpu.per.create", cpuPerCreate(cpu0, cpu1, load.created.sum()));
            System.out.println("CPU during the load, % of all cores, service/postgres/client/other/idle: " + res.get("load.cpu"));
            long ok = load.created.sum();
            long allCreated = ok + warm.created.sum();
            res.put("load.threads", threads);
            res.put("load.warmup.created", warm.created.sum());
            res.put("load.seconds", f1(elapsed));
            res.put("load.created", ok);
            res.put("load.conflicts", load.conflicts.sum() + warm.conflicts.sum());
            res.put("load.other", load.other.sum() + warm.other.sum());
            res.put("load.creates.per.s", smallReserve ? "n/a (" + reserve.size() + " free cells)" : f1(ok / elapsed));
            res.put("load.latency.p50.ms", f1(pct(load.latencies, 50)));
            res.put("load.latency.p95.ms", f1(pct(load.latencies, 95)));
            res.put("load.reserve.exhausted", cursor.get() >= reserve.size());
            otherSamples.forEach(s -> System.out.println("unexpected answer: " + s));
            System.out.printf(Locale.ROOT, "%d creates answered 201 in %.1f s: %.0f/s (p50 %.1f ms, p95 %.1f ms);"
                    + " %d x 409, %d other (warm-up: %d x 201)%n", ok, elapsed, ok / elapsed, pct(load.latencies, 50),
                    pct(load.latencies, 95), load.conflicts.sum(), load.other.sum(), warm.created.sum());

            // 4. creates make DRAFTs: no counter moves, the DRAFT rows grow by exactly the 201s
            Map<String, Long> p1 = periodFigures(plan, reservePeriod);
            long drafts1 = total(draftsPath);
            boolean countersStill = p0.equals(p1);
            boolean draftsExact = drafts1 - drafts0 == allCreated;
            String createsDetail = "DRAFTs +" + (drafts1 - drafts0) + " for " + allCreated + " x 201, counters "
                    + (countersStill ? "unchanged" : "moved " + p0 + " -> " + p1);
            res.put("check.creates", (countersStill && draftsExact ? "exact" : "WRONG") + " (" + allCreated + " creates)");
            res.put("check.creates.detail", createsDetail);

            // 5. submit a sample of them: `submitted` moves by exactly the 200s
            List<String> sample = new ArrayList<>(createdIds.subList(0, Math.min(submitSample, createdIds.size())));
            LongAdder submitted = new LongAdder();
            LongAdder submitOther = new LongAdder();
            List<Double> submitLat = Collections.synchronizedList(new ArrayList<>());
            double submitElapsed = parallel(threads, sample.size(), 600, i -> {
                Resp r = call("POST", "/api/v1/submissions/" + sample.get(i) + "/submit", "{\"reason\":\"bench\"}",
                        Duration.ofSeconds(60));
                submitLat.add(r.ms);
                if (r.status == 200) {
                    submitted.increment();
                } else {
                    submitOther.increment();
                    if (submitOther.sum() < 5) {
                        System.out.println("unexpected submit answer: " + r.status + " " + r.body);
                    }
                }
            });
            Map<String, Long> p2 = periodFigures(plan, reservePeriod);
            long drafts2 = total(draftsPath);
            long moved = p2.get("submitted") - p1.get("submitted");
            long timed = (p2.get("onTime") + p2.get("late")) - (p1.get("onTime") + p1.get("late"));
            boolean submitExact = moved == submitted.sum() && timed == submitted.sum()
                    && p2.get("expected").equals(p1.get("expected")) && drafts1 - drafts2 == submitted.sum();
            res.put("submit.count", submitted.sum());
            res.put("submit.other", submitOther.sum());
            res.put("submit.per.s", f1(sample.isEmpty() ? 0 : submitted.sum() / submitElapsed));
            res.put("submit.latency.p50.ms", f1(pct(submitLat, 50)));
            res.put("check.submits", (submitExact ? "exact" : "WRONG") + " (" + submitted.sum() + " submits)");
            res.put("check.submits.detail", "submitted +" + moved + ", onTime+late +" + timed + ", DRAFTs -"
                    + (drafts1 - drafts2) + " for " + submitted.sum() + " x 200");
            System.out.println("creates: " + res.get("check.creates") + ": " + createsDetail);
            System.out.println("submits: " + res.get("check.submits") + ": " + res.get("check.submits.detail"));

            // 6. the figures the SQL phase compares with, and the API once more on the grown data
            Files.write(dir.resolve("api-figures-after.txt"), figures(plan));
            List<Double> after = new ArrayList<>();
            for (int i = 0; i < Math.min(reps, 20); i++) {
                after.add(get(cPath).ms + get(aPath).ms);
            }
            res.put("api.after-load.p50.ms", f1(pct(after, 50)));

            // 7. the service's memory after the run
            long[] mem = rss(pid);
            res.put("rss.mb", mem[0]);
            res.put("rss.peak.mb", mem[1]);
            System.out.printf("service RSS %d MB (peak %d MB)%n", mem[0], mem[1]);
            store(dir.resolve("result.properties"), res);
            System.exit(0);
        }
    }

    /** Just enough JSON for the service's answers. */
    static final class Json {
        private final String s;
        private int i;

        private Json(String s) {
            this.s = s;
        }

        static Object parse(String text) {
            Json j = new Json(text);
            Object v = j.value();
            j.ws();
            if (j.i != text.length()) {
                throw new IllegalArgumentException("trailing JSON at " + j.i);
            }
            return v;
        }

        private void ws() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private Object value() {
            ws();
            char ch = s.charAt(i);
            switch (ch) {
                case '{': {
                    i++;
                    Map<String, Object> m = new LinkedHashMap<>();
                    ws();
                    if (s.charAt(i) == '}') {
                        i++;
                        return m;
                    }
                    while (true) {
                        ws();
                        String k = string();
                        ws();
                        i++; // :
                        m.put(k, value());
                        ws();
                        if (s.charAt(i++) == '}') {
                            return m;
                        }
                    }
                }
                case '[': {
                    i++;
                    List<Object> l = new ArrayList<>();
                    ws();
                    if (s.charAt(i) == ']') {
                        i++;
                        return l;
                    }
                    while (true) {
                        l.add(value());
                        ws();
                        if (s.charAt(i++) == ']') {
                            return l;
                        }
                    }
                }
                case '"':
                    return string();
                case 't':
                    i += 4;
                    return Boolean.TRUE;
                case 'f':
                    i += 5;
                    return Boolean.FALSE;
                case 'n':
                    i += 4;
                    return null;
                default: {
                    int start = i;
                    while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                        i++;
                    }
                    BigDecimal d = new BigDecimal(s.substring(start, i));
                    return d.scale() <= 0 ? (Object) d.longValueExact() : (Object) d;
                }
            }
        }

        private String string() {
            StringBuilder b = new StringBuilder();
            i++; // opening quote
            while (true) {
                char ch = s.charAt(i++);
                if (ch == '"') {
                    return b.toString();
                }
                if (ch == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> b.append('\n');
                        case 't' -> b.append('\t');
                        case 'r' -> b.append('\r');
                        case 'b' -> b.append('\b');
                        case 'f' -> b.append('\f');
                        case 'u' -> {
                            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> b.append(e);
                    }
                } else {
                    b.append(ch);
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------ the table

    static final class Table {

        static void run(Map<String, String> o) throws Exception {
            Path work = Path.of(opt(o, "work", null));
            List<String> scenarios = Arrays.asList(opt(o, "scenarios", null).split(","));
            List<Properties> props = new ArrayList<>();
            for (String s : scenarios) {
                props.add(load(work.resolve(s).resolve("result.properties")));
            }
            List<String[]> rows = new ArrayList<>();
            String[] head = new String[scenarios.size() + 1];
            head[0] = "";
            for (int i = 0; i < scenarios.size(); i++) {
                head[i + 1] = scenarios.get(i);
            }
            rows.add(head);
            row(rows, props, "org_unit rows / owing units", p -> v(p, "data.units") + " / " + v(p, "data.population"));
            row(rows, props, "obligation periods (plan 2022-2026)", p -> v(p, "data.periods"));
            row(rows, props, "submissions generated", p -> v(p, "data.submissions"));
            row(rows, props, "  draft/submitted/returned/accepted", p -> v(p, "data.submissions.draft") + "/"
                    + v(p, "data.submissions.submitted") + "/" + v(p, "data.submissions.returned") + "/"
                    + v(p, "data.submissions.accepted"));
            row(rows, props, "  reported values / extensions", p -> v(p, "data.values") + " / " + v(p, "data.extensions"));
            row(rows, props, "database size (MB)", p -> v(p, "db.size.mb"));
            row(rows, props, "generation, bulk SQL (s)", p -> v(p, "gen.s"));
            row(rows, props, "POST /figures/rebuild (s)", p -> v(p, "rebuild.s"));
            row(rows, props, "  then vacuum (analyze), checkpoint (s)", p -> v(p, "vacuum.after-rebuild.s"));
            row(rows, props, "API completeness+attainment p50 (ms)", p -> v(p, "api.p50.ms"));
            row(rows, props, "API completeness+attainment p95 (ms)", p -> v(p, "api.p95.ms"));
            row(rows, props, "  completeness / attainment p50 (ms)", p -> v(p, "api.completeness.p50.ms") + " / "
                    + v(p, "api.attainment.p50.ms"));
            row(rows, props, "straightforward SQL p50 (ms)", p -> v(p, "sql.p50.ms"));
            row(rows, props, "straightforward SQL p95 (ms)", p -> v(p, "sql.p95.ms"));
            row(rows, props, "  completeness / attainment p50 (ms)", p -> v(p, "sql.completeness.p50.ms") + " / "
                    + v(p, "sql.attainment.p50.ms"));
            row(rows, props, "  SQL one period p50 (ms)", p -> v(p, "sql.one-period.p50.ms"));
            row(rows, props, "ratio SQL p50 / API p50", p -> ratio(p));
            row(rows, props, "API figures = SQL figures", p -> v(p, "check.api-equals-sql"));
            row(rows, props, "creates/s through the API (201)", p -> v(p, "load.creates.per.s"));
            row(rows, props, "  201s in seconds, threads", p -> v(p, "load.created") + " in " + v(p, "load.seconds")
                    + " s, " + v(p, "load.threads") + (Boolean.parseBoolean(p.getProperty("load.reserve.exhausted"))
                            ? " (reserve used up)" : ""));
            row(rows, props, "  create latency p50 / p95 (ms)", p -> v(p, "load.latency.p50.ms") + " / "
                    + v(p, "load.latency.p95.ms"));
            row(rows, props, "  409 / other answers", p -> v(p, "load.conflicts") + " / " + v(p, "load.other"));
            row(rows, props, "  CPU % svc/pg/client/other/idle", p -> v(p, "load.cpu"));
            row(rows, props, "  CPU ms per create svc/pg/client", p -> v(p, "load.cpu.per.create"));
            row(rows, props, "  creates exact (DRAFTs, counters)", p -> v(p, "check.creates"));
            row(rows, props, "submits/s (a sample of them)", p -> v(p, "submit.per.s"));
            row(rows, props, "  submits exact (submitted, on time)", p -> v(p, "check.submits"));
            row(rows, props, "API c+a p50 after the load (ms)", p -> v(p, "api.after-load.p50.ms"));
            row(rows, props, "other processes' CPU: API/SQL/load", p -> v(p, "api.cpu.other") + " / " + v(p, "sql.cpu.other")
                    + " / " + v(p, "load.cpu.other"));
            row(rows, props, "service RSS after the run (MB)", p -> v(p, "rss.mb"));
            row(rows, props, "  RSS peak VmHWM / after rebuild (MB)", p -> v(p, "rss.peak.mb") + " / "
                    + v(p, "rss.after-rebuild.mb"));

            StringBuilder out = new StringBuilder();
            out.append("danvan benchmark, ").append(OffsetDateTime.now(ZoneOffset.UTC).withNano(0)).append('\n');
            out.append(render(rows));
            out.append("\nGoals (figures, not assertions):\n");
            for (int i = 0; i < scenarios.size(); i++) {
                Properties p = props.get(i);
                String s = scenarios.get(i);
                boolean national = s.endsWith("national");
                List<String> g = new ArrayList<>();
                if (s.startsWith("pg-national") || s.startsWith("h2-province")) {
                    g.add(goal("API c+a p50 <= 50 ms", num(p, "api.p50.ms") <= 50));
                }
                if (national) {
                    g.add(goal(">= 1,000 creates/s with exact figures", num(p, "load.creates.per.s") >= 1000
                            && v(p, "check.creates").startsWith("exact") && v(p, "check.submits").startsWith("exact")
                            && v(p, "check.api-equals-sql").startsWith("exact")));
                }
                g.add(goal("RSS <= 300 MB after the run", num(p, "rss.mb") <= 300));
                out.append(String.format("  %-13s %s%n", s, String.join("; ", g)));
            }
            out.append("\nData: one national plan 2022-2026 (ISSUED), 4 yearly obligations (semiannual --06-10, annual"
                    + " --12-05,\n  self-assessment --11-15 +5 grace days, model registration --04-01) = 20 periods; a SUBMISSION"
                    + " target\n  (annual report) and a REPORTED target (self-assessment). The last period (annual "
                    + "2026-12-05) is 10% filled;\n  its empty cells are the load test's reserve.\n");
            out.append("Machine: ").append(machine()).append('\n');
            out.append("Service JVM: ").append(opt(o, "jvm", "?")).append('\n');
            for (int i = 0; i < scenarios.size(); i++) {
                Properties p = props.get(i);
                if (p.getProperty("db.pg.server_version") != null) {
                    out.append("PostgreSQL ").append(p.getProperty("db.pg.server_version")).append(": shared_buffers ")
                            .append(p.getProperty("db.pg.shared_buffers")).append(", work_mem ")
                            .append(p.getProperty("db.pg.work_mem")).append(", synchronous_commit ")
                            .append(p.getProperty("db.pg.synchronous_commit")).append(", jit ")
                            .append(p.getProperty("db.pg.jit")).append(", autovacuum ")
                            .append(p.getProperty("db.pg.autovacuum")).append('\n');
                    break;
                }
            }
            for (Properties p : props) {
                if (p.getProperty("db.h2.version") != null) {
                    out.append("H2 ").append(p.getProperty("db.h2.version")).append(" (embedded file database)\n");
                    break;
                }
            }
            String text = out.toString();
            System.out.print(text);
            Files.writeString(Path.of(opt(o, "out", null)), text);
        }

        interface Cell {
            String of(Properties p);
        }

        static void row(List<String[]> rows, List<Properties> props, String label, Cell cell) {
            String[] r = new String[props.size() + 1];
            r[0] = label;
            for (int i = 0; i < props.size(); i++) {
                r[i + 1] = cell.of(props.get(i));
            }
            rows.add(r);
        }

        static String v(Properties p, String key) {
            return p.getProperty(key, "-");
        }

        static double num(Properties p, String key) {
            try {
                return Double.parseDouble(p.getProperty(key, "NaN"));
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }

        static String ratio(Properties p) {
            double r = num(p, "sql.p50.ms") / num(p, "api.p50.ms");
            return Double.isNaN(r) ? "-" : f1(r) + "x";
        }

        static String goal(String what, boolean met) {
            return what + ": " + (met ? "met" : "NOT met");
        }

        static String render(List<String[]> rows) {
            int cols = rows.get(0).length;
            int[] w = new int[cols];
            for (String[] r : rows) {
                for (int i = 0; i < cols; i++) {
                    w[i] = Math.max(w[i], r[i].length());
                }
            }
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < rows.size(); k++) {
                String[] r = rows.get(k);
                for (int i = 0; i < cols; i++) {
                    b.append(i == 0 ? String.format("%-" + w[i] + "s", r[i]) : " | " + String.format("%-" + w[i] + "s", r[i]));
                }
                b.append('\n');
                if (k == 0) {
                    for (int i = 0; i < cols; i++) {
                        b.append(i == 0 ? "-".repeat(w[i]) : "-+-" + "-".repeat(w[i]));
                    }
                    b.append('\n');
                }
            }
            return b.toString();
        }

        static String machine() {
            String cpu = "?";
            long memKb = -1;
            try {
                for (String l : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                    if (l.startsWith("model name")) {
                        cpu = l.substring(l.indexOf(':') + 1).trim();
                        break;
                    }
                }
                for (String l : Files.readAllLines(Path.of("/proc/meminfo"))) {
                    if (l.startsWith("MemTotal:")) {
                        memKb = Long.parseLong(l.replaceAll("\\D+", ""));
                    }
                }
            } catch (IOException e) {
                // not Linux: leave the question marks
            }
            return "nproc " + Runtime.getRuntime().availableProcessors() + ", memory " + (memKb / 1024) + " MB, CPU " + cpu
                    + ", " + System.getProperty("os.name") + " " + System.getProperty("os.version") + ", Java "
                    + System.getProperty("java.version");
        }
    }
}
