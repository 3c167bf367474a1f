package org.danvan.common;

import io.quarkus.panache.common.Sort;
import java.util.Map;

/**
 * A client's {@code sort} parameter ({@code name}, {@code -issueDate}) mapped onto entity fields.
 * Only the fields a resource lists are accepted; empty values sort last; the id breaks ties so
 * pages are stable.
 */
public final class SortOrder {

    private SortOrder() {
    }

    public static Sort parse(String value, String defaultValue, Map<String, String> fields) {
        String requested = value == null || value.isBlank() ? defaultValue : value.trim();
        boolean descending = requested.startsWith("-");
        String field = fields.get(descending ? requested.substring(1) : requested);
        if (field == null) {
            String allowed = String.join(", ", fields.keySet().stream().sorted().toList());
            throw Problems.invalid("sort", "one-of", allowed);
        }
        // empty values last whichever the direction, as H2 and PostgreSQL disagree by default
        Sort sort = Sort.by(field, descending ? Sort.Direction.Descending : Sort.Direction.Ascending,
                Sort.NullPrecedence.NULLS_LAST);
        return sort.and("id");
    }
}
