package org.danvan.demo;

import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.danvan.assessment.AssessmentDtos.AppraisalWrite;
import org.danvan.assessment.AssessmentDtos.AppraisedScoreDto;
import org.danvan.assessment.AssessmentDtos.AssessmentCreate;
import org.danvan.assessment.AssessmentDtos.AssessmentView;
import org.danvan.assessment.AssessmentDtos.EvidenceDto;
import org.danvan.assessment.AssessmentDtos.FinalizeRequest;
import org.danvan.assessment.AssessmentDtos.SelfScoreDto;
import org.danvan.assessment.AssessmentDtos.SelfWrite;
import org.danvan.assessment.AssessmentService;
import org.danvan.common.DanvanConfig;
import org.danvan.common.ServiceClock;
import org.danvan.orgunit.OrgUnit;
import org.danvan.plan.ObligationKind;
import org.danvan.rubric.Rubric;
import org.danvan.rubric.RubricDtos.PointsDto;
import org.danvan.rubric.RubricService;
import org.danvan.rubric.Scoring;
import org.danvan.submission.SubmissionService;
import org.jboss.logging.Logger;

/**
 * The demo's assessments of 2024 ({@code demo/assessments.json}) on the sample rubric, each the
 * unit's submission to the SELF_ASSESSMENT period of 2024 it owes (a unit that did not exist on its
 * due date gets no sheet; {@link DemoSubmissions} leaves these periods to the sheets): some FINAL
 * (one not eligible), some APPRAISED, SUBMITTED, a returned one and drafts, written through the
 * service the API uses, each act on its day, after the rubric exists (this observer runs after
 * {@link DemoRubrics}'s). The FINAL ratings give the 859/KH-UBND plan's RATING target a figure.
 */
@ApplicationScoped
public class DemoAssessments {

    static final String MARKER = "assessments-2024";
    static final String FILE = "demo/assessments.json";
    private static final Logger LOG = Logger.getLogger(DemoAssessments.class);
    private static final LocalTime MORNING = LocalTime.of(9, 30);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    /** One line of the file: the state to reach and the shares of each maximum given. */
    record Row(String unitCode, String state, Double self, Double appraised, Integer bonus, String notEligible,
            String returned, Boolean partial, LocalDate sent) {
    }

    record File(String rubricName, int year, String decisionNumber, LocalDate decisionDate, List<Row> assessments) {
    }

    private final DemoResources demo;
    private final EntityManager em;
    private final AssessmentService assessments;
    private final RubricService rubrics;
    private final SubmissionService submissions;
    private final boolean enabled;

