package org.danvan.planimport;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.danvan.planimport.ImportText.Segment;

/**
 * The body's numbering as Nghị định 30/2020 lays it out: I., II. sections; 1., 2. items; a), b)
 * sub-items; "-" or "+" bullets. Built from the numbering, never from Markdown heading levels, and
 * blind to page numbers standing alone between paragraphs.
 */
final class Outline {

    static final Pattern ROMAN = Pattern.compile("^(?:(?:PHẦN|Phần|MỤC|Mục)\\s+)?([IVX]{1,5})\\s*[.\\-–:)]\\s*(\\S.*)$");
    static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2})\\s*[.)](?![\\d/])\\s*(.*)$");
    static final Pattern LETTERED = Pattern.compile("^([a-zđ])\\s*\\)\\s*(.*)$");
    static final Pattern BULLET = Pattern.compile("^[-–—+•*]\\s*(\\S.*)$");
    static final Pattern PAGE_NUMBER = Pattern.compile("^(?:[-–]\\s*)?\\d{1,3}(?:\\s*[-–])?$|^(?:Trang|Page)\\s+\\d+.*$");
    // Vietnamese lettering skips f, j, w, z; some documents use đ after d, most do not
    private static final String LETTERS = "abcdeghiklmnopqrstuvxy";
    private static final String LETTERS_WITH_D = "abcdđeghiklmnopqrstuvxy";

    /** A numbered or lettered item: its heading segment (ordinal removed) and the segments under it. */
    record Item(String ordinal, String heading, Segment first, List<Segment> body, List<Item> letters) {

        Span span() {
            Segment last = body.isEmpty() ? first : body.get(body.size() - 1);
            if (!letters.isEmpty()) {
                Span lastLetter = letters.get(letters.size() - 1).span();
                return new Span(first.start(), Math.max(last.end(), lastLetter.end()), first.line());
            }
            return new Span(first.start(), last.end(), first.line());
        }

        /** Heading and every line under it (letters included), one line each. */
        String fullText() {
            StringBuilder text = new StringBuilder(heading);
            body.forEach(s -> text.append('\n').append(s.text()));
            letters.forEach(l -> text.append('\n').append(l.ordinal()).append(") ").append(l.fullText()));
            return text.toString().strip();
        }
    }

    /** A roman-numbered section: its heading, text before its first item, and its items. */
    record Section(String roman, String heading, Segment first, List<Segment> intro, List<Item> items,
            List<Item> looseLetters) {
    }

    /** Misnumbered items met while reading: the item's segment and the ordinal that was expected. */
    record OutOfSequence(Segment at, String expected) {
    }

    final List<Section> sections = new ArrayList<>();
    final List<OutOfSequence> outOfSequence = new ArrayList<>();

    static boolean ignorable(Segment s) {
        return PAGE_NUMBER.matcher(s.text()).matches();
    }

    static Outline read(List<Segment> segments, int from, int to) {
        Outline outline = new Outline();
        Section section = null;
        Item item = null;
        Item letter = null;
        for (int i = from; i < to; i++) {
            Segment s = segments.get(i);
            if (ignorable(s)) {
                continue;
            }
            Matcher m;
            if ((m = ROMAN.matcher(s.text())).matches()) {
                section = new Section(m.group(1), m.group(2).strip(), s, new ArrayList<>(), new ArrayList<>(),
                        new ArrayList<>());
                outline.sections.add(section);
                item = null;
                letter = null;
                continue;
            }
            if (section == null) {
                continue;
            }
            if ((m = NUMBERED.matcher(s.text())).matches()) {
                String expected = String.valueOf(section.items().size() + 1);
                if (!m.group(1).equals(expected)) {
                    outline.outOfSequence.add(new OutOfSequence(s, expected));
                }
                item = new Item(m.group(1), m.group(2).strip(), s, new ArrayList<>(), new ArrayList<>());
                section.items().add(item);
                letter = null;
                continue;
            }
            if ((m = LETTERED.matcher(s.text())).matches()) {
                List<Item> siblings = item != null ? item.letters() : section.looseLetters();
                String got = m.group(1);
                String expected = letterAt(LETTERS, siblings.size());
                if (!got.equals(expected) && !got.equals(letterAt(LETTERS_WITH_D, siblings.size()))) {
                    outline.outOfSequence.add(new OutOfSequence(s, expected));
                }
                letter = new Item(got, m.group(2).strip(), s, new ArrayList<>(), new ArrayList<>());
                siblings.add(letter);
                continue;
            }
            if (letter != null) {
                letter.body().add(s);
            } else if (item != null) {
                item.body().add(s);
            } else {
                section.intro().add(s);
            }
        }
        return outline;
    }

    private static String letterAt(String letters, int index) {
        return index < letters.length() ? String.valueOf(letters.charAt(index)) : "?";
    }

    static String bulletText(String line) {
        Matcher m = BULLET.matcher(line);
        return m.matches() ? m.group(1).strip() : null;
    }
}
