package org.danvan.common;

import io.quarkus.panache.common.Parameters;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese text for searching: no diacritics, đ as d, lower case, single spaces, so
 * {@code so noi vu} finds {@code Sở Nội vụ}. Stored beside the text it folds and matched with LIKE,
 * which behaves the same on H2 and PostgreSQL.
 *
 * <p>A query is a set of words, each of which must appear somewhere in the folded text, in any
 * order: {@code dân vận 2024} finds "Kế hoạch công tác dân vận chính quyền năm 2024". On
 * PostgreSQL a trigram index on the column serves each word's LIKE (see V10).
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

    /**
     * The distinct folded words of a query, split at spaces; punctuation stays inside a word, so
     * {@code 859/KH-UBND} is one word and {@code KH-UBND 859} two. Every word counts: a query is at
     * most 200 characters (the contract's {@code q}), so its conditions are bounded.
     */
    public static List<String> words(String query) {
        String folded = fold(query);
        if (folded.isEmpty()) {
            return List.of();
        }
        return List.copyOf(new LinkedHashSet<>(List.of(folded.split(" "))));
    }

    /**
     * A JPQL condition that every word of {@code query} occurs in the folded {@code column}, binding
     * one parameter per word ({@code q0}, {@code q1}, ...) in {@code params}; {@code 1 = 1} for a
     * query without words.
     */
    public static String allWordsIn(String column, String query, Parameters params) {
        List<String> words = words(query);
        if (words.isEmpty()) {
            return "1 = 1";
        }
        List<String> conditions = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            conditions.add(column + " like :q" + i + " escape '!'");
            params.and("q" + i, containsPattern(words.get(i)));
        }
        return String.join(" and ", conditions);
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
