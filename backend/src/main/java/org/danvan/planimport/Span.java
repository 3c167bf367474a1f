package org.danvan.planimport;

/** Offsets into the draft's text (UTF-16 code units, end exclusive) and the 1-based line of the start. */
public record Span(int start, int end, int line) {

    public static Span covering(Span first, Span last) {
        return new Span(first.start(), Math.max(first.end(), last.end()), first.line());
    }
}
