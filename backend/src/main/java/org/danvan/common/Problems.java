package org.danvan.common;

import java.util.List;

/** The problems every feature raises, so their types and status codes are written once. */
public final class Problems {

    private Problems() {
    }

    /** 404; {@code what} names the resource in the bundle ({@code detail.not-found.plan}). */
    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "not-found." + what, List.of(), String.valueOf(id));
    }

    public static ProblemException invalid(List<FieldError> errors) {
        return new ProblemException(400, "validation", errors, errors.size());
    }

    public static ProblemException invalid(String field, String messageKey, Object... args) {
        return invalid(List.of(new FieldError(field, messageKey, args)));
    }

    /** 403: signed in, but the role or the unit does not allow it. */
    public static ProblemException forbidden(String detailKey) {
        return new ProblemException(403, "forbidden", detailKey, java.util.List.of());
    }

    public static ProblemException conflict(String type, Object... args) {
        return new ProblemException(409, type, List.of(), args);
    }

    public static ProblemException staleVersion() {
        return new ProblemException(412, "stale-version", List.of());
    }

    public static ProblemException preconditionRequired() {
        return new ProblemException(428, "precondition-required", List.of());
    }
}
