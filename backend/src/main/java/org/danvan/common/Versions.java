package org.danvan.common;

/** ETag and If-Match: a resource's version is its JPA {@code @Version}, sent as a quoted string. */
public final class Versions {

    private Versions() {
    }

    /** The version named by an {@code If-Match} header: 428 when missing, 412 when it names no version. */
    public static long fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw Problems.preconditionRequired();
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw Problems.staleVersion();
        }
    }

    public static void check(long expected, long actual) {
        if (expected != actual) {
            throw Problems.staleVersion();
        }
    }
}
