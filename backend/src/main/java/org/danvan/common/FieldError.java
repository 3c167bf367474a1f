package org.danvan.common;

import java.util.Locale;

/**
 * An invalid field found by a service rule. The message is a key of the {@code problems} bundle,
 * rendered in the request's language only when the problem is written.
 */
public record FieldError(String field, String messageKey, Object... args) {

    public Violation render(Locale locale) {
        return new Violation(field, Messages.get(locale, "violation." + messageKey, args));
    }
}
