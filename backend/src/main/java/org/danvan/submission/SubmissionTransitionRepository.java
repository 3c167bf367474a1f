package org.danvan.submission;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class SubmissionTransitionRepository implements PanacheRepositoryBase<SubmissionTransition, UUID> {

    /** Oldest first; ids are time-ordered, so they break ties of the same instant in order. */
    public PanacheQuery<SubmissionTransition> listBySubmission(UUID submissionId) {
        return find("submissionId", Sort.ascending("at").and("id"), submissionId);
    }
}
