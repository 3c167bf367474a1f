package org.danvan.common;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * The clock of the service: Vietnam's time zone, the system's time, except where history is being
 * written with the time it happened (demo data, imports), or where tests fix "today".
 */
@ApplicationScoped
public class ServiceClock extends Clock {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final ThreadLocal<Instant> AT = new ThreadLocal<>();

    @Override
    public ZoneId getZone() {
        return VIETNAM;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.system(zone);
    }

    @Override
    public Instant instant() {
        Instant at = AT.get();
        return at != null ? at : Instant.now();
    }

    /** Runs {@code work} on this thread as if it were {@code at}. */
    public static <T> T at(Instant at, Supplier<T> work) {
        Instant before = AT.get();
        AT.set(at);
        try {
            return work.get();
        } finally {
            if (before == null) {
                AT.remove();
            } else {
                AT.set(before);
            }
        }
    }
}