    public DemoAssessments(DemoResources demo, EntityManager em, AssessmentService assessments, RubricService rubrics,
            SubmissionService submissions, DanvanConfig config) {
        this.submissions = submissions;
        this.demo = demo;
        this.em = em;
        this.assessments = assessments;
        this.rubrics = rubrics;
        this.enabled = config.demoData().enabled();
    }

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 700) StartupEvent event) {
        if (enabled) {
            loadOnce();
        }
    }

    @Transactional
    @TransactionConfiguration(timeout = DemoResources.LOAD_TIMEOUT_SECONDS)
    public void loadOnce() {
        if (demo.loaded(MARKER)) {
            return;
        }
        File file = demo.read(FILE, new TypeReference<File>() { });
        Rubric rubric = em.createQuery("select r from Rubric r where r.name = :n order by r.versionNumber desc",
                Rubric.class).setParameter("n", file.rubricName()).setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> new IllegalStateException("The demo assessments name an unknown rubric"));
        Scoring.Rubric model = rubrics.scoringModel(rubric);
        int made = 0;
        for (Row row : file.assessments()) {
            OrgUnit unit = demo.unitId(row.unitCode()).map(id -> em.find(OrgUnit.class, id)).orElse(null);
            if (unit == null) {
                // a demo unit someone deleted stays deleted
                LOG.warnf("Demo assessment skipped: no unit %s", row.unitCode());
                continue;
            }
            Optional<UUID> period = selfAssessmentPeriod(unit, file.year());
            if (period.isEmpty()) {
                LOG.warnf("Demo assessment skipped: %s owes no SELF_ASSESSMENT period of %d", row.unitCode(),
                        file.year());
                continue;
            }
            write(file, rubric, Scoring.applicableLeaves(model, unit.kind), unit, period.get(), row);
            made++;
        }
        demo.markLoaded(MARKER);
        LOG.infof("Demo assessments loaded: %d", made);
    }

    /** The SELF_ASSESSMENT period of the year the unit owes (in its group, existing on its due date). */
    private Optional<UUID> selfAssessmentPeriod(OrgUnit unit, int year) {
        return em.createQuery("select p.id from ObligationPeriod p where p.obligation.kind = :k and p.year = :y"
                        + " order by p.dueDate, p.id", UUID.class)
                .setParameter("k", ObligationKind.SELF_ASSESSMENT).setParameter("y", year).getResultStream()
                .filter(p -> submissions.owes(p, unit.id)).findFirst();
    }

    private void write(File file, Rubric rubric, Map<String, BigDecimal> leaves, OrgUnit unit, UUID period, Row row) {
        int year = file.year();
        AssessmentView created = at(LocalDate.of(year, 11, 4), () -> assessments.createAssessment(
                new AssessmentCreate(unit.id.toString(), rubric.id.toString(), year, period.toString())));
        String id = created.id();
        if (row.self() == null) {
            return;
        }
        List<SelfScoreDto> self = new ArrayList<>();
        List<String> codes = new ArrayList<>(leaves.keySet());
        int scored = Boolean.TRUE.equals(row.partial()) ? codes.size() / 2 : codes.size();
        for (String code : codes.subList(0, scored)) {
            self.add(new SelfScoreDto(code, share(leaves.get(code), row.self()), null, code.endsWith(".1")
                    ? List.of(new EvidenceDto("Báo cáo kết quả thực hiện tiêu chí " + code + " năm " + year, null, null))
                    : List.of()));
        }
        List<PointsDto> bonus = row.bonus() == null ? List.of()
                : List.of(new PointsDto("MO_HINH_CAP_TINH", BigDecimal.valueOf(row.bonus())));
        AssessmentView saved = at(LocalDate.of(year, 11, 8), () -> assessments.updateAssessment(id,
                created.version(), new SelfWrite("Đơn vị tự chấm điểm theo " + rubric.name + ".", self, bonus)));
        if ("DRAFT".equals(row.state()) && row.returned() == null) {
            return;
        }
        LocalDate sent = row.sent() == null ? LocalDate.of(year, 11, 13) : row.sent();
        at(sent, () -> assessments.submitAssessment(id, "Gửi hồ sơ tự chấm điểm năm " + year + "."));
        if (row.returned() != null) {
            at(LocalDate.of(year, 11, 20), () -> assessments.returnAssessment(id, row.returned()));
            return;
        }
        if ("SUBMITTED".equals(row.state())) {
            return;
        }
        List<AppraisedScoreDto> appraisal = new ArrayList<>();
        for (SelfScoreDto line : self) {
            BigDecimal points = share(leaves.get(line.code()), row.appraised());
            appraisal.add(new AppraisedScoreDto(line.code(), points, points.compareTo(line.points()) == 0 ? null
                    : "Tài liệu kiểm chứng chưa thể hiện đầy đủ kết quả thực hiện tiêu chí."));
        }
        AssessmentView current = assessments.findAssessment(id).orElseThrow();
        at(LocalDate.of(year, 12, 2), () -> assessments.recordAppraisal(id, current.version(), new AppraisalWrite(
                "Sở Nội vụ phối hợp Ban Dân vận Tỉnh ủy thẩm định.", row.notEligible() == null, row.notEligible(),
                appraisal, bonus)));
        at(LocalDate.of(year, 12, 5), () -> assessments.appraiseAssessment(id, null));
        if ("FINAL".equals(row.state())) {
            at(file.decisionDate(), () -> assessments.finalizeAssessment(id,
                    new FinalizeRequest(file.decisionNumber(), file.decisionDate(), null)));
        }
    }

    /** The share of a maximum, rounded down to half points. */
    private static BigDecimal share(BigDecimal max, double share) {
        return max.multiply(BigDecimal.valueOf(share)).multiply(TWO).setScale(0, RoundingMode.FLOOR).divide(TWO)
                .setScale(1, RoundingMode.UNNECESSARY);
    }

    private static <T> T at(LocalDate day, java.util.function.Supplier<T> work) {
        return ServiceClock.at(day.atTime(MORNING).atZone(ServiceClock.VIETNAM).toInstant(), work);
    }
}
