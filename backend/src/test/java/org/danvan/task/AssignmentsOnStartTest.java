package org.danvan.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.danvan.common.Api.api;
import static org.danvan.common.Api.createId;
import static org.danvan.plan.PlanFixtures.TASK;
import static org.danvan.plan.PlanFixtures.TASKS;
import static org.danvan.plan.PlanFixtures.department;
import static org.danvan.plan.PlanFixtures.plan;
import static org.danvan.plan.PlanFixtures.province;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A task saved before assignments existed (V11) gets its assignments at the next start, once. */
@QuarkusTest
class AssignmentsOnStartTest {

    @Inject
    TaskAssignmentService assignments;

    @Inject
    EntityManager em;

    @Test
    void shouldExpandTheTasksWithoutAssignmentsWhenAMigrationAskedAndThenForgetTheRequest() {
        String province = province();
        String noiVu = department(province);
        String tuPhap = department(province);
        String plan = plan(province, 2023, 2023);
        String task = createId(TASKS, Map.of("ordinal", "II.1", "content", "Tiếp công dân định kỳ",
                "leadUnitIds", List.of(noiVu), "coordinatingUnitIds", List.of(tuPhap),
                "timeFrame", Map.of("kind", "WHOLE_PERIOD", "text", "Cả năm 2023")), plan);
        // as a database migrated to V11 holds it: the task, no assignments, the request
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("delete from task_assignment where task_id = :t")
                    .setParameter("t", UUID.fromString(task)).executeUpdate();
            em.createNativeQuery("insert into task_assignment_request (id) values ('test: tasks from before V11')")
                    .executeUpdate();
        });
        api().when().get(TASK + "/assignments", plan, task).then().statusCode(200).body("totalItems", equalTo(0));

        assertThat(assignments.expandRequestedAssignments()).isTrue();
        api().when().get(TASK + "/assignments", plan, task).then().statusCode(200)
                .body("items.unitId", contains(noiVu, tuPhap))
                .body("items.role", contains("LEAD", "COORDINATING"))
                .body("items.dueDate", contains("2023-12-31", "2023-12-31"));
        String ids = api().when().get(TASK + "/assignments", plan, task).then().extract().path("items.id").toString();

        assertThat(assignments.expandRequestedAssignments()).as("the request is forgotten").isFalse();
        assertThat(api().when().get(TASK + "/assignments", plan, task).then().extract().path("items.id").toString())
                .isEqualTo(ids);
    }
}
