package org.danvan.export;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of exported files (bundle {@code exports}), in the language the request chose with
 * {@link org.danvan.common.Messages#choose}: headers, titles and the labels of enum values.
 */
public final class ExportTexts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle bundle;

    public ExportTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("exports", locale, NO_FALLBACK);
    }

    public Locale locale() {
        return locale;
    }

    /** The text of {@code key} with its arguments; days read dd/MM/yyyy in both languages. */
    public String get(String key, Object... args) {
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof LocalDate day) {
                shown[i] = DAY.format(day);
            }
        }
        return new MessageFormat(bundle.getString(key), locale).format(shown);
    }

    /** A column of the kind whose header is {@code col.<key>}. */
    public Column column(String key, Column.Kind kind) {
        return new Column(get("col." + key), kind);
    }

    /** The label of an enum value ({@code enum.<Type>.<VALUE>}), the value itself when none is written. */
    public String label(Enum<?> value) {
        return value == null ? null : label(value.getDeclaringClass().getSimpleName(), value.name());
    }

    public String label(String type, String value) {
        if (value == null) {
            return null;
        }
        try {
            return bundle.getString("enum." + type + "." + value);
        } catch (MissingResourceException e) {
            return value;
        }
    }

    /** "Kế hoạch 859/KH-UBND: title" (just the title when the plan has no number yet). */
    public String planLine(String reference, String title) {
        return reference == null ? get("planUntitled", title) : get("plan", reference, title);
    }

    /** "Số liệu tính đến ngày dd/MM/yyyy". */
    public String asOf(LocalDate day) {
        return get("asOf", day);
    }
}
