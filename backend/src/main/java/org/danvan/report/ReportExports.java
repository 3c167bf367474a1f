package org.danvan.report;

import static org.danvan.export.Column.Kind.DATE;
import static org.danvan.export.Column.Kind.INTEGER;
import static org.danvan.export.Column.Kind.PERCENT;
import static org.danvan.export.Column.Kind.TEXT;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntFunction;
import org.danvan.common.Ids;
import org.danvan.common.PageView;
import org.danvan.common.Problems;
import org.danvan.export.ExportTexts;
import org.danvan.export.Exported;
import org.danvan.export.PagedRows;
import org.danvan.export.XlsxTable;
import org.danvan.plan.Plan;
import org.danvan.plan.PlanRepository;
import org.danvan.report.ReportDtos.AttainmentReport;
import org.danvan.report.ReportDtos.CompletenessReport;
import org.danvan.report.ReportDtos.Contribution;
import org.danvan.report.ReportDtos.PeriodCompleteness;
import org.danvan.report.ReportDtos.PeriodUnit;
import org.danvan.report.ReportDtos.TargetAttainment;
import org.danvan.report.ReportDtos.UnitReportStatus;

/**
 * The report tables as Excel files: the same service calls as the JSON answers, with the same
 * filters and reach, written row by row. Lists are read a page at a time, so memory holds one page
 * and the sheet's window whatever the number of units.
 */
@ApplicationScoped
public class ReportExports {

    private final ReportService service;
    private final PlanRepository plans;

    public ReportExports(ReportService service, PlanRepository plans) {
        this.service = service;
        this.plans = plans;
    }

    public Exported completeness(String planId, Optional<UUID> obligationId, Optional<UUID> periodId, Locale locale) {
        CompletenessReport report = service.completeness(planId, obligationId, periodId);
        ExportTexts t = new ExportTexts(locale);
        String plan = planLine(planId, t);
        XlsxTable table = new XlsxTable(t.get("sheet.completeness"), t.get("title.completeness", plan),
                t.asOf(report.asOf()), List.of(t.column("obligation", TEXT), t.column("obligationKind", TEXT),
                        t.column("year", INTEGER), t.column("dueDate", DATE), t.column("expected", INTEGER),
                        t.column("submitted", INTEGER), t.column("accepted", INTEGER), t.column("returned", INTEGER),
                        t.column("onTime", INTEGER), t.column("late", INTEGER), t.column("missing", INTEGER),
                        t.column("completenessRate", PERCENT), t.column("timelinessRate", PERCENT)));
        for (PeriodCompleteness p : report.periods()) {
            table.row(p.obligationTitle(), t.label(p.obligationKind()), p.year(), p.dueDate(), p.expected(),
                    p.submitted(), p.accepted(), p.returned(), p.onTime(), p.late(), p.missing(),
                    p.completenessRate(), p.timelinessRate());
        }
        return new Exported(table, t.get("file.completeness", reference(planId)));
    }

    public Exported periodUnits(String planId, String periodId, Optional<UnitReportStatus> status, Locale locale) {
        IntFunction<PageView<PeriodUnit>> pages = page -> service.periodUnits(planId, periodId, status,
                PagedRows.page(page));
        PageView<PeriodUnit> first = pages.apply(0);
        CompletenessReport report = service.completeness(planId, Optional.empty(), Ids.parse(periodId));
        PeriodCompleteness p = report.periods().stream().findFirst()
                .orElseThrow(() -> Problems.notFound("period", periodId));
        ExportTexts t = new ExportTexts(locale);
        XlsxTable table = new XlsxTable(t.get("sheet.periodUnits"),
                t.get("title.periodUnits", p.obligationTitle(), p.year(), planLine(planId, t)), t.asOf(report.asOf()),
                List.of(t.column("unit", TEXT), t.column("unitKind", TEXT), t.column("dueDate", DATE),
                        t.column("lastDayOnTime", DATE), t.column("state", TEXT), t.column("submissionStatus", TEXT),
                        t.column("timeliness", TEXT), t.column("firstSubmittedAt", DATE)));
        PagedRows.writeAll(table, first, pages, u -> table.row(u.unitName(), t.label(u.unitKind()), u.dueDate(), u.lastDayOnTime(),
                t.label(u.state()), t.label("SubmissionStatus", u.status()), t.label("Timeliness", u.timeliness()),
                u.firstSubmittedAt()));
        return new Exported(table, t.get("file.periodUnits", t.label(p.obligationKind()), p.year()));
    }

