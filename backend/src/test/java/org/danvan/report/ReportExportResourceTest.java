package org.danvan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.danvan.common.Api.api;
import static org.danvan.report.ReportFixtures.ATTAINMENT;
import static org.danvan.report.ReportFixtures.COMPLETENESS;
import static org.danvan.report.ReportFixtures.CONTRIBUTIONS;
import static org.danvan.report.ReportFixtures.FAR_FUTURE;
import static org.danvan.report.ReportFixtures.PERIOD_UNITS;
import static org.danvan.report.ReportFixtures.accepted;
import static org.danvan.report.ReportFixtures.attainment;
import static org.danvan.report.ReportFixtures.completeness;
import static org.danvan.report.ReportFixtures.contributions;
import static org.danvan.report.ReportFixtures.draft;
import static org.danvan.report.ReportFixtures.extend;
import static org.danvan.report.ReportFixtures.fixedObligation;
import static org.danvan.report.ReportFixtures.groupOfKinds;
import static org.danvan.report.ReportFixtures.periodId;
import static org.danvan.report.ReportFixtures.periodUnits;
import static org.danvan.report.ReportFixtures.reportedTarget;
import static org.danvan.report.ReportFixtures.returned;
import static org.danvan.report.ReportFixtures.submissionTarget;
import static org.danvan.report.ReportFixtures.submitted;
import static org.danvan.report.ReportFixtures.unique;
import static org.danvan.report.ReportFixtures.unit;
import static org.danvan.report.ReportFixtures.yearlyObligation;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.format.DateTimeFormatter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.danvan.common.Api;
import org.danvan.common.Messages;
import org.danvan.export.ExportTexts;
import org.danvan.export.Sheets;
import org.danvan.export.XlsxDownload;
import org.danvan.report.ReportDtos.AttainmentReport;
import org.danvan.report.ReportDtos.Contribution;
import org.danvan.report.ReportDtos.PeriodCompleteness;
import org.danvan.report.ReportDtos.PeriodUnit;
import org.danvan.report.ReportDtos.TargetAttainment;
import org.danvan.report.ReportFixtures.Value;
import org.junit.jupiter.api.Test;

/**
 * The report exports opened with POI and compared cell by cell with the JSON answer of the same
 * request: every name, number, percent and day.
 */
