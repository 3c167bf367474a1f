package org.danvan.common;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import java.util.ArrayList;
import java.util.List;

/**
 * Paging asked by a client. Query parameters arrive as text and are parsed here, so a malformed
 * value is a 400 naming the parameter (JAX-RS would answer 404 for a failed query conversion).
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 500;
    public static final int MAX_PAGE = 1_000_000;

    public static PageRequest of(String page, String size) {
        List<FieldError> errors = new ArrayList<>();
        Integer p = QueryParams.integer("page", page, 0, MAX_PAGE, errors);
        Integer s = QueryParams.integer("size", size, 1, MAX_SIZE, errors);
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        return new PageRequest(p == null ? 0 : p, s == null ? DEFAULT_SIZE : s);
    }

    /** The first row of this page, for queries paged by hand. */
    public int offset() {
        return page * size;
    }

    /** Runs the page of {@code query} and its total count (one query each). */
    public <E> PageView<E> fetch(PanacheQuery<E> query) {
        PanacheQuery<E> paged = query.page(Page.of(page, size));
        return new PageView<>(paged.list(), page, size, paged.count());
    }
}