    public Exported attainment(String planId, Optional<Integer> year, Locale locale) {
        AttainmentReport report = service.attainment(planId, year, locale);
        ExportTexts t = new ExportTexts(locale);
        XlsxTable table = new XlsxTable(t.get("sheet.attainment"), t.get("title.attainment", planLine(planId, t)),
                t.asOf(report.asOf()), List.of(t.column("ordinal", TEXT), t.column("statement", TEXT),
                        t.column("measure", TEXT), t.column("year", INTEGER), t.column("periodDueDate", DATE),
                        t.column("numerator", INTEGER), t.column("denominator", INTEGER), t.column("value", PERCENT),
                        t.column("comparator", TEXT), t.column("threshold", PERCENT),
                        t.column("attainmentStatus", TEXT), t.column("reason", TEXT),
                        t.column("populationUnits", INTEGER), t.column("unitsWithData", INTEGER),
                        t.column("unitsWithoutData", INTEGER), t.column("unitsNotEligible", INTEGER),
                        t.column("officialsWithoutData", INTEGER), t.column("unitsWithoutHeadcount", INTEGER)));
        for (TargetAttainment a : report.targets()) {
            var c = a.coverage();
            table.row(a.ordinal(), a.statement(), t.label(a.measure()), a.year(), a.dueDate(), a.numerator(),
                    a.denominator(), a.valuePercent(), t.label(a.comparator()), a.thresholdPercent(),
                    t.label(a.status()), a.reason(), c == null ? null : c.populationUnits(),
                    c == null ? null : c.unitsWithData(), c == null ? null : c.unitsWithoutData(),
                    c == null ? null : c.unitsNotEligible(), c == null ? null : c.officialsWithoutData(),
                    c == null ? null : c.unitsWithoutHeadcount());
        }
        return new Exported(table, t.get("file.attainment", reference(planId)));
    }

    public Exported contributions(String planId, String targetId, Optional<Integer> year, Optional<Boolean> hasData,
            Locale locale) {
        IntFunction<PageView<Contribution>> pages = page -> service.contributions(planId, targetId, year, hasData,
                PagedRows.page(page));
        PageView<Contribution> first = pages.apply(0);
        AttainmentReport report = service.attainment(planId, year, locale);
        TargetAttainment target = report.targets().stream().filter(a -> Ids.parse(targetId).map(UUID::toString)
                .filter(a.targetId()::equals).isPresent())
                .findFirst().orElseThrow(() -> Problems.notFound("target", targetId));
        ExportTexts t = new ExportTexts(locale);
        XlsxTable table = new XlsxTable(t.get("sheet.contributions"),
                t.get("title.contributions", target.ordinal(), planLine(planId, t)), t.asOf(report.asOf()),
                List.of(t.column("unit", TEXT), t.column("unitKind", TEXT), t.column("numerator", INTEGER),
                        t.column("denominator", INTEGER), t.column("dataStatus", TEXT)));
        PagedRows.writeAll(table, first, pages, c -> table.row(c.unitName(), t.label(c.unitKind()), c.numerator(), c.denominator(),
                t.label(c.dataStatus())));
        return new Exported(table, t.get("file.contributions", target.ordinal()));
    }

    private String planLine(String planId, ExportTexts t) {
        Plan plan = plans.load(planId);
        return t.planLine(plan.reference(), plan.title);
    }

    private String reference(String planId) {
        Plan plan = plans.load(planId);
        return plan.reference() == null ? String.valueOf(plan.periodStart) : plan.reference();
    }
}
