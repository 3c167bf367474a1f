package org.danvan.demo;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Random;
import org.danvan.common.ServiceClock;
import org.danvan.task.AssignmentStatus;
import org.danvan.task.TaskAssignmentService;
import org.danvan.task.TaskDtos.TaskAssignmentUpdate;
import org.danvan.task.TaskDtos.TaskAssignmentView;

/**
 * The demo's task progress: on an issued plan, most units report their tasks done (some late), a
 * few are in progress, a few not done with a reason, some never update; coordinators accept most
 * updates and return a few. Written through the services, each act on the day it happened, so the
 * task figures come out of the same rules as live data. Seeded: the same progress every time.
 */
@ApplicationScoped
class DemoTasks {

    private static final LocalTime AFTERNOON = LocalTime.of(15, 0);
    private static final String[] RESULTS = {
        "Đã ban hành kế hoạch triển khai, tổ chức quán triệt đến 100% cán bộ, công chức, viên chức.",
        "Đã tổ chức 12 buổi tiếp công dân định kỳ, tiếp 145 lượt công dân; giải quyết dứt điểm 38 kiến nghị.",
        "Đã lồng ghép nội dung dân vận chính quyền vào hội nghị giao ban hằng tháng và sinh hoạt chi bộ.",
        "Đã rà soát, công khai 100% thủ tục hành chính thuộc thẩm quyền trên Cổng dịch vụ công.",
    };
    private static final String[] IN_PROGRESS = {
        "Đang xây dựng dự thảo kế hoạch, lấy ý kiến các phòng chuyên môn.",
        "Đã triển khai một phần; đang tổng hợp kết quả từ các đơn vị trực thuộc.",
    };
    private static final String[] RETURN_REASONS = {
        "Đề nghị bổ sung tài liệu kiểm chứng (kế hoạch, báo cáo, biên bản) cho kết quả đã nêu.",
        "Kết quả chưa nêu rõ số liệu; đề nghị bổ sung số lượt, số cuộc, tỷ lệ đạt được.",
    };
    private static final String[] NOT_DONE = {
        "Đơn vị đang sắp xếp tổ chức bộ máy sau hợp nhất, chưa bố trí được cán bộ phụ trách.",
        "Kinh phí chưa được phân bổ nên chưa tổ chức được hội nghị đối thoại.",
    };

    private final TaskAssignmentService assignments;
    private final ServiceClock clock;

    DemoTasks(TaskAssignmentService assignments, ServiceClock clock) {
        this.assignments = assignments;
        this.clock = clock;
    }

    /** Writes the units' progress on the plan's task assignments, up to today. */
    void writeProgress(String planId, int periodStart, Random random) {
        LocalDate today = LocalDate.now(clock);
        LocalDate planStart = LocalDate.of(periodStart, 1, 1);
        for (TaskAssignmentView row : assignments.listAllPlanAssignments(planId)) {
            // a continuous task is judged at the plan's first year end; an assignment due later is still under way
            LocalDate due = row.dueDate() != null ? row.dueDate() : planStart.withDayOfYear(planStart.lengthOfYear());
            double fate = random.nextDouble();
            if (!due.isBefore(today)) {
                if (fate < 0.5) {
                    update(row, today.minusDays(3), AssignmentStatus.IN_PROGRESS, pick(IN_PROGRESS, random), null, null);
                }
                continue;
            }
            if (fate < 0.62) {
                LocalDate doneOn = fate < 0.50 ? due.minusDays(1 + random.nextInt(60))
                        : min(due.plusDays(5 + random.nextInt(40)), today.minusDays(1));
                TaskAssignmentView sent = update(row, doneOn.plusDays(1), AssignmentStatus.DONE, pick(RESULTS, random),
                        doneOn, null);
                review(sent, doneOn.plusDays(4), random);
            } else if (fate < 0.76) {
                update(row, due.minusDays(30), AssignmentStatus.IN_PROGRESS, pick(IN_PROGRESS, random), null, null);
            } else if (fate < 0.84) {
                update(row, due.minusDays(2), AssignmentStatus.NOT_DONE, null, null, pick(NOT_DONE, random));
            }
            // the rest never send an update: named on the coordinator's screen, not hidden
        }
    }

    private TaskAssignmentView update(TaskAssignmentView row, LocalDate on, AssignmentStatus status, String result,
            LocalDate doneOn, String reason) {
        return ServiceClock.at(at(on), () -> assignments.updateAssignment(row.id(), row.version(),
                new TaskAssignmentUpdate(status, result, doneOn, reason)));
    }

    /** Most done updates accepted, a few returned (some of those sent again and accepted), some still waiting. */
    private void review(TaskAssignmentView sent, LocalDate on, Random random) {
        double review = random.nextDouble();
        if (review < 0.10) {
            TaskAssignmentView returned = ServiceClock.at(at(on), () -> assignments.returnAssignment(sent.id(),
                    sent.version(), pick(RETURN_REASONS, random)));
            if (review < 0.05) {
                TaskAssignmentView again = update(returned, on.plusDays(3), returned.status(),
                        returned.result() + " Đã bổ sung tài liệu kiểm chứng theo yêu cầu.", returned.doneOn(), null);
                ServiceClock.at(at(on.plusDays(5)), () -> assignments.acceptAssignment(again.id(), again.version(), null));
            }
        } else if (review < 0.80) {
            ServiceClock.at(at(on), () -> assignments.acceptAssignment(sent.id(), sent.version(), null));
        }
    }

    private static String pick(String[] texts, Random random) {
        return texts[random.nextInt(texts.length)];
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant at(LocalDate day) {
        return day.atTime(AFTERNOON).atZone(ServiceClock.VIETNAM).toInstant();
    }
}
