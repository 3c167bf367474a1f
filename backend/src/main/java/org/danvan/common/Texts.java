package org.danvan.common;

/** How free text from a request is kept. */
public final class Texts {

    private Texts() {
    }

    /** The text without surrounding blanks; null when there is none, so an empty field reads as not given. */
    public static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
