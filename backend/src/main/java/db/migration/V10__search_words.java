package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.danvan.model.DvModel;
import org.danvan.model.ModelField;
import org.danvan.plan.Obligation;
import org.danvan.plan.Plan;
import org.danvan.submission.SubmissionSearch;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Search by words (issue 15, part 6): plans also carry their period and issuer, models their field
 * and unit, obligations and submissions get a search text. The folding of Vietnamese (diacritics, đ)
 * is Java's (common.SearchText), so the rows are filled here with the very functions the service
 * writes them with. On PostgreSQL each searched column gets a trigram index, which serves
 * {@code like '%word%'}; H2 has no index for such a LIKE and scans.
 */
public class V10__search_words extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        execute(connection, List.of(
                "alter table obligation add column search_text varchar(1600)",
                "alter table submission add column search_text varchar(2500)"));
        fillPlans(connection);
        fillObligations(connection);
        fillModels(connection);
        execute(connection, List.of(
                SubmissionSearch.refresh("1 = 1"),
                "alter table obligation alter column search_text set not null",
                "alter table submission alter column search_text set not null"));
        if (connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
            // pg_trgm is a trusted extension (PostgreSQL 13+): the database's owner may create it
            execute(connection, List.of("create extension if not exists pg_trgm",
                    "create index plan_search_trgm_idx on plan using gin (search_text gin_trgm_ops)",
                    "create index org_unit_search_trgm_idx on org_unit using gin (search_text gin_trgm_ops)",
                    "create index dv_model_search_trgm_idx on dv_model using gin (search_text gin_trgm_ops)",
                    "create index submission_search_trgm_idx on submission using gin (search_text gin_trgm_ops)"));
        }
    }

    /** How a row of a {@code fill} query becomes its search text. */
    private interface Text {
        String of(ResultSet row) throws SQLException;
    }

    private static void fillPlans(Connection connection) throws SQLException {
        fill(connection, "plan", "select p.id, p.title, p.doc_number, p.symbol, p.period_start, p.period_end,"
                + " p.identity_year, u.name from plan p join org_unit u on u.id = p.issuer_id",
                row -> Plan.searchText(row.getString("title"), reference(row), row.getInt("period_start"),
                        row.getInt("period_end"), row.getInt("identity_year"), row.getString("name")));
    }

    private static void fillObligations(Connection connection) throws SQLException {
        fill(connection, "obligation", "select o.id, o.title, p.title as plan_title, p.doc_number, p.symbol"
                + " from obligation o join plan p on p.id = o.plan_id",
                row -> Obligation.searchText(row.getString("title"), row.getString("plan_title"), reference(row)));
    }

    private static void fillModels(Connection connection) throws SQLException {
        fill(connection, "dv_model", "select m.id, m.name, m.goals, m.beneficiaries, m.field, u.name as unit_name"
                + " from dv_model m join org_unit u on u.id = m.unit_id",
                row -> DvModel.searchText(row.getString("name"), row.getString("goals"), row.getString("beneficiaries"),
                        ModelField.valueOf(row.getString("field")), row.getString("unit_name")));
    }

    private static String reference(ResultSet row) throws SQLException {
        Integer number = row.getObject("doc_number") == null ? null : row.getInt("doc_number");
        return Plan.reference(number, row.getString("symbol"));
    }

    /** Writes {@code table}'s search text of every row the query answers (its first column the id). */
    private static void fill(Connection connection, String table, String query, Text text) throws SQLException {
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery(query);
                PreparedStatement update = connection.prepareStatement(
                        "update " + table + " set search_text = ? where id = ?")) {
            int batched = 0;
            while (rows.next()) {
                update.setString(1, text.of(rows));
                update.setObject(2, rows.getObject("id"));
                update.addBatch();
                if (++batched % 1000 == 0) {
                    update.executeBatch();
                }
            }
            update.executeBatch();
        }
    }

    private static void execute(Connection connection, List<String> statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
