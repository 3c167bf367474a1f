package org.danvan.common;

import jakarta.validation.constraints.Size;

/** The body of a workflow action (submit, return, accept, appraise, ...): the reason, where one is given. */
public record TransitionRequest(@Size(max = 2000) String reason) {

    /** The reason of an action whose body may be left out. */
    public static String reasonOf(TransitionRequest body) {
        return body == null ? null : body.reason();
    }
}
