package org.danvan.task;

import static org.danvan.export.Column.Kind.DATE;
import static org.danvan.export.Column.Kind.TEXT;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.danvan.common.PageView;
import org.danvan.export.ExportTexts;
import org.danvan.export.Exported;
import org.danvan.export.PagedRows;
import org.danvan.export.XlsxTable;
import org.danvan.plan.Plan;
import org.danvan.plan.PlanRepository;
import org.danvan.task.TaskDtos.TaskAssignmentView;

/**
 * A plan's task assignments as an Excel file, one row per assignment, listed as
 * {@code listPlanTaskAssignments} lists them (same filters, same reach, same order).
 */
@ApplicationScoped
public class TaskAssignmentExports {

    private final TaskAssignmentService service;
    private final PlanRepository plans;
    private final Clock clock;

    public TaskAssignmentExports(TaskAssignmentService service, PlanRepository plans, Clock clock) {
        this.service = service;
        this.plans = plans;
        this.clock = clock;
    }

    public Exported planAssignments(String planId, TaskAssignmentRepository.Filter filter, Locale locale) {
        PageView<TaskAssignmentView> first = service.listPlanAssignments(planId, filter, PagedRows.page(0));
        Plan plan = plans.load(planId);
        ExportTexts t = new ExportTexts(locale);
        XlsxTable table = new XlsxTable(t.get("sheet.taskAssignments"),
                t.get("title.taskAssignments", t.planLine(plan.reference(), plan.title)),
                t.asOf(LocalDate.now(clock)), List.of(t.column("taskOrdinal", TEXT), t.column("taskContent", TEXT),
                        t.column("unit", TEXT), t.column("role", TEXT), t.column("taskDueDate", DATE),
                        t.column("assignmentStatus", TEXT), t.column("reviewStatus", TEXT), t.column("doneOn", DATE)));
        PagedRows.writeAll(table, first, page -> service.listPlanAssignments(planId, filter, PagedRows.page(page)),
                a -> table.row(a.taskOrdinal(), a.taskContent(), a.unitName(), t.label(a.role()), a.dueDate(),
                        t.label(a.status()), t.label(a.reviewStatus()), a.doneOn()));
        return new Exported(table, t.get("file.taskAssignments",
                plan.reference() == null ? String.valueOf(plan.periodStart) : plan.reference()));
    }
}
