package org.danvan.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese text for searching: no diacritics, đ as d, lower case, single spaces, so
 * {@code so noi vu} finds {@code Sở Nội vụ}. Stored beside the text it folds and matched with LIKE,
 * which behaves the same on H2 and PostgreSQL.
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchText() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String unmarked = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(unmarked.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** A LIKE pattern matching folded text that contains the folded query (escape character '!'). */
    public static String containsPattern(String query) {
        return "%" + escapeLike(fold(query)) + "%";
    }

    /** A LIKE pattern matching text that starts with {@code prefix} (escape character '!'). */
    public static String startsWithPattern(String prefix) {
        return escapeLike(prefix) + "%";
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
