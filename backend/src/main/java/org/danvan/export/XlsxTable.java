package org.danvan.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One table as an Excel sheet, written as its rows come: a title row, a "figures as of" row, a
 * frozen header row with an auto-filter, then the rows. Built on POI's streaming workbook, which
 * keeps a window of rows in memory and the rest in a compressed temporary file, with inline strings
 * (no shared-strings table growing with the rows); {@link #close()} deletes the temporary file.
 *
 * <p>Column widths are computed from the longest value written in each column (SXSSF cannot
 * autosize rows it has already flushed), so only one counter per column is kept.
 */
public final class XlsxTable implements AutoCloseable {

    /** Rows kept in memory before they are flushed to the temporary file. */
    private static final int WINDOW = 100;
    private static final int HEADER_ROW = 2;
    private static final int MAX_WIDTH = 60;
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final SXSSFWorkbook workbook;
    private final SXSSFSheet sheet;
    private final List<Column> columns;
    private final int[] widths;
    private final CellStyle text;
    private final CellStyle quoted;
    private final CellStyle integer;
    private final CellStyle percent;
    private final CellStyle date;
    private int next = HEADER_ROW + 1;

    /**
     * A sheet named {@code sheetName} whose first row is {@code title}, second {@code asOfLine}
     * (e.g. "Số liệu tính đến ngày 20/11/2024"), third the headers of {@code columns}.
     */
    public XlsxTable(String sheetName, String title, String asOfLine, List<Column> columns) {
        this.workbook = new SXSSFWorkbook(null, WINDOW, true, false);
        this.sheet = workbook.createSheet(SheetNames.safe(sheetName));
        this.columns = List.copyOf(columns);
        this.widths = new int[columns.size()];
        var format = workbook.createDataFormat();
        this.text = workbook.createCellStyle();
        this.quoted = workbook.createCellStyle();
        quoted.setQuotePrefixed(true);
        this.integer = workbook.createCellStyle();
        integer.setDataFormat(format.getFormat("#,##0"));
        this.percent = workbook.createCellStyle();
        percent.setDataFormat(format.getFormat("0.0%"));
        this.date = workbook.createCellStyle();
        date.setDataFormat(format.getFormat("dd/mm/yyyy"));
        writeHeading(title, asOfLine);
    }

    private void writeHeading(String title, String asOfLine) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        CellStyle titleStyle = workbook.createCellStyle();
        titleStyle.setFont(big);
        CellStyle headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        headerStyle.setWrapText(true);
        // the title and the date are the caller's words, not data, but pass through the same guard
        textCell(sheet.createRow(0), 0, title).setCellStyle(safe(title, titleStyle));
        textCell(sheet.createRow(1), 0, asOfLine);
        Row header = sheet.createRow(HEADER_ROW);
        for (int i = 0; i < columns.size(); i++) {
            String name = columns.get(i).header();
            textCell(header, i, name).setCellStyle(safe(name, headerStyle));
            widths[i] = Math.max(widths[i], Math.min(longestWord(name) + 2, MAX_WIDTH));
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
    }

    /**
     * Appends a row; {@code values} follow the columns: text as {@link String} (an enum's label
     * already chosen), numbers as {@link Number}, days as {@link LocalDate} or {@link Instant}
     * (shown as the day in Asia/Ho_Chi_Minh). {@code null} leaves the cell empty.
     */
    public void row(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(values.length + " values for " + columns.size() + " columns");
        }
        Row row = sheet.createRow(next++);
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                continue;
            }
            switch (columns.get(i).kind()) {
                case TEXT -> {
                    String s = value.toString();
                    textCell(row, i, s);
                    widen(i, s.codePointCount(0, s.length()));
                }
                case INTEGER -> {
                    Cell cell = row.createCell(i);
                    cell.setCellValue(((Number) value).doubleValue());
                    cell.setCellStyle(integer);
                    widen(i, String.format("%,d", ((Number) value).longValue()).length());
                }
                case PERCENT -> {
                    Cell cell = row.createCell(i);
                    cell.setCellValue(new BigDecimal(value.toString()).movePointLeft(2).doubleValue());
                    cell.setCellStyle(percent);
                    widen(i, 7);
                }
                case DATE -> {
                    Cell cell = row.createCell(i);
                    cell.setCellValue(value instanceof Instant at ? at.atZone(ZONE).toLocalDate() : (LocalDate) value);
                    cell.setCellStyle(date);
                    widen(i, 10);
                }
            }
        }
    }

    /**
     * A text cell that Excel never evaluates. The value is always a string cell (never a formula in
     * the file); one starting with = + - @ tab or carriage return also gets the quote-prefix style,
     * Excel's own leading apostrophe, so that editing the cell does not turn it into a formula
     * either. The text itself is kept exactly as the API answers it.
     */
    private Cell textCell(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(safe(value, text));
        return cell;
    }

    private CellStyle safe(String value, CellStyle style) {
        if (!FormulaGuard.risky(value)) {
            return style;
        }
        if (style == text) {
            return quoted;
        }
        CellStyle copy = workbook.createCellStyle();
        copy.cloneStyleFrom(style);
        copy.setQuotePrefixed(true);
        return copy;
    }

    private void widen(int column, int length) {
        widths[column] = Math.max(widths[column], Math.min(length + 2, MAX_WIDTH));
    }

    private static int longestWord(String text) {
        int longest = 0;
        for (String word : text.split("\\s+")) {
            longest = Math.max(longest, word.codePointCount(0, word.length()));
        }
        return Math.max(longest, Math.min(text.codePointCount(0, text.length()), 14));
    }

    /** The number of data rows written so far. */
    public int rows() {
        return next - HEADER_ROW - 1;
    }

    /** Sets the widths and the auto-filter over what was written, then writes the workbook. */
    public void writeTo(OutputStream out) {
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, next - 1), 0,
                columns.size() - 1));
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the temporary file of the flushed rows. */
    @Override
    public void close() {
        try {
            workbook.dispose();
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
