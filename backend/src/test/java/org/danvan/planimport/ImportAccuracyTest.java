package org.danvan.planimport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.danvan.plan.Comparator;
import org.junit.jupiter.api.Test;

/**
 * Every seed plan read against its hand-made {@code .expected.json}, field by field, printed as a
 * table; all of them must match. Ordinals of targets are compared by their item number ("6" of
 * "III.6"); document numbers without spaces ("114 -KL/TW" is cited as 114-KL/TW).
 */
class ImportAccuracyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Row(String plan, String field, String expected, String actual) {
        boolean ok() {
            return Objects.equals(expected, actual);
        }
    }

    @Test
    void everySeedPlanIsReadAsItsExpectedDraft() throws Exception {
        List<Row> rows = new ArrayList<>();
        for (String name : SeedPlans.NAMES) {
            rows.addAll(compare(name, new PlanDraftReader(UnitDirectory.NONE).read(SeedPlans.text(name)),
                    JSON.readTree(SeedPlans.expected(name))));
        }
        long ok = rows.stream().filter(Row::ok).count();
        StringBuilder table = new StringBuilder(String.format("%n%-10s %-34s %-6s %-45s %s%n", "plan", "field", "ok",
                "expected", "actual"));
        for (Row r : rows) {
            table.append(String.format("%-10s %-34s %-6s %-45s %s%n", r.plan(), r.field(), r.ok() ? "yes" : "NO",
                    cut(r.expected()), cut(r.actual())));
        }
        table.append(String.format("accuracy: %d / %d fields (%.1f%%)%n", ok, rows.size(), 100.0 * ok / rows.size()));
        System.out.println(table);
        assertThat(rows).as(table.toString()).allMatch(Row::ok);
    }

    static List<Row> compare(String name, PlanDraft d, JsonNode e) {
        String plan = name.substring(0, name.indexOf('-', name.indexOf('-') + 1));
        List<Row> rows = new ArrayList<>();
        rows.add(row(plan, "number", text(e, "number"), d.number()));
        if (e.has("symbol")) {
            rows.add(row(plan, "symbol", text(e, "symbol"), d.symbol()));
        }
        rows.add(row(plan, "issueDate", text(e, "issueDate"), str(d.issueDate())));
        rows.add(row(plan, "issuePlace", text(e, "issuePlace"), d.issuePlace()));
        rows.add(row(plan, "issuer", text(e, "issuer"), d.issuer()));
        rows.add(row(plan, "title", text(e, "title"), d.title()));
        rows.add(row(plan, "period", e.get("periodStart").asText() + "-" + e.get("periodEnd").asText(),
                d.periodStart() + "-" + d.periodEnd()));
        rows.add(row(plan, "implements", text(e, "implements"), d.implementsText()));
        rows.add(row(plan, "purposes", e.get("purposesCount").asText(), String.valueOf(d.purposes().size())));
        rows.add(row(plan, "tasks", e.get("tasksCount").asText(), String.valueOf(d.tasks().size())));
        if (e.has("tasksHaveDirectedBy")) {
            rows.add(row(plan, "tasks with directedBy", e.get("tasksHaveDirectedBy").asText(),
                    String.valueOf(d.tasks().stream().filter(t -> t.directedBy() != null).count())));
        }
        if (e.has("taskTimeframes")) {
            for (int i = 0; i < e.get("taskTimeframes").size(); i++) {
                var task = i < d.tasks().size() ? d.tasks().get(i) : null;
                rows.add(row(plan, "task " + (i + 1) + " time frame", e.get("taskTimeframes").get(i).asText(),
                        task == null || task.timeFrame() == null ? null : task.timeFrame().text()));
            }
        }
        JsonNode targets = e.get("targets");
        rows.add(row(plan, "targets", String.valueOf(targets.size()), String.valueOf(d.targets().size())));
        for (int i = 0; i < targets.size(); i++) {
            JsonNode t = targets.get(i);
            var a = i < d.targets().size() ? d.targets().get(i) : null;
            String label = "target " + t.get("ordinal").asText();
            rows.add(row(plan, label + " ordinal", t.get("ordinal").asText(),
                    a == null ? null : a.ordinal().substring(a.ordinal().lastIndexOf('.') + 1)));
            rows.add(row(plan, label + " percent", t.get("percent").isNull() ? null : t.get("percent").asText(),
                    a == null || a.thresholdPercent() == null ? null : a.thresholdPercent().toPlainString()));
            rows.add(row(plan, label + " comparator", text(t, "comparator"), a == null ? null : symbol(a.comparator())));
            rows.add(row(plan, label + " population", t.get("population").asText(),
                    a == null ? null : a.population().name().toLowerCase(java.util.Locale.ROOT)));
            String start = t.get("textStartsWith").asText();
            rows.add(row(plan, label + " text", start, a == null ? null
                    : a.statement().startsWith(start) ? start : a.statement()));
        }
        JsonNode deadlines = e.get("deadlines");
        rows.add(row(plan, "deadlines", String.valueOf(deadlines.size()), String.valueOf(d.deadlines().size())));
        for (int i = 0; i < deadlines.size(); i++) {
            JsonNode x = deadlines.get(i);
            var a = i < d.deadlines().size() ? d.deadlines().get(i) : null;
            String wanted = x.get("date").isNull() ? x.get("recurring").asText() : x.get("date").asText();
            String got = a == null ? null : a.dueDate() != null ? a.dueDate().toString() : "yearly " + a.dueMonthDay();
            rows.add(row(plan, "deadline " + (i + 1) + " date/rule", wanted, got));
            rows.add(row(plan, "deadline " + (i + 1) + " phrase", x.get("phrase").asText(),
                    a == null ? null : a.phrase()));
        }
        rows.add(row(plan, "responsibilities", e.get("responsibilitiesCount").asText(),
                String.valueOf(d.responsibilities().size())));
        List<String> found = d.legalBases().stream().map(PlanDraft.LegalBasis::number).toList();
        for (JsonNode basis : e.get("legalBasesIncludes")) {
            String wanted = Citations.compact(basis.asText());
            rows.add(row(plan, "legal basis " + basis.asText(), wanted, found.contains(wanted) ? wanted : null));
        }
        rows.add(row(plan, "signer", text(e, "signer"), d.signer() == null ? null : d.signer().name()));
        return rows;
    }

    private static Row row(String plan, String field, String expected, String actual) {
        return new Row(plan, field, expected, actual);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }

    private static String symbol(Comparator comparator) {
        return comparator == null ? null : comparator == Comparator.GT ? ">" : ">=";
    }

    private static String cut(String value) {
        String v = String.valueOf(value).replace('\n', ' ');
        return v.length() > 45 ? v.substring(0, 42) + "..." : v;
    }

    static BigDecimal unused() {
        return BigDecimal.ZERO;
    }
}
