package org.danvan.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An installation upgraded from before score sheets belonged to periods (V7 and earlier) keeps every
 * sheet: V8 links each sheet to the SELF_ASSESSMENT period its unit owes in its year and to the
 * unit's submission there, one sheet per period, and leaves the sheets it cannot place readable,
 * without a period. Flyway on a private in-memory H2 database, not the service.
 */
class ScoreSheetUpgradeTest {

    private static final Timestamp EARLIER = Timestamp.from(Instant.parse("2024-10-01T02:00:00Z"));
    private static final Timestamp LATER = Timestamp.from(Instant.parse("2024-10-02T02:00:00Z"));

    private String url;
    private final Map<String, UUID> ids = new HashMap<>();

    @BeforeEach
    void migrateToV7() {
        url = "jdbc:h2:mem:upgrade-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        flyway("7").migrate();
    }

    @Test
    void shouldLinkTheOldestSheetOfAUnitsYearToItsPeriodAndSubmissionAndKeepTheOthersWithoutOne() throws SQLException {
        try (Connection db = DriverManager.getConnection(url, "sa", "")) {
            unit(db, "province", null, "PROVINCE");
            unit(db, "snv", "province", "DEPARTMENT");
            unit(db, "tt", "province", "DEPARTMENT");
            unit(db, "founded2025", "province", "DEPARTMENT");
            exec(db, "insert into unit_group (id, name, search_text, version, created_at, updated_at)"
                    + " values (?, 'Các sở', 'cac so', 0, ?, ?)", id("group"), EARLIER, EARLIER);
            exec(db, "insert into plan (id, identity_year, issuer_id, title, period_start, period_end, status,"
                    + " search_text, version, created_at, updated_at) values (?, 2024, ?, 'Kế hoạch 2024', 2024, 2024,"
                    + " 'ISSUED', 'ke hoach 2024', 0, ?, ?)", id("plan"), id("province"), EARLIER, EARLIER);
            exec(db, "insert into obligation (id, plan_id, kind, title, group_id, due_month_day, grace_days, version)"
                    + " values (?, ?, 'SELF_ASSESSMENT', 'Tự chấm điểm', ?, '--11-15', 0, 0)",
                    id("obligation"), id("plan"), id("group"));
            exec(db, "insert into obligation_period (id, obligation_id, period_year, due_date)"
                    + " values (?, ?, 2024, date '2024-11-15')", id("period"), id("obligation"));
            for (String unit : new String[] {"snv", "tt"}) {
                exec(db, "insert into assignment (period_id, unit_id, unit_kind, shard, due_date, deadline, status)"
                        + " values (?, ?, 'DEPARTMENT', 0, date '2024-11-15', date '2024-11-15', 'MISSING')",
                        id("period"), id(unit));
            }
            // Sở Nội vụ sent its self-assessment report; Thanh tra did not
            exec(db, "insert into submission (id, plan_id, obligation_id, period_id, unit_id, status, version,"
                    + " created_at, updated_at) values (?, ?, ?, ?, ?, 'SUBMITTED', 1, ?, ?)",
                    id("report"), id("plan"), id("obligation"), id("period"), id("snv"), EARLIER, EARLIER);
            rubric(db, "rubric");
            rubric(db, "rubric2");
            // two sheets of Sở Nội vụ for 2024 on two rubrics, the older first; one of Thanh tra; one of a
            // unit that owes no 2024 period
            sheet(db, "snv-old", "snv", "rubric", 2024, EARLIER);
            sheet(db, "snv-young", "snv", "rubric2", 2024, LATER);
            sheet(db, "tt", "tt", "rubric", 2024, EARLIER);
            sheet(db, "orphan", "founded2025", "rubric", 2024, EARLIER);
        }

        flyway(null).migrate();

        try (Connection db = DriverManager.getConnection(url, "sa", "")) {
            assertThat(link(db, "snv-old")).containsExactly(id("period"), id("report"));
            assertThat(link(db, "snv-young")).containsExactly(null, null);
            assertThat(link(db, "tt")).containsExactly(id("period"), null);
            assertThat(link(db, "orphan")).containsExactly(null, null);
            try (PreparedStatement count = db.prepareStatement("select count(*) from assessment")) {
                ResultSet rows = count.executeQuery();
                rows.next();
                assertThat(rows.getInt(1)).as("every sheet kept").isEqualTo(4);
            }
        }
    }

    private Flyway flyway(String target) {
        var config = Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration");
        if (target != null) {
            config.target(target);
        }
        return config.load();
    }

    private UUID id(String name) {
        return ids.computeIfAbsent(name, n -> UUID.randomUUID());
    }

    private void unit(Connection db, String name, String parent, String kind) throws SQLException {
        String path = (parent == null ? "/" : "/" + id(parent) + "/") + id(name) + "/";
        exec(db, "insert into org_unit (id, name, kind, parent_id, path, search_text, version, created_at, updated_at)"
                + " values (?, ?, ?, ?, ?, ?, 0, ?, ?)", id(name), name, kind, parent == null ? null : id(parent),
                path, name, EARLIER, EARLIER);
    }

    private void rubric(Connection db, String name) throws SQLException {
        exec(db, "insert into rubric (id, family_id, version_number, name, decision_number, issuer_unit_id,"
                + " valid_from_year, status, content, search_text, version, created_at, updated_at)"
                + " values (?, ?, 1, ?, '908/QĐ-UBND', ?, 2024, 'ACTIVE', '{}', ?, 0, ?, ?)",
                id(name), id(name), name, id("province"), name, EARLIER, EARLIER);
    }

    private void sheet(Connection db, String name, String unit, String rubric, int year, Timestamp created)
            throws SQLException {
        exec(db, "insert into assessment (id, unit_id, rubric_id, assessment_year, status, eligible, scores, bonuses,"
                + " version, created_at, updated_at) values (?, ?, ?, ?, 'SUBMITTED', true, '{}', '[]', 0, ?, ?)",
                id(name), id(unit), id(rubric), year, created, created);
    }

    private Object[] link(Connection db, String sheet) throws SQLException {
        try (PreparedStatement read = db.prepareStatement(
                "select period_id, submission_id from assessment where id = ?")) {
            read.setObject(1, id(sheet));
            ResultSet rows = read.executeQuery();
            rows.next();
            return new Object[] {rows.getObject(1), rows.getObject(2)};
        }
    }

    private static void exec(Connection db, String sql, Object... args) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            statement.executeUpdate();
        }
    }
}
