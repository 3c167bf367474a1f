package org.danvan.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.danvan.export.Column.Kind.DATE;
import static org.danvan.export.Column.Kind.INTEGER;
import static org.danvan.export.Column.Kind.PERCENT;
import static org.danvan.export.Column.Kind.TEXT;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.danvan.common.Messages;
import org.junit.jupiter.api.Test;

/** The writer alone: what Excel will find in the file, read back with POI's full (non-streaming) reader. */
class XlsxTableTest {

    private static final List<Column> COLUMNS = List.of(new Column("Đơn vị", TEXT), new Column("Phải nộp", INTEGER),
            new Column("Tỷ lệ nộp", PERCENT), new Column("Hạn nộp", DATE), new Column("Gửi lần đầu", DATE));

    @Test
    void shouldKeepTextThatLooksLikeAFormulaAsTextExcelNeverEvaluates() throws IOException {
        List<String> risky = List.of("=HYPERLINK(\"http://evil.example\",\"Bấm vào đây\")", "+84 912 345 678",
                "-1+2", "@SUM(A1:A2)", "\tSở Nội vụ", "\rUBND xã Tân Lập");
        XlsxTable table = new XlsxTable("Đơn vị", "Tiêu đề", "Số liệu tính đến ngày 08/12/2026", COLUMNS);
        for (String name : risky) {
            table.row(name, 1, null, null, null);
        }
        table.row("Sở Tư pháp – 100% đơn vị", 2, null, null, null);
        try (XSSFWorkbook book = written(table)) {
            XSSFSheet sheet = book.getSheetAt(0);
            for (int i = 0; i < risky.size(); i++) {
                XSSFCell cell = sheet.getRow(3 + i).getCell(0);
                assertThat(cell.getCellType()).as(risky.get(i)).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).isEqualTo(risky.get(i));
                assertThat(cell.getCellStyle().getQuotePrefixed()).as("quote prefix of " + risky.get(i)).isTrue();
            }
            XSSFCell plain = sheet.getRow(3 + risky.size()).getCell(0);
            assertThat(plain.getCellStyle().getQuotePrefixed()).isFalse();
            // no cell of the file is a formula
            sheet.forEach(row -> row.forEach(cell -> assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA)));
        }
    }

    @Test
    void shouldGuardTheTitleAndHeadersToo() throws IOException {
        XlsxTable table = new XlsxTable("x", "=1+1", "Số liệu", List.of(new Column("-Đơn vị", TEXT)));
        try (XSSFWorkbook book = written(table)) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("=1+1");
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getRow(2).getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getRow(2).getCell(0).getCellStyle().getFont().getBold()).isTrue();
        }
    }

    @Test
    void shouldWriteDaysAsExcelDatesShownDayMonthYear() throws IOException {
        XlsxTable table = new XlsxTable("Đơn vị", "Tiêu đề", "Số liệu", COLUMNS);
        // 17:30 UTC on 31 October is 1 November in Vietnam
        table.row("Sở Nội vụ", 3, null, LocalDate.of(2024, 11, 1), Instant.parse("2024-10-31T17:30:00Z"));
        try (XSSFWorkbook book = written(table)) {
            XSSFRow row = book.getSheetAt(0).getRow(3);
            for (int column : new int[] {3, 4}) {
                XSSFCell cell = row.getCell(column);
                assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
                assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
                assertThat(cell.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 11, 1));
            }
        }
    }

    @Test
    void shouldWriteNumbersAndPercentsAsNumbers() throws IOException {
        XlsxTable table = new XlsxTable("Đơn vị", "Tiêu đề", "Số liệu", COLUMNS);
        table.row("Sở Nội vụ", 40L, new BigDecimal("77.5"), null, null);
        try (XSSFWorkbook book = written(table)) {
            XSSFRow row = book.getSheetAt(0).getRow(3);
            assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(40.0);
            assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(0.775);
            assertThat(row.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(row.getCell(3)).as("an empty value leaves no cell").isNull();
        }
    }

    @Test
    void shouldFreezeTheHeaderRowAndFilterFromItAndFitTheColumns() throws IOException {
        XlsxTable table = new XlsxTable("Đơn vị", "Tiến độ nộp", "Số liệu tính đến ngày 08/12/2026", COLUMNS);
        String longName = "Ủy ban nhân dân xã Hưng Điền, huyện Vĩnh Hưng";
        table.row(longName, 1, null, null, null);
        table.row("Sở Y tế", 2, null, LocalDate.of(2024, 11, 1), null);
        try (XSSFWorkbook book = written(table)) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(longName.length()).isLessThan(58);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 3);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A3:E5");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Tiến độ nộp");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Số liệu tính đến ngày 08/12/2026");
            assertThat(sheet.getColumnWidth(0)).as("the longest name").isEqualTo((longName.length() + 2) * 256);
            assertThat(sheet.getColumnWidth(1)).as("the header, wider than its numbers").isEqualTo(("Phải nộp".length() + 2) * 256);
            assertThat(sheet.getColumnWidth(3)).as("a date column").isEqualTo(12 * 256);
            assertThat(sheet.getSheetName()).isEqualTo("Đơn vị");
        }
    }

    @Test
    void shouldCapTheWidthOfLongText() throws IOException {
        XlsxTable table = new XlsxTable("Nhiệm vụ", "Tiêu đề", "Số liệu", List.of(new Column("Nội dung", TEXT)));
        table.row("Tổ chức hội nghị đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với Nhân dân");
        try (XSSFWorkbook book = written(table)) {
            assertThat(book.getSheetAt(0).getColumnWidth(0)).isEqualTo(60 * 256);
        }
    }

    @Test
    void shouldNameHeadersAndLabelsInVietnameseOrEnglish() {
        ExportTexts vi = new ExportTexts(Messages.choose(null));
        ExportTexts en = new ExportTexts(Messages.choose("en-US,en;q=0.9"));
        assertThat(vi.get("col.completenessRate")).isEqualTo("Tỷ lệ nộp");
        assertThat(en.get("col.completenessRate")).isEqualTo("Completeness rate");
        assertThat(vi.asOf(LocalDate.of(2024, 11, 20))).isEqualTo("Số liệu tính đến ngày 20/11/2024");
        assertThat(en.asOf(LocalDate.of(2024, 11, 20))).isEqualTo("Figures as of 20/11/2024");
        assertThat(vi.label(org.danvan.report.ReportDtos.UnitState.OVERDUE)).isEqualTo("Quá hạn");
        assertThat(en.label(org.danvan.report.ReportDtos.UnitState.OVERDUE)).isEqualTo("Overdue");
        assertThat(vi.get("title.periodUnits", "Báo cáo năm", 2024, "Kế hoạch"))
                .isEqualTo("Đơn vị phải nộp – Báo cáo năm năm 2024 – Kế hoạch");
    }

    @Test
    void everyKeyOfOneLanguageIsInTheOther() throws IOException {
        var vi = new java.util.Properties();
        var en = new java.util.Properties();
        try (var a = getClass().getResourceAsStream("/exports_vi.properties");
                var b = getClass().getResourceAsStream("/exports_en.properties")) {
            vi.load(new java.io.InputStreamReader(a, java.nio.charset.StandardCharsets.UTF_8));
            en.load(new java.io.InputStreamReader(b, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(vi.keySet()).isEqualTo(en.keySet());
    }

    @Test
    void shouldStreamRowsToATemporaryFileAndDeleteItWhenClosed() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        long before = countSheetFiles(tmp);
        XlsxTable table = new XlsxTable("Đơn vị", "Tiêu đề", "Số liệu", COLUMNS);
        for (int i = 0; i < 5_000; i++) {
            table.row("Đơn vị số " + i, i, new BigDecimal("50.0"), LocalDate.of(2024, 1, 1), null);
        }
        assertThat(countSheetFiles(tmp)).as("the flushed rows wait in a temporary file").isEqualTo(before + 1);
        assertThat(table.rows()).isEqualTo(5_000);
        table.writeTo(OutputStream.nullOutputStream());
        table.close();
        assertThat(countSheetFiles(tmp)).as("deleted when closed").isEqualTo(before);
    }

    private static long countSheetFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("poi-sxssf-sheet")).count();
        }
    }

    private static XSSFWorkbook written(XlsxTable table) throws IOException {
        var out = new ByteArrayOutputStream();
        try (table) {
            table.writeTo(out);
        }
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    static {
        Locale.setDefault(Locale.ROOT);
    }
}
