package org.danvan.submission;

import static org.danvan.common.Api.api;
import static org.danvan.common.Api.as;
import static org.danvan.common.Api.createId;
import static org.danvan.common.Api.etag;
import static org.danvan.common.Api.reporterOf;
import static org.danvan.common.Api.unit;
import static org.danvan.submission.SubmissionFixtures.ACCEPT;
import static org.danvan.submission.SubmissionFixtures.ATTACHMENTS;
import static org.danvan.submission.SubmissionFixtures.HISTORY;
import static org.danvan.submission.SubmissionFixtures.SUBMISSION;
import static org.danvan.submission.SubmissionFixtures.SUBMISSIONS;
import static org.danvan.submission.SubmissionFixtures.SUBMIT;
import static org.danvan.submission.SubmissionFixtures.draft;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.danvan.plan.PlanFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A reporter reads and writes the submissions of its own unit and the units under it; another
 * unit's submission does not exist for it (404), and it cannot act for another unit (403).
 */
@QuarkusTest
class SubmissionScopeTest {

    String own;
    String child;
    String other;
    String period;
    String reporter;
    String province;

    @BeforeEach
    void setUp() {
        province = PlanFixtures.province();
        own = PlanFixtures.department(province);
        child = createId("/api/v1/org-units", unit(PlanFixtures.unique("Phòng trực thuộc"), "DEPARTMENT", own));
        other = PlanFixtures.department(province);
        String group = PlanFixtures.departmentsOf(province);
        String plan = PlanFixtures.plan(province, 2099, 2099);
        period = PlanFixtures.onlyPeriod(PlanFixtures.obligation(plan, group, SubmissionFixtures.FUTURE));
        reporter = reporterOf(own);
    }

    @Test
    void shouldLetAReporterWorkOnItsOwnUnitAndTheUnitsUnderIt() {
        String mine = as(reporter).body(draft(period, own)).when().post(SUBMISSIONS).then().statusCode(201)
                .extract().path("id");
        String childs = as(reporter).body(draft(period, child)).when().post(SUBMISSIONS).then().statusCode(201)
                .extract().path("id");
        String theirs = createId(SUBMISSIONS, draft(period, other));

        as(reporter).queryParam("periodId", period).when().get(SUBMISSIONS).then().statusCode(200)
                .body("items.id", containsInAnyOrder(mine, childs)).body("totalItems", equalTo(2));
        api().queryParam("periodId", period).when().get(SUBMISSIONS).then().statusCode(200)
                .body("totalItems", equalTo(3));

        as(reporter).body(SubmissionFixtures.content("46/BC-SNV", java.util.List.of()))
                .header("If-Match", etagAs(mine)).when().put(SUBMISSION, mine).then().statusCode(200);
        as(reporter).when().post(SUBMIT, mine).then().statusCode(200).body("status", equalTo("SUBMITTED"));
        as(reporter).when().get(HISTORY, mine).then().statusCode(200).body("items.actor",
                containsInAnyOrder(reporter, reporter));

        // the other unit's submission is as unknown as a missing one, whatever the request
        as(reporter).when().get(SUBMISSION, theirs).then().statusCode(404).body("type", equalTo("/problems/not-found"));
        as(reporter).when().get(HISTORY, theirs).then().statusCode(404);
        as(reporter).when().get(ATTACHMENTS, theirs).then().statusCode(404);
        as(reporter).when().post(SUBMIT, theirs).then().statusCode(404);
        as(reporter).header("If-Match", "\"0\"").body(SubmissionFixtures.content("1/BC", java.util.List.of()))
                .when().put(SUBMISSION, theirs).then().statusCode(404);
        as(reporter).header("If-Match", "\"0\"").when().delete(SUBMISSION, theirs).then().statusCode(404);
        api().when().get(SUBMISSION, theirs).then().statusCode(200).body("status", equalTo("DRAFT"));
    }

    @Test
    void shouldRefuseAReporterActingForAnotherUnitOrReviewing() {
        as(reporter).body(draft(period, other)).when().post(SUBMISSIONS).then().statusCode(403)
                .body("type", equalTo("/problems/forbidden"));
        String mine = as(reporter).body(draft(period, own)).when().post(SUBMISSIONS).then().statusCode(201)
                .extract().path("id");
        as(reporter).when().post(SUBMIT, mine).then().statusCode(200);
        as(reporter).body(Map.of()).when().post(ACCEPT, mine).then().statusCode(403);
        api().body(Map.of()).when().post(ACCEPT, mine).then().statusCode(200).body("status", equalTo("ACCEPTED"));
    }

    @Test
    void shouldRefuseAnotherUnitBeforeSayingWhetherItOwesThePeriod() {
        // the province does not owe the departments' report; a reporter is not told so, only refused
        as(reporter).body(draft(period, province)).when().post(SUBMISSIONS).then().statusCode(403)
                .body("type", equalTo("/problems/forbidden"));
        api().body(draft(period, province)).when().post(SUBMISSIONS).then().statusCode(400)
                .body("violations[0].field", equalTo("unitId"));
    }

    @Test
    void shouldKeepIdempotencyKeysToTheAccountThatSentThem() {
        String key = "bao-cao-2099-" + own;
        String mine = as(reporter).header("Idempotency-Key", key).body(draft(period, own)).when().post(SUBMISSIONS)
                .then().statusCode(201).extract().path("id");
        String otherReporter = reporterOf(other);
        // the same key and body from another unit's reporter replays nothing: the unit is not its own
        as(otherReporter).header("Idempotency-Key", key).body(draft(period, own)).when().post(SUBMISSIONS)
                .then().statusCode(403);
        // the same key with its own unit is simply a new request of that account
        String theirs = as(otherReporter).header("Idempotency-Key", key).body(draft(period, other)).when()
                .post(SUBMISSIONS).then().statusCode(201).extract().path("id");
        org.assertj.core.api.Assertions.assertThat(theirs).isNotEqualTo(mine);
        as(reporter).header("Idempotency-Key", key).body(draft(period, own)).when().post(SUBMISSIONS)
                .then().statusCode(201).body("id", equalTo(mine));
    }

    @Test
    void shouldShowAReporterOnlyTheCalendarOfItsUnitsAndNoProvinceReports() {
        as(reporter).when().get("/api/v1/org-units/{id}/calendar", own).then().statusCode(200);
        as(reporter).when().get("/api/v1/org-units/{id}/calendar", child).then().statusCode(200);
        as(reporter).when().get("/api/v1/org-units/{id}/calendar", other).then().statusCode(403);
        as(reporter).when().get("/api/v1/plans").then().statusCode(200);
    }

    private String etagAs(String submissionId) {
        return as(reporter).when().get(SUBMISSION, submissionId).then().statusCode(200).extract().header("ETag");
    }
}
