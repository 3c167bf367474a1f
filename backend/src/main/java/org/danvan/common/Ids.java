package org.danvan.common;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import java.util.Optional;
import java.util.UUID;

/** Ids are time-ordered UUIDs (version 7) inside, opaque strings outside. */
public final class Ids {

    /** Matches nothing: what a filter on an id that cannot exist compares with. */
    public static final UUID NONE = new UUID(0, 0);

    private static final TimeBasedEpochGenerator GENERATOR = Generators.timeBasedEpochGenerator();

    private Ids() {
    }

    public static UUID next() {
        return GENERATOR.generate();
    }

    public static Optional<UUID> parse(String id) {
        if (id == null || id.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static String format(UUID id) {
        return id == null ? null : id.toString();
    }
}
