package org.danvan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.danvan.report.ReportFixtures.completeness;
import static org.danvan.report.ReportFixtures.fixedObligation;
import static org.danvan.report.ReportFixtures.groupOfKinds;
import static org.danvan.report.ReportFixtures.periodId;
import static org.danvan.report.ReportFixtures.unique;
import static org.danvan.report.ReportFixtures.unit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A migration that adds a kept counter asks for a rebuild; the service does it once and forgets the request. */
@QuarkusTest
class FiguresOnStartTest {

    @Inject
    EntityManager em;

    @Inject
    ReportService reports;

    @Test
    void shouldRebuildCountersAMigrationLeftStaleOnceAndThenForgetTheRequest() {
        String province = ReportFixtures.province();
        String group = groupOfKinds(province, "DEPARTMENT");
        unit(unique("Sở Nội vụ"), "DEPARTMENT", province);
        unit(unique("Sở Tư pháp"), "DEPARTMENT", province);
        String plan = ReportFixtures.plan(province, 2024, 2024);
        String period = periodId(fixedObligation(plan, group, "2024-04-10", 0));
        assertThat(completeness(plan).periods().get(0).expected()).isEqualTo(2);

        // what a migration adding a counter leaves behind: the counter at its column default, and a request
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update period_figure set expected = 0 where period_id = :p")
                    .setParameter("p", UUID.fromString(period)).executeUpdate();
            em.createNativeQuery("insert into figure_rebuild_request (id) values ('test: a new counter')")
                    .executeUpdate();
        });
        assertThat(completeness(plan).periods().get(0).expected()).isZero();

        assertThat(reports.rebuildRequestedFigures()).isPresent();
        assertThat(completeness(plan).periods().get(0).expected()).isEqualTo(2);
        assertThat(reports.rebuildRequestedFigures()).isEmpty();
        long left = QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from figure_rebuild_request").getSingleResult()).longValue());
        assertThat(left).isZero();
    }
}
