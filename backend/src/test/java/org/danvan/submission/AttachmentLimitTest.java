package org.danvan.submission;

import static org.danvan.common.Api.api;
import static org.danvan.submission.SubmissionFixtures.ATTACHMENTS;
import static org.danvan.submission.SubmissionFixtures.createDraft;
import static org.danvan.submission.SubmissionFixtures.pdf;
import static org.danvan.submission.SubmissionFixtures.sha256;
import static org.danvan.submission.SubmissionFixtures.upload;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.danvan.submission.SubmissionFixtures.Setting;
import org.junit.jupiter.api.Test;

/**
 * The evidence size limit, set to 1 KiB by {@link SmallUploadsProfile}. A profile restarts Quarkus, so
 * every case of the small limit lives here.
 */
@QuarkusTest
@TestProfile(SmallUploadsProfile.class)
class AttachmentLimitTest {

    @Test
    void shouldReturn413ForAFileOverTheLimitAndStoreNothing() {
        Setting s = Setting.create();
        String id = createDraft(s, s.unit());
        upload(id, "bao-cao.pdf", pdf(SmallUploadsProfile.LIMIT + 1), "application/pdf").statusCode(413)
                .body("type", equalTo("/problems/payload-too-large"));
        upload(id, "bao-cao.pdf", pdf(64 * SmallUploadsProfile.LIMIT), "application/pdf").statusCode(413)
                .body("type", equalTo("/problems/payload-too-large"));
        api().when().get(ATTACHMENTS, id).then().statusCode(200).body("items", empty());
    }

    @Test
    void shouldAcceptAFileOfExactlyTheLimit() {
        Setting s = Setting.create();
        String id = createDraft(s, s.unit());
        byte[] file = pdf(SmallUploadsProfile.LIMIT);
        upload(id, "bao-cao.pdf", file, "application/pdf").statusCode(201)
                .body("sizeBytes", equalTo(SmallUploadsProfile.LIMIT)).body("sha256", equalTo(sha256(file)));
        api().when().get(ATTACHMENTS, id).then().statusCode(200).body("items.fileName", contains("bao-cao.pdf"));
    }

    @Test
    void shouldReturn413ForAnOversizedFileWhateverItsType() {
        Setting s = Setting.create();
        String id = createDraft(s, s.unit());
        upload(id, "ghi-chu.pdf", "x".repeat(2 * SmallUploadsProfile.LIMIT).getBytes(), "application/pdf")
                .statusCode(413).body("type", equalTo("/problems/payload-too-large"));
    }
}
