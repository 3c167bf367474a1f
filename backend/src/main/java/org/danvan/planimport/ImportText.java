package org.danvan.planimport;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A document's text as the importer reads it and as the draft returns it: NFC, one line per
 * paragraph, Markdown marks (headings, bold, italics, table pipes) removed, so that offsets into it
 * are what a reader sees. Lines split into segments at {@code |}, the two columns of a header or
 * signature table written on one line.
 */
public final class ImportText {

    /** A stretch of one line: its trimmed text and where it lies in the whole text. */
    public record Segment(String text, int start, int end, int line) {

        public Span span() {
            return new Span(start, end, line);
        }
    }

    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+");
    private static final Pattern STRONG = Pattern.compile("\\*\\*|__");
    private static final Pattern EMPHASIS_OPEN = Pattern.compile("(?<=^|[\\s(\\[“\"'‘])[*_]+(?=\\S)");
    private static final Pattern EMPHASIS_CLOSE = Pattern.compile("(?<=\\S)[*_]+(?=$|[\\s.,;:!?)\\]”\"'’])");
    private static final Pattern TABLE_RULE = Pattern.compile("^\\s*\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\uFEFF\\u00AD]");
    private static final Pattern ODD_SPACE = Pattern.compile("[\\t\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]");
    private static final Pattern DOUBLE_SPACE = Pattern.compile(" {2,}");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|])");

    private final String text;
    private final List<Segment> segments;
    private final int[] lineStarts;

    private ImportText(String text, List<Segment> segments) {
        this.text = text;
        this.segments = segments;
        this.lineStarts = java.util.stream.IntStream.concat(java.util.stream.IntStream.of(0),
                java.util.stream.IntStream.range(0, text.length()).filter(i -> text.charAt(i) == '\n').map(i -> i + 1))
                .toArray();
    }

    public static ImportText of(String raw) {
        String normal = Normalizer.isNormalized(raw, Normalizer.Form.NFC) ? raw
                : Normalizer.normalize(raw, Normalizer.Form.NFC);
        normal = INVISIBLE.matcher(normal).replaceAll("");
        normal = normal.replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n').replace('\u000B', '\n');
        normal = ODD_SPACE.matcher(normal).replaceAll(" ");
        StringBuilder out = new StringBuilder(normal.length());
        for (String line : normal.split("\n", -1)) {
            out.append(cleanLine(line)).append('\n');
        }
        String cleaned = out.toString().replaceAll("\\n{4,}", "\n\n\n").strip() + "\n";
        return new ImportText(cleaned, segment(cleaned));
    }

    static String cleanLine(String line) {
        // the patterns only run where their characters are: most lines of a plan carry no marks
        if (line.indexOf('-') >= 0 && line.indexOf('|') >= 0 && TABLE_RULE.matcher(line).matches()
                || line.indexOf('-') >= 0 && line.strip().matches("-{3,}")) {
            return "";
        }
        String clean = line;
        if (clean.indexOf('#') >= 0) {
            clean = HEADING.matcher(clean).replaceFirst("");
        }
        if (clean.indexOf('\\') >= 0) {
            clean = ESCAPE.matcher(clean).replaceAll("$1");
        }
        if (clean.indexOf('*') >= 0 || clean.indexOf('_') >= 0) {
            clean = STRONG.matcher(clean).replaceAll("");
            clean = EMPHASIS_OPEN.matcher(clean).replaceAll("");
            clean = EMPHASIS_CLOSE.matcher(clean).replaceAll("");
        }
        clean = clean.strip();
        if (clean.startsWith("|")) {
            clean = clean.substring(1).strip();
        }
        if (clean.endsWith("|")) {
            clean = clean.substring(0, clean.length() - 1).strip();
        }
        return clean.contains("  ") ? DOUBLE_SPACE.matcher(clean).replaceAll(" ") : clean;
    }

    private static List<Segment> segment(String text) {
        List<Segment> segments = new ArrayList<>();
        int lineNo = 1;
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int cellStart = lineStart;
            for (int i = lineStart; i <= lineEnd; i++) {
                if (i == lineEnd || text.charAt(i) == '|') {
                    add(segments, text, cellStart, i, lineNo);
                    cellStart = i + 1;
                }
            }
            lineStart = lineEnd + 1;
            lineNo++;
        }
        return segments;
    }

    private static void add(List<Segment> segments, String text, int from, int to, int line) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (to > from) {
            segments.add(new Segment(text.substring(from, to), from, to, line));
        }
    }

    public String text() {
        return text;
    }

    /** The non-blank segments, in reading order. */
    public List<Segment> segments() {
        return segments;
    }

    /** The 1-based line of an offset. */
    public int lineOf(int offset) {
        int at = java.util.Arrays.binarySearch(lineStarts, offset);
        return at >= 0 ? at + 1 : -at - 1;
    }

    public Span span(int start, int end) {
        return new Span(start, end, lineOf(start));
    }
}
