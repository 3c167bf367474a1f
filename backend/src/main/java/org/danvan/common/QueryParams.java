package org.danvan.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Parses query parameters given as text; a bad value is a 400 that names the parameter. */
public final class QueryParams {

    private QueryParams() {
    }

    static Integer integer(String name, String value, int min, int max, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.trim().matches("[+-]?[0-9]{1,10}")) {
            // ASCII digits only: Integer.parseInt would also take other scripts' digits
            errors.add(new FieldError(name, "integer"));
            return null;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed < min || parsed > max) {
                errors.add(new FieldError(name, "range", min, max));
                return null;
            }
            return parsed;
        } catch (NumberFormatException e) {
            errors.add(new FieldError(name, "integer"));
            return null;
        }
    }

    public static Optional<Integer> integer(String name, String value, int min, int max) {
        List<FieldError> errors = new java.util.ArrayList<>();
        Integer parsed = integer(name, value, min, max, errors);
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        return Optional.ofNullable(parsed);
    }

    public static Optional<LocalDate> date(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            LocalDate day = LocalDate.parse(value.trim());
            if (day.getYear() < 1 || day.getYear() > 9999) {
                throw Problems.invalid(name, "date");
            }
            return Optional.of(day);
        } catch (DateTimeParseException e) {
            throw Problems.invalid(name, "date");
        }
    }

    public static Optional<java.time.Instant> instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            java.time.OffsetDateTime at = java.time.OffsetDateTime.parse(value.trim());
            if (at.getYear() < 1 || at.getYear() > 9999) {
                throw Problems.invalid(name, "date-time");
            }
            return Optional.of(at.toInstant());
        } catch (DateTimeParseException e) {
            throw Problems.invalid(name, "date-time");
        }
    }

    public static <E extends Enum<E>> Optional<E> enumeration(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value.trim()));
        } catch (IllegalArgumentException e) {
            String allowed = String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
            throw Problems.invalid(name, "one-of", allowed);
        }
    }

    /** {@code true} or {@code false}; empty when absent. */
    public static Optional<Boolean> bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return switch (value.trim()) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> throw Problems.invalid(name, "one-of", "true, false");
        };
    }

    public static Optional<String> text(String name, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        if (value.length() > maxLength) {
            throw Problems.invalid(name, "max-length", maxLength);
        }
        if (value.chars().anyMatch(c -> c < 0x20 && c != '\t')) {
            throw Problems.invalid(name, "control-characters");
        }
        return Optional.of(value.trim());
    }

    /** An id given as a filter; an id that cannot exist matches nothing rather than failing. */
    public static Optional<UUID> id(String value) {
        return value == null || value.isBlank() ? Optional.empty()
                : Optional.of(Ids.parse(value.trim()).orElse(Ids.NONE));
    }
}
