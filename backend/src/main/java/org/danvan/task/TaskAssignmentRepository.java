package org.danvan.task;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.danvan.common.SearchText;

@ApplicationScoped
public class TaskAssignmentRepository implements PanacheRepositoryBase<TaskAssignment, UUID> {

    /**
     * Whether a unit has recorded anything on an assignment, the one meaning of "has progress": its
     * status moved from NOT_STARTED, it wrote a result, or it holds evidence. Such an assignment is
     * not dropped silently.
     */
    private static final String WITH_PROGRESS = "(a.status <> :notStarted or trim(a.result) <> ''"
            + " or exists (select f.id from TaskEvidenceFile f where f.assignmentId = a.id))";

    /** The filters of a plan's assignments; each is optional. */
    public record Filter(Optional<UUID> taskId, Optional<UUID> unitId, Optional<AssignmentRole> role,
            Optional<AssignmentStatus> status, Optional<ReviewStatus> reviewStatus) {

        /** No filter: all the plan's assignments. */
        public static final Filter NONE = new Filter(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());

        /** No filter but the task's. */
        public static Filter ofTask(UUID taskId) {
            return new Filter(Optional.of(taskId), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty());
        }
    }

    /**
     * The plan's assignments the filter keeps, of the units under {@code scopePath} when one is given,
     * in the plan's task order, the leads of a task before its coordinating units.
     */
    public PanacheQuery<TaskAssignment> search(UUID planId, Filter filter, Optional<String> scopePath) {
        Parameters params = Parameters.with("planId", planId);
        String where = where(new ArrayList<>(List.of("planId = :planId")), params, filter, scopePath);
        // LEAD sorts after COORDINATING by name: descending puts a task's leads first
        return find(where,
                Sort.ascending("task.position").and("role", Sort.Direction.Descending).and("unit.name").and("id"),
                params);
    }

    /**
     * The assignments across plans (of one plan when {@code planId} is given) that the filter keeps,
     * of the units under {@code scopePath} when one is given: by due date, the continuous ones (no
     * date) last, then by plan (issued first), then in the plan's task order.
     */
    public PanacheQuery<TaskAssignment> searchAcrossPlans(Optional<UUID> planId, Filter filter,
            Optional<String> scopePath) {
        List<String> clauses = new ArrayList<>();
        Parameters params = new Parameters();
        planId.ifPresent(id -> {
            clauses.add("planId = :planId");
            params.and("planId", id);
        });
        String where = where(clauses, params, filter, scopePath);
        Sort order = Sort.by("dueDate", Sort.Direction.Ascending, Sort.NullPrecedence.NULLS_LAST)
                .and("task.plan.issueDate", Sort.Direction.Ascending, Sort.NullPrecedence.NULLS_LAST)
                .and("planId").and("task.position").and("role", Sort.Direction.Descending).and("unit.name").and("id");
        return where.isEmpty() ? findAll(order) : find(where, order, params);
    }

    private static String where(List<String> where, Parameters params, Filter filter, Optional<String> scopePath) {
        scopePath.ifPresent(path -> {
            where.add("unit.path like :scope escape '!'");
            params.and("scope", SearchText.startsWithPattern(path));
        });
        filter.taskId().ifPresent(id -> {
            where.add("task.id = :taskId");
            params.and("taskId", id);
        });
        filter.unitId().ifPresent(id -> {
            where.add("unit.id = :unitId");
            params.and("unitId", id);
        });
        filter.role().ifPresent(role -> {
            where.add("role = :role");
            params.and("role", role);
        });
        filter.status().ifPresent(status -> {
            where.add("status = :status");
            params.and("status", status);
        });
        filter.reviewStatus().ifPresent(review -> {
            where.add("reviewStatus = :reviewStatus");
            params.and("reviewStatus", review);
        });
        return String.join(" and ", where);
    }

    public List<TaskAssignment> listByTask(UUID taskId) {
        return list("task.id", taskId);
    }

    /** The first of the task's assignments (by unit name) with progress, loading no other. */
    public Optional<TaskAssignment> findFirstWithProgress(UUID taskId) {
        return firstWithProgress("a.task.id = :scope", taskId);
    }

    /** The first of these assignments (by unit name) with progress. */
    public Optional<TaskAssignment> findFirstWithProgress(Collection<UUID> assignmentIds) {
        return assignmentIds.isEmpty() ? Optional.empty() : firstWithProgress("a.id in :scope", assignmentIds);
    }

    private Optional<TaskAssignment> firstWithProgress(String scope, Object value) {
        return find("from TaskAssignment a where " + scope + " and " + WITH_PROGRESS + " order by a.unit.name, a.id",
                Parameters.with("scope", value).and("notStarted", AssignmentStatus.NOT_STARTED))
                .firstResultOptional();
    }

    public long deleteByTask(UUID taskId) {
        return delete("task.id", taskId);
    }
}
