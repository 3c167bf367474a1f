package org.danvan.task;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class TaskAssignmentChangeRepository implements PanacheRepositoryBase<TaskAssignmentChange, UUID> {

    /** Oldest first; ids are time-ordered, so they break ties of the same instant in order. */
    public PanacheQuery<TaskAssignmentChange> listByAssignment(UUID assignmentId) {
        return find("assignmentId", Sort.ascending("at").and("id"), assignmentId);
    }
}