@QuarkusTest
class ReportExportResourceTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final ExportTexts VI = new ExportTexts(Messages.VIETNAMESE);
    private static final ExportTexts EN = new ExportTexts(Locale.ENGLISH);

    private record Setting(String province, String group, String plan) {

        static Setting create() {
            String province = ReportFixtures.province();
            return new Setting(province, groupOfKinds(province, "DEPARTMENT", "COMMUNE"),
                    ReportFixtures.plan(province, 2024, 2024));
        }

        String department(String name) {
            return unit(unique(name), "DEPARTMENT", province);
        }

        String commune(String name) {
            return unit(unique(name), "COMMUNE", province);
        }
    }

    private static RequestSpecification xlsx() {
        return api().accept(XlsxDownload.MEDIA_TYPE + ", application/problem+json");
    }

    private static ExtractableResponse<Response> export(RequestSpecification request, String path, Object... ids) {
        return request.when().get(path + "/export", ids).then().statusCode(200).extract();
    }

    /** A plan with one period whose units stand in every state; one unit's name starts with "=". */
    private static String[] periodWithEveryState(Setting s) {
        String obligation = fixedObligation(s.plan(), s.group(), "2024-04-10", 0);
        String period = periodId(obligation);
        String formula = unit("=HYPERLINK(\"http://evil.example\",\"Sở 00\") " + unique(""), "DEPARTMENT",
                s.province());
        s.department("Sở 01 Công Thương");
        String notStarted = s.department("Sở 02 Giáo dục");
        String drafting = s.department("Sở 03 Giao thông");
        String onTime = s.department("Sở 04 Khoa học");
        String late = s.commune("UBND xã 05 Tân Lập");
        String lateReturned = s.commune("UBND xã 06 Tân Phú");
        extend(obligation, period, notStarted, FAR_FUTURE);
        extend(obligation, period, onTime, FAR_FUTURE);
        draft(period, drafting);
        submitted(period, onTime);
        accepted(period, late);
        returned(period, lateReturned);
        submitted(period, formula);
        return new String[] {obligation, period};
    }

    @Test
    void shouldExportThePlansCompletenessAsItsJsonAnswer() {
        Setting s = Setting.create();
        String period = periodWithEveryState(s)[1];
        yearlyObligation(s.plan(), s.group(), "--11-01", 0);

        var report = completeness(s.plan());
        var response = export(xlsx(), COMPLETENESS, s.plan());
        Sheets sheet = Sheets.of(response);
        assertThat(sheet.title()).startsWith("Tiến độ nộp hồ sơ, báo cáo theo kỳ – Kế hoạch: Kế hoạch thực hiện");
        assertThat(sheet.asOfLine()).isEqualTo("Số liệu tính đến ngày " + DAY.format(report.asOf()));
        assertThat(sheet.header(0)).isEqualTo("Hồ sơ, báo cáo");
        assertThat(sheet.header(11)).isEqualTo("Tỷ lệ nộp");
        assertThat(Sheets.fileName(response)).startsWith("Tiến độ nộp ");
        assertThat(sheet.rows()).isEqualTo(report.periods().size()).isEqualTo(2);
        for (int i = 0; i < report.periods().size(); i++) {
            PeriodCompleteness p = report.periods().get(i);
            assertThat(sheet.cellText(i, 0)).isEqualTo(p.obligationTitle());
            assertThat(sheet.cellText(i, 1)).isEqualTo(VI.label(p.obligationKind()));
            assertThat(sheet.number(i, 2)).isEqualTo(p.year());
            assertThat(sheet.date(i, 3)).isEqualTo(p.dueDate());
            assertThat(List.of(sheet.number(i, 4), sheet.number(i, 5), sheet.number(i, 6), sheet.number(i, 7),
                    sheet.number(i, 8), sheet.number(i, 9), sheet.number(i, 10)))
                    .containsExactly(p.expected(), p.submitted(), p.accepted(), p.returned(), p.onTime(), p.late(),
                            p.missing());
            assertThat(sheet.percent(i, 11)).isEqualByComparingTo(p.completenessRate());
            assertThat(sheet.percent(i, 12)).isEqualByComparingTo(p.timelinessRate());
        }
        // the filters of the JSON answer
        Sheets one = Sheets.of(export(xlsx().queryParam("periodId", period), COMPLETENESS, s.plan()));
        assertThat(one.rows()).isEqualTo(1);
        assertThat(one.number(0, 4)).as("seven units owe it").isEqualTo(7);
    }

    @Test
    void shouldWriteTheHeadersTitleAndLabelsInEnglishWhenAsked() {
        Setting s = Setting.create();
        String period = periodWithEveryState(s)[1];
        var report = completeness(s.plan());
        Sheets sheet = Sheets.of(export(xlsx().header("Accept-Language", "en-US,en;q=0.9"), COMPLETENESS, s.plan()));
        assertThat(sheet.title()).startsWith("Submission completeness per period – Plan: ");
        assertThat(sheet.asOfLine()).isEqualTo("Figures as of " + DAY.format(report.asOf()));
        assertThat(sheet.header(0)).isEqualTo("Obligation");
        assertThat(sheet.header(12)).isEqualTo("Timeliness rate");
        assertThat(sheet.cellText(0, 1)).isEqualTo("Unit plan");

        Sheets units = Sheets.of(export(xlsx().header("Accept-Language", "en"), PERIOD_UNITS, s.plan(), period));
        assertThat(units.header(0)).isEqualTo("Unit");
        assertThat(units.header(4)).isEqualTo("State");
        List<PeriodUnit> json = periodUnits(s.plan(), period, null);
        assertThat(units.cellText(0, 4)).isEqualTo(EN.label(json.get(0).state()));
    }

    @Test
    void shouldExportEveryUnitOfAPeriodAsTheJsonListsThemWithFormulasKeptAsText() {
        Setting s = Setting.create();
        String period = periodWithEveryState(s)[1];
        List<PeriodUnit> json = periodUnits(s.plan(), period, null);
        Sheets sheet = Sheets.of(export(xlsx(), PERIOD_UNITS, s.plan(), period));
        assertThat(sheet.title()).contains("Đơn vị phải nộp – ").contains(" năm 2024 – Kế hoạch: ");
        assertThat(sheet.header(2)).isEqualTo("Hạn nộp");
        assertThat(sheet.rows()).isEqualTo(json.size()).isEqualTo(7);
        for (int i = 0; i < json.size(); i++) {
            PeriodUnit u = json.get(i);
            assertThat(sheet.cellText(i, 0)).isEqualTo(u.unitName());
            assertThat(sheet.cellText(i, 1)).isEqualTo(VI.label(u.unitKind()));
            assertThat(sheet.date(i, 2)).isEqualTo(u.dueDate());
            assertThat(sheet.date(i, 3)).isEqualTo(u.lastDayOnTime());
            assertThat(sheet.cellText(i, 4)).isEqualTo(VI.label(u.state()));
            assertThat(sheet.cellText(i, 5)).isEqualTo(VI.label("SubmissionStatus", u.status()));
            assertThat(sheet.cellText(i, 6)).isEqualTo(VI.label("Timeliness", u.timeliness()));
            assertThat(sheet.date(i, 7)).isEqualTo(u.firstSubmittedAt() == null ? null
                    : ReportFixtures.dayOf(u.firstSubmittedAt()));
        }
        // "=" sorts first: the unit whose name is a formula comes back as the same text, quote-prefixed
        assertThat(sheet.cellText(0, 0)).startsWith("=HYPERLINK(");
        assertThat(sheet.quoted(0, 0)).isTrue();
        assertThat(sheet.quoted(1, 0)).isFalse();
        assertThat(sheet.cellText(1, 4)).isEqualTo("Quá hạn");

        List<PeriodUnit> late = periodUnits(s.plan(), period, "LATE");
        Sheets filtered = Sheets.of(export(xlsx().queryParam("status", "LATE"), PERIOD_UNITS, s.plan(), period));
        assertThat(filtered.rows()).isEqualTo(late.size()).isPositive();
        for (int i = 0; i < late.size(); i++) {
            assertThat(filtered.cellText(i, 0)).isEqualTo(late.get(i).unitName());
        }
    }

    @Test
    void shouldExportAttainmentAndEachTargetsContributionsNamingTheUnitsWithoutData() {
        Setting s = Setting.create();
        String d1 = s.department("Sở Nội vụ");
        String d2 = s.department("Sở Tư pháp");
        s.department("Sở Y tế");
        String obligation = yearlyObligation(s.plan(), s.group(), "--11-01", 0);
        String period = periodId(obligation);
        String reported = reportedTarget(s.plan(), s.group(), obligation, "GT", 90);
        String bySubmission = submissionTarget(s.plan(), s.group(), obligation, "GTE", 50);
        accepted(period, d1, new Value(reported, 45, 50));
        accepted(period, d2, new Value(reported, 40, 40));

        AttainmentReport report = attainment(s.plan(), null);
        Sheets sheet = Sheets.of(export(xlsx(), ATTAINMENT, s.plan()));
        assertThat(sheet.title()).startsWith("Kết quả thực hiện chỉ tiêu – Kế hoạch: ");
        assertThat(sheet.header(12)).isEqualTo("Số đơn vị thuộc phạm vi");
        assertThat(sheet.rows()).isEqualTo(report.targets().size()).isEqualTo(2);
        for (int i = 0; i < report.targets().size(); i++) {
            TargetAttainment t = report.targets().get(i);
            assertThat(sheet.cellText(i, 0)).isEqualTo(t.ordinal());
            assertThat(sheet.cellText(i, 1)).isEqualTo(t.statement());
            assertThat(sheet.cellText(i, 2)).isEqualTo(VI.label(t.measure()));
            assertThat(sheet.number(i, 3)).isEqualTo(t.year() == null ? null : (long) t.year());
            assertThat(sheet.date(i, 4)).isEqualTo(t.dueDate());
            assertThat(sheet.number(i, 5)).isEqualTo(t.numerator());
            assertThat(sheet.number(i, 6)).isEqualTo(t.denominator());
            assertThat(sheet.percent(i, 7)).isEqualByComparingTo(t.valuePercent());
            assertThat(sheet.cellText(i, 8)).isEqualTo(VI.label(t.comparator()));
            assertThat(sheet.percent(i, 9)).isEqualByComparingTo(t.thresholdPercent());
            assertThat(sheet.cellText(i, 10)).isEqualTo(VI.label(t.status()));
            assertThat(sheet.cellText(i, 11)).isEqualTo(t.reason());
            var c = t.coverage();
            assertThat(List.of(sheet.number(i, 12), sheet.number(i, 13), sheet.number(i, 14), sheet.number(i, 15)))
                    .containsExactly(c.populationUnits(), c.unitsWithData(), c.unitsWithoutData(),
                            c.unitsNotEligible());
            assertThat(sheet.number(i, 16)).isEqualTo(c.officialsWithoutData());
            assertThat(sheet.number(i, 17)).isEqualTo(c.unitsWithoutHeadcount());
        }
        assertThat(sheet.number(0, 5)).as("the REPORTED target's numerator").isEqualTo(85);

        for (String target : List.of(reported, bySubmission)) {
            List<Contribution> json = contributions(s.plan(), target, null);
            var response = export(xlsx(), CONTRIBUTIONS, s.plan(), target);
            Sheets units = Sheets.of(response);
            assertThat(units.rows()).isEqualTo(json.size()).isEqualTo(3);
            for (int i = 0; i < json.size(); i++) {
                Contribution c = json.get(i);
                assertThat(units.cellText(i, 0)).isEqualTo(c.unitName());
                assertThat(units.cellText(i, 1)).isEqualTo(VI.label(c.unitKind()));
                assertThat(units.number(i, 2)).isEqualTo(c.numerator());
                assertThat(units.number(i, 3)).isEqualTo(c.denominator());
                assertThat(units.cellText(i, 4)).isEqualTo(VI.label(c.dataStatus()));
            }
            assertThat(units.cellText(2, 4)).as("Sở Y tế has not reported").isEqualTo("Chưa có báo cáo được chấp nhận");
        }
        Sheets without = Sheets.of(export(xlsx().queryParam("hasData", false), CONTRIBUTIONS, s.plan(), reported));
        assertThat(without.rows()).isEqualTo(1);
        assertThat(without.cellText(0, 0)).startsWith("Sở Y tế");
    }

    @Test
    void shouldAnswerTheProblemsOfTheJsonResources() {
        Setting s = Setting.create();
        String period = periodWithEveryState(s)[1];
        String unknown = "0195f0c2-7a1e-7c3a-9f51-2b7d1c4e8c99";
        for (String path : List.of(COMPLETENESS, ATTAINMENT)) {
            xlsx().when().get(path + "/export", unknown).then().statusCode(404)
                    .contentType("application/problem+json").body("type", equalTo("/problems/not-found"));
        }
        xlsx().when().get(PERIOD_UNITS + "/export", s.plan(), unknown).then().statusCode(404)
                .body("type", equalTo("/problems/not-found"));
        xlsx().when().get(CONTRIBUTIONS + "/export", s.plan(), unknown).then().statusCode(404)
                .body("type", equalTo("/problems/not-found"));
        xlsx().queryParam("status", "LOST").when().get(PERIOD_UNITS + "/export", s.plan(), period).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations[0].field", equalTo("status"));
        xlsx().queryParam("year", "năm").when().get(ATTAINMENT + "/export", s.plan()).then().statusCode(400)
                .body("violations[0].field", equalTo("year"));
        // a reporter reads neither the JSON nor the file
        String reporter = Api.reporterOf(s.department("Sở Tài chính"));
        Api.as(reporter).accept(XlsxDownload.MEDIA_TYPE).when().get(COMPLETENESS + "/export", s.plan()).then()
                .statusCode(403).body("type", equalTo("/problems/forbidden"));
        // the other province's coordinator does not see the plan
        String other = ReportFixtures.province();
        String coordinator = Api.accountOf(org.danvan.security.Role.COORDINATOR, other);
        Api.as(coordinator).accept(XlsxDownload.MEDIA_TYPE).when().get(PERIOD_UNITS + "/export", s.plan(), period)
                .then().statusCode(404).body("type", equalTo("/problems/not-found"));
    }

    @Test
    void shouldServeTheFileToAClientAskingForAnything() {
        Setting s = Setting.create();
        periodWithEveryState(s);
        var response = api().accept("*/*").when().get(COMPLETENESS + "/export", s.plan()).then().statusCode(200)
                .extract();
        assertThat(Sheets.of(response).rows()).isEqualTo(1);
    }

    @Test
    void shouldExportTheReviewQueueAsTheSubmissionsListAnswersIt() {
        Setting s = Setting.create();
        periodWithEveryState(s);
        String title = completeness(s.plan()).periods().get(0).obligationTitle();
        List<java.util.Map<String, Object>> json = api().queryParam("planId", s.plan()).queryParam("status", "SUBMITTED")
                .queryParam("size", 500).when().get("/api/v1/submissions").then().statusCode(200).extract()
                .path("items");
        var response = export(xlsx().queryParam("planId", s.plan()).queryParam("status", "SUBMITTED"),
                "/api/v1/submissions");
        Sheets sheet = Sheets.of(response);
        assertThat(Sheets.fileName(response)).isEqualTo("Hồ sơ chờ duyệt.xlsx");
        assertThat(sheet.title()).startsWith("Hồ sơ, báo cáo chờ duyệt – Kế hoạch: ");
        assertThat(sheet.rows()).isEqualTo(json.size()).isEqualTo(2);
        for (int i = 0; i < json.size(); i++) {
            var row = json.get(i);
            assertThat(sheet.cellText(i, 0)).isEqualTo(row.get("unitName"));
            assertThat(sheet.cellText(i, 1)).isEqualTo(title);
            assertThat(sheet.number(i, 2)).isEqualTo(2024);
            assertThat(sheet.cellText(i, 3)).isEqualTo("Đã gửi");
            assertThat(sheet.date(i, 4)).isEqualTo(LocalDate.parse((String) row.get("effectiveDueDate")));
            assertThat(sheet.cellText(i, 5)).isEqualTo(VI.label("Timeliness", (String) row.get("timeliness")));
            assertThat(sheet.date(i, 6)).isEqualTo(ReportFixtures.dayOf(java.time.Instant.parse((String) row.get("firstSubmittedAt"))));
            assertThat(sheet.date(i, 7)).isEqualTo(ReportFixtures.dayOf(java.time.Instant.parse((String) row.get("submittedAt"))));
            assertThat(sheet.date(i, 8)).isNull();
        }
        assertThat(List.of(sheet.cellText(0, 0), sheet.cellText(1, 0))).anyMatch(name -> name.startsWith("=HYPERLINK("));
        xlsx().queryParam("status", "WAITING").when().get("/api/v1/submissions/export").then().statusCode(400)
                .body("violations[0].field", equalTo("status"));
    }
}
