package org.danvan.report;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** Rebuilds the kept figures at start when a migration asked for it, so an upgraded database never shows stale counters. */
@ApplicationScoped
class FiguresOnStart {

    private static final Logger LOG = Logger.getLogger(FiguresOnStart.class);

    void onStart(@Observes StartupEvent event, ReportService reports) {
        reports.rebuildRequestedFigures().ifPresent(done -> LOG.infof(
                "Kept figures rebuilt after a migration asked for it: %d periods, %d targets, %d tasks in %d ms",
                done.periods(), done.targets(), done.tasks(), done.durationMs()));
    }
}
