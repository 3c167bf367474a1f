package org.danvan.export;

import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.danvan.common.PageRequest;
import org.danvan.common.PageView;

/**
 * A paged list read into a table one page at a time, with the largest page the API serves, so an
 * export holds one page in memory whatever the number of rows.
 */
public final class PagedRows {

    /** Rows read per query while exporting a list. */
    public static final int PAGE = PageRequest.MAX_SIZE;

    private PagedRows() {
    }

    /** Page {@code number} of the list. */
    public static PageRequest page(int number) {
        return new PageRequest(number, PAGE);
    }

    /**
     * Writes every row of the list whose first page is {@code first}, asking for the next page only
     * after the last one is written; the table's temporary file is deleted if reading fails half way.
     */
    public static <T> void writeAll(XlsxTable table, PageView<T> first, IntFunction<PageView<T>> pages,
            Consumer<T> row) {
        try {
            PageView<T> page = first;
            int number = 0;
            while (true) {
                page.items().forEach(row);
                if (page.items().size() < PAGE || (long) (number + 1) * PAGE >= page.totalItems()) {
                    return;
                }
                page = pages.apply(++number);
            }
        } catch (RuntimeException e) {
            table.close();
            throw e;
        }
    }
}
