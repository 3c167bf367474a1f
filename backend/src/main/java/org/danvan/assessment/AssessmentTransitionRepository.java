package org.danvan.assessment;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class AssessmentTransitionRepository implements PanacheRepositoryBase<AssessmentTransition, UUID> {

    /** Oldest first; ids are time-ordered, so they break ties of the same instant in order. */
    public PanacheQuery<AssessmentTransition> listByAssessment(UUID assessmentId) {
        return find("assessmentId", Sort.ascending("at").and("id"), assessmentId);
    }
}
