package org.danvan.submission;

import static org.danvan.export.Column.Kind.DATE;
import static org.danvan.export.Column.Kind.INTEGER;
import static org.danvan.export.Column.Kind.TEXT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.danvan.common.PageView;
import org.danvan.export.ExportTexts;
import org.danvan.export.Exported;
import org.danvan.export.PagedRows;
import org.danvan.export.XlsxTable;
import org.danvan.plan.ObligationPeriod;
import org.danvan.plan.PlanRepository;
import org.danvan.submission.SubmissionDtos.SubmissionView;

/**
 * Submissions as an Excel file, listed as {@code listSubmissions} lists them (same filters, reach and
 * order): with {@code status=SUBMITTED}, the review queue.
 */
@ApplicationScoped
public class SubmissionExports {

    private final SubmissionService service;
    private final PlanRepository plans;
    private final EntityManager em;
    private final Clock clock;

    public SubmissionExports(SubmissionService service, PlanRepository plans, EntityManager em, Clock clock) {
        this.service = service;
        this.plans = plans;
        this.em = em;
        this.clock = clock;
    }

    public Exported submissions(SubmissionRepository.Filter filter, Locale locale) {
        PageView<SubmissionView> first = service.listSubmissions(filter, PagedRows.page(0));
        ExportTexts t = new ExportTexts(locale);
        String scope = filter.planId().flatMap(id -> plans.findVisible(id.toString()))
                .map(plan -> t.planLine(plan.reference(), plan.title)).orElse(t.get("allPlans"));
        boolean queue = filter.status().filter(s -> s == SubmissionStatus.SUBMITTED).isPresent();
        String title = queue ? t.get("title.reviewQueue", scope) : filter.status()
                .map(s -> t.get("title.submissionsByStatus", t.label(s), scope))
                .orElseGet(() -> t.get("title.submissions", scope));
        XlsxTable table = new XlsxTable(t.get("sheet.submissions"), title,
                t.asOf(LocalDate.now(clock)), List.of(t.column("unit", TEXT), t.column("obligation", TEXT),
                        t.column("year", INTEGER), t.column("submissionStatus", TEXT), t.column("dueDate", DATE),
                        t.column("timeliness", TEXT), t.column("firstSubmittedAt", DATE),
                        t.column("submittedAt", DATE), t.column("acceptedAt", DATE), t.column("documentNumber", TEXT),
                        t.column("documentDate", DATE)));
        Map<String, ObligationPeriod> periods = new HashMap<>();
        PagedRows.writeAll(table, first, page -> service.listSubmissions(filter, PagedRows.page(page)), s -> {
            ObligationPeriod period = periods.computeIfAbsent(s.periodId(),
                    id -> em.find(ObligationPeriod.class, UUID.fromString(id)));
            table.row(s.unitName(), period.obligation.title, period.year, t.label(s.status()), s.effectiveDueDate(),
                    t.label(s.timeliness()), s.firstSubmittedAt(), s.submittedAt(), s.acceptedAt(),
                    s.documentNumber(), s.documentDate());
        });
        return new Exported(table, t.get(queue ? "file.reviewQueue" : "file.submissions"));
    }
}
