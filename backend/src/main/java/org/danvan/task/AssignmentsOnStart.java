package org.danvan.task;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** Gives the tasks saved before assignments existed theirs at start, once, when a migration asked for it. */
@ApplicationScoped
class AssignmentsOnStart {

    private static final Logger LOG = Logger.getLogger(AssignmentsOnStart.class);

    void onStart(@Observes StartupEvent event, TaskAssignmentService assignments) {
        if (assignments.expandRequestedAssignments()) {
            LOG.info("Task assignments expanded from the saved tasks, as a migration asked");
        }
    }
}
