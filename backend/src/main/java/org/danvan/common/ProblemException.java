package org.danvan.common;

import java.util.List;

/**
 * A failure the client can act on, rendered as an RFC 9457 problem document by {@link ProblemMapper}.
 * {@code type} is the stable slug after {@code /problems/}; title ({@code title.<type>}) and detail
 * ({@code detail.<detailKey>}) come from the {@code problems} bundle in the request's language, the
 * detail filled with {@code args}.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String detailKey;
    private final transient Object[] args;
    private final transient List<FieldError> errors;

    public ProblemException(int status, String type, List<FieldError> errors, Object... args) {
        this(status, type, type, errors, args);
    }

    /** A problem whose detail text is not the type's own, such as {@code not-found.plan}. */
    public ProblemException(int status, String type, String detailKey, List<FieldError> errors, Object... args) {
        super(type, null, false, false);
        this.status = status;
        this.type = type;
        this.detailKey = detailKey;
        this.args = args;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String detailKey() {
        return detailKey;
    }

    public Object[] args() {
        return args;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
