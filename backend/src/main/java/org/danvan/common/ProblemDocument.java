package org.danvan.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The body of every error response (RFC 9457). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ProblemDocument(String type, String title, int status, String detail, String instance,
        List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "/problems/";
}
