package org.danvan.common;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts of problem documents, Vietnamese first, English when the request prefers it. */
public final class Messages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final List<Locale> SUPPORTED = List.of(VIETNAMESE, Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    public static String get(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle("problems", locale, NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return new MessageFormat(pattern, locale).format(displayed(args));
    }

    /** Calendar days read dd/MM/yyyy in both languages, as Vietnamese documents write them. */
    private static Object[] displayed(Object[] args) {
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof LocalDate day) {
                shown[i] = DAY.format(day);
            }
        }
        return shown;
    }

    /** The supported language the {@code Accept-Language} header prefers; Vietnamese by default. */
    public static Locale choose(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return VIETNAMESE;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return match == null ? VIETNAMESE : match;
        } catch (IllegalArgumentException e) {
            return VIETNAMESE;
        }
    }
}
