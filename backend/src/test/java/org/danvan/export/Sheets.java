package org.danvan.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** An exported file read back with POI, for tests that compare it with the JSON answer of the same request. */
public record Sheets(XSSFSheet sheet) {

    /** The first data row (after the title, the as-of line and the header). */
    public static final int FIRST = 3;

    /** The sheet of an export answer, after checking the headers every export carries. */
    public static Sheets of(ExtractableResponse<Response> response) {
        assertThat(response.contentType()).isEqualTo(XlsxDownload.MEDIA_TYPE);
        assertThat(response.header("Content-Disposition")).startsWith("attachment; filename=\"")
                .contains("\"; filename*=UTF-8''").endsWith(".xlsx");
        try {
            XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.asByteArray()));
            assertThat(book.getNumberOfSheets()).isEqualTo(1);
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getPaneInformation().isFreezePane()).as("frozen header").isTrue();
            assertThat(sheet.getCTWorksheet().getAutoFilter()).as("auto-filter").isNotNull();
            sheet.forEach(row -> row.forEach(cell -> assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA)));
            return new Sheets(sheet);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The UTF-8 file name of the answer ({@code filename*}). */
    public static String fileName(ExtractableResponse<Response> response) {
        String header = response.header("Content-Disposition");
        return URLDecoder.decode(header.substring(header.indexOf("UTF-8''") + 7), StandardCharsets.UTF_8);
    }

    public String title() {
        return text(0, 0);
    }

    public String asOfLine() {
        return text(1, 0);
    }

    public String header(int column) {
        return text(2, column);
    }

    /** The number of data rows. */
    public int rows() {
        return sheet.getLastRowNum() - FIRST + 1;
    }

    /** The text of data row {@code row} (from 0), null when empty. */
    public String cellText(int row, int column) {
        return text(FIRST + row, column);
    }

    private String text(int absoluteRow, int column) {
        XSSFCell cell = cell(absoluteRow, column);
        if (cell == null) {
            return null;
        }
        assertThat(cell.getCellType()).as("cell %s", cell.getAddress()).isEqualTo(CellType.STRING);
        return cell.getStringCellValue();
    }

    /** A whole number of data row {@code row}, null when empty. */
    public Long number(int row, int column) {
        XSSFCell cell = cell(FIRST + row, column);
        if (cell == null) {
            return null;
        }
        assertThat(cell.getCellType()).as("cell %s", cell.getAddress()).isEqualTo(CellType.NUMERIC);
        return (long) cell.getNumericCellValue();
    }

    /** A percent cell as the API prints it (0 to 100 with one decimal), null when empty. */
    public java.math.BigDecimal percent(int row, int column) {
        XSSFCell cell = cell(FIRST + row, column);
        if (cell == null) {
            return null;
        }
        assertThat(cell.getCellType()).as("cell %s", cell.getAddress()).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
        return java.math.BigDecimal.valueOf(cell.getNumericCellValue()).movePointRight(2)
                .setScale(1, java.math.RoundingMode.HALF_UP);
    }

    /** A day of data row {@code row}: an Excel date shown dd/MM/yyyy, null when empty. */
    public LocalDate date(int row, int column) {
        XSSFCell cell = cell(FIRST + row, column);
        if (cell == null) {
            return null;
        }
        assertThat(cell.getCellType()).as("cell %s", cell.getAddress()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
        return cell.getLocalDateTimeCellValue().toLocalDate();
    }

    /** Whether the text cell carries Excel's quote prefix (never read as a formula). */
    public boolean quoted(int row, int column) {
        return cell(FIRST + row, column).getCellStyle().getQuotePrefixed();
    }

    private XSSFCell cell(int absoluteRow, int column) {
        XSSFRow row = sheet.getRow(absoluteRow);
        return row == null ? null : row.getCell(column);
    }
}
