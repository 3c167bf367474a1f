package org.danvan.common;

import java.util.Locale;

/** The rules the submission and assessment workflows share. */
public final class Workflow {

    private Workflow() {
    }

    /** A return or a reopening says why: a blank reason is a 400 on the field {@code reason}. */
    public static void requireReason(String reason) {
        if (Texts.trimmed(reason) == null) {
            throw Problems.invalid("reason", "reason-required");
        }
    }

    /**
     * The 409 of a move the current state does not allow, whose type names the thing and its state:
     * {@code /problems/submission-accepted}, {@code /problems/assessment-final}.
     */
    public static ProblemException stateProblem(String subject, Enum<?> state) {
        return Problems.conflict(subject + "-" + state.name().toLowerCase(Locale.ROOT));
    }
}
