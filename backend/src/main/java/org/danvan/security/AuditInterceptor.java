package org.danvan.security;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import org.danvan.assessment.Assessment;
import org.danvan.assessment.AssessmentTransition;
import org.danvan.submission.IdempotencyRecord;
import org.danvan.submission.Submission;
import org.danvan.submission.SubmissionTransition;
import org.danvan.task.TaskAssignment;
import org.danvan.task.TaskAssignmentChange;
import org.hibernate.Interceptor;
import org.hibernate.type.Type;

/**
 * Writes the audit trail of every entity created, changed or deleted through Hibernate (see
 * {@link AuditTrail}). A submission, assessment or task assignment whose status (or, for a task assignment,
 * review status) moves is recorded as a TRANSITION.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class AuditInterceptor implements Interceptor {

    /** Bookkeeping that is not a change of anyone's data. */
    private static final Set<Class<?>> UNAUDITED = Set.of(AuditEvent.class, IdempotencyRecord.class,
            SubmissionTransition.class, AssessmentTransition.class, TaskAssignmentChange.class);

    private final AuditTrail trail;

    public AuditInterceptor(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public boolean onPersist(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        if (audited(entity)) {
            trail.write(trail.event(entity, id, "CREATE", trail.created(state, names, types)));
        }
        return false;
    }

    @Override
    public boolean onFlushDirty(Object entity, Object id, Object[] current, Object[] previous, String[] names,
            Type[] types) {
        if (audited(entity)) {
            Map<String, Map<String, Object>> changes = trail.updated(current, previous, names, types);
            // a task update's review (returned, accepted) moves its review status, not its status
            boolean transition = (entity instanceof Submission || entity instanceof Assessment || entity instanceof TaskAssignment)
                    && changes.containsKey("status")
                    || entity instanceof TaskAssignment && changes.containsKey("reviewStatus");
            trail.write(trail.event(entity, id, transition ? "TRANSITION" : "UPDATE", changes));
        }
        return false;
    }

    @Override
    public void onRemove(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        if (audited(entity)) {
            trail.write(trail.event(entity, id, "DELETE", trail.deleted(state, names, types)));
        }
    }

    private static boolean audited(Object entity) {
        return !UNAUDITED.contains(entity.getClass());
    }
}
