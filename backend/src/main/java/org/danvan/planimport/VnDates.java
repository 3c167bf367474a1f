package org.danvan.planimport;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Vietnamese ways of writing a day: "ngày 25 tháng 3 năm 2024", "25/3/2024", "25-03-2024", "10 tháng 6". */
final class VnDates {

    /** A day in either form; groups: 1-3 numeric (d, m, y?), 4-6 worded (d, m, y?). */
    static final String DAY = "(?:(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})(?:\\s*[/.\\-]\\s*(\\d{4}))?"
            + "|(\\d{1,2})\\s+tháng\\s+(\\d{1,2})(?:\\s*(?:,\\s*)?năm\\s+(\\d{4}))?)";
    static final Pattern DAY_PATTERN = Pattern.compile(DAY);

    private VnDates() {
    }

    /** Day, month and year (null when not written) read from a match of {@link #DAY} starting at {@code group}. */
    record Parts(int day, int month, Integer year) {

        Optional<LocalDate> date() {
            if (year == null) {
                return Optional.empty();
            }
            return of(year, month, day);
        }

        boolean valid() {
            return day >= 1 && day <= 31 && month >= 1 && month <= 12;
        }
    }

    static Parts parts(Matcher m, int group) {
        if (m.group(group) != null) {
            return new Parts(Integer.parseInt(m.group(group)), Integer.parseInt(m.group(group + 1)),
                    m.group(group + 2) == null ? null : Integer.valueOf(m.group(group + 2)));
        }
        return new Parts(Integer.parseInt(m.group(group + 3)), Integer.parseInt(m.group(group + 4)),
                m.group(group + 5) == null ? null : Integer.valueOf(m.group(group + 5)));
    }

    static Optional<LocalDate> of(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The first full date written in {@code text}, in either form. */
    static Optional<LocalDate> first(String text) {
        Matcher m = DAY_PATTERN.matcher(text);
        while (m.find()) {
            Optional<LocalDate> date = parts(m, 1).date();
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }
}
