package org.danvan.demo;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.danvan.common.PageRequest;
import org.danvan.common.ServiceClock;
import org.danvan.orgunit.OrgUnitDtos.HeadcountDto;
import org.danvan.orgunit.OrgUnitDtos.OrgUnitView;
import org.danvan.orgunit.UnitGroupService;
import org.danvan.plan.MeasureKind;
import org.danvan.plan.ObligationKind;
import org.danvan.plan.ObligationService;
import org.danvan.plan.PlanDtos.ExtensionWrite;
import org.danvan.plan.PlanDtos.ObligationView;
import org.danvan.plan.PlanDtos.PeriodView;
import org.danvan.plan.PlanDtos.TargetView;
import org.danvan.plan.PlanDtos.VerdictWrite;
import org.danvan.plan.TargetService;
import org.danvan.submission.SubmissionDtos.SectionsDto;
import org.danvan.submission.SubmissionDtos.SubmissionCreate;
import org.danvan.submission.SubmissionDtos.ValueDto;
import org.danvan.submission.SubmissionService;

/**
 * The demo's reporting history: for every period already due, most units submitted (some late,
 * some after an extension), coordinators accepted most, returned a few with a reason, and some
 * units never sent anything. Written through the services, each act at the time it happened, so
 * every figure comes out of the same rules as live data. Seeded: the same history every time.
 */
@ApplicationScoped
class DemoSubmissions {

    private static final LocalTime MORNING = LocalTime.of(9, 30);
    private static final String[] RETURN_REASONS = {
        "Đề nghị bổ sung số liệu cán bộ, công chức được quán triệt và tài liệu kiểm chứng.",
        "Báo cáo chưa đúng đề cương hướng dẫn; đề nghị bổ sung phần tồn tại, hạn chế và nguyên nhân.",
        "Thiếu chữ ký, đóng dấu của thủ trưởng cơ quan; đề nghị gửi lại bản đầy đủ.",
    };

    private final SubmissionService submissions;
    private final ObligationService obligations;
    private final TargetService targets;
    private final UnitGroupService groups;
    private final ServiceClock clock;

    DemoSubmissions(SubmissionService submissions, ObligationService obligations, TargetService targets,
            UnitGroupService groups, ServiceClock clock) {
        this.submissions = submissions;
        this.obligations = obligations;
        this.targets = targets;
        this.groups = groups;
        this.clock = clock;
    }

    /** Writes the history of every period of the plan that fell due before today. */
    void writeHistory(String planId, Random random) {
        LocalDate today = LocalDate.now(clock);
        List<TargetView> all = targets.listTargets(planId, PageRequest.of("0", "500")).items();
        List<TargetView> reported = all.stream().filter(t -> t.measure().kind() == MeasureKind.REPORTED).toList();
        all.stream().filter(t -> t.measure().kind() == MeasureKind.MANUAL).findFirst().ifPresent(t ->
                targets.recordVerdict(planId, t.id(), new VerdictWrite(true, "Theo báo cáo của các cơ quan, đơn vị"
                        + " và kết quả kiểm tra của Sở Nội vụ, nội dung này đã được triển khai đầy đủ.")));
        for (ObligationView obligation : obligations.listObligations(planId, PageRequest.of("0", "500")).items()) {
            if (obligation.kind() == ObligationKind.SELF_ASSESSMENT) {
                continue; // a self-assessment is sent as its score sheet: DemoAssessments writes these
            }
            for (PeriodView period : obligations.listPeriods(obligation.id(), PageRequest.of("0", "500")).items()) {
                if (period.dueDate().isBefore(today)) {
                    writePeriod(obligation, period, reported, random, today);
                }
            }
        }
    }

    private void writePeriod(ObligationView obligation, PeriodView period, List<TargetView> reported, Random random,
            LocalDate today) {
        List<OrgUnitView> members = groups.listMembers(obligation.groupId(), Optional.of(period.dueDate()),
                PageRequest.of("0", "500")).items();
        boolean extensionGiven = false;
        for (OrgUnitView unit : members) {
            double fate = random.nextDouble();
            if (fate < 0.12) {
                continue; // never sent anything
            }
            LocalDate due = period.dueDate();
            if (!extensionGiven && fate > 0.95 && members.size() > 3) {
                due = due.plusDays(15);
                obligations.createExtension(obligation.id(), new ExtensionWrite(period.id(), unit.id(), due,
                        "Đơn vị đang kiện toàn tổ chức bộ máy sau sắp xếp, đề nghị gia hạn."));
                extensionGiven = true;
            }
            boolean late = random.nextDouble() < 0.2;
            LocalDate sent = late ? due.plusDays(2 + random.nextInt(14)) : due.minusDays(random.nextInt(10));
            Instant created = at(sent.minusDays(3));
            String id = ServiceClock.at(created, () -> submissions.createSubmission(
                    content(obligation, period, unit, reported, random), Optional.empty()).submission().id());
            if (fate < 0.17 || !at(sent).isBefore(at(today))) {
                continue; // a draft never sent
            }
            ServiceClock.at(at(sent), () -> submissions.submitSubmission(id, null));
            double review = random.nextDouble();
            LocalDate reviewed = sent.plusDays(2);
            if (review < 0.12) {
                ServiceClock.at(at(reviewed), () -> submissions.returnSubmission(id,
                        RETURN_REASONS[random.nextInt(RETURN_REASONS.length)]));
                if (review < 0.06) {
                    ServiceClock.at(at(reviewed.plusDays(3)), () -> submissions.submitSubmission(id,
                            "Đã bổ sung theo yêu cầu."));
                    ServiceClock.at(at(reviewed.plusDays(5)), () -> submissions.acceptSubmission(id, null));
                }
            } else if (review < 0.85) {
                ServiceClock.at(at(reviewed), () -> submissions.acceptSubmission(id, null));
            }
        }
    }

    private static SubmissionCreate content(ObligationView obligation, PeriodView period, OrgUnitView unit,
            List<TargetView> reported, Random random) {
        int officials = unit.headcounts().stream().filter(h -> h.year() == period.year()).map(HeadcountDto::officials)
                .findFirst().orElse(30);
        List<ValueDto> values = new ArrayList<>();
        for (TargetView target : reported) {
            if (obligation.id().equals(target.measure().obligationId())) {
                long trained = Math.max(0, officials - (random.nextDouble() < 0.7 ? 0 : random.nextInt(4)));
                values.add(new ValueDto(target.id(), trained, (long) officials));
            }
        }
        String number = (10 + random.nextInt(390)) + "/BC-" + unit.code().replace('.', '-');
        return new SubmissionCreate(period.id(), unit.id(), new SectionsDto(
                "Đã quán triệt, triển khai " + obligation.title().toLowerCase() + " đến toàn thể cán bộ, công chức, "
                        + "viên chức; duy trì tiếp công dân, đối thoại và giải quyết kịp thời kiến nghị của Nhân dân.",
                "Một số nội dung triển khai còn chậm; việc nhân rộng mô hình \"Dân vận khéo\" chưa đồng đều.",
                "Biên chế mỏng, cán bộ kiêm nhiệm nhiều việc.",
                "Tiếp tục gắn công tác dân vận chính quyền với cải cách hành chính, chuyển đổi số.",
                null), values, number, period.dueDate().minusDays(5));
    }

    private static Instant at(LocalDate day) {
        return day.atTime(MORNING).atZone(ServiceClock.VIETNAM).toInstant();
    }
}
