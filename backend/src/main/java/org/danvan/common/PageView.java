package org.danvan.common;

import java.util.List;
import java.util.function.Function;

/** The page envelope of every list: {@code {items, page, size, totalItems}}. */
public record PageView<T>(List<T> items, int page, int size, long totalItems) {

    public <R> PageView<R> map(Function<? super T, ? extends R> mapper) {
        return new PageView<>(items.stream().<R>map(mapper).toList(), page, size, totalItems);
    }
}
