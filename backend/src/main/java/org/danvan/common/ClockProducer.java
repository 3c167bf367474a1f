package org.danvan.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** Deadlines are calendar days in Vietnam; tests replace this clock to fix "today". */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(VIETNAM);
    }
}
