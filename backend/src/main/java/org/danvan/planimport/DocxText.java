package org.danvan.planimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The text of a Word (.docx) document: one line per paragraph, table cells one after another (the
 * header and signature tables of Nghị định 30/2020 read column by column), and the numbers Word
 * draws itself for automatic lists written out ("1.", "a)"), since the reader goes by numbering.
 */
public final class DocxText {

    /** The file is not a Word document POI can read. */
    public static final class UnreadableException extends Exception {
        UnreadableException(Throwable cause) {
            super(cause);
        }
    }

    private final Map<String, int[]> counters = new HashMap<>();
    private final StringBuilder out = new StringBuilder();

    private DocxText() {
    }

    public static String extract(byte[] docx) throws UnreadableException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            DocxText text = new DocxText();
            text.elements(document.getBodyElements());
            return text.out.toString();
        } catch (IOException | RuntimeException e) {
            // POI answers corrupt packages, zip bombs and non-Word zips with a range of runtime exceptions
            throw new UnreadableException(e);
        }
    }

    private void elements(List<IBodyElement> elements) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph paragraph) {
                paragraph(paragraph);
            } else if (element instanceof XWPFTable table) {
                table(table);
            }
        }
    }

    private void table(XWPFTable table) {
        for (XWPFTableRow row : table.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
                elements(cell.getBodyElements());
            }
        }
    }

    private void paragraph(XWPFParagraph paragraph) {
        String text = paragraph.getText();
        String number = listNumber(paragraph);
        if (number != null && !text.isBlank()) {
            text = number + " " + text;
        }
        out.append(text.replace('\u000B', '\n')).append('\n');
    }

    /** The number Word would draw before an automatic list paragraph, or null (bullets included). */
    private String listNumber(XWPFParagraph paragraph) {
        BigInteger numId = paragraph.getNumID();
        if (numId == null) {
            return null;
        }
        String format = paragraph.getNumFmt();
        String levelText = paragraph.getNumLevelText();
        if (format == null || levelText == null || "bullet".equals(format) || "none".equals(format)) {
            return null;
        }
        int level = paragraph.getNumIlvl() == null ? 0 : paragraph.getNumIlvl().intValue();
        int[] count = counters.computeIfAbsent(numId.toString(), k -> new int[9]);
        if (level < 0 || level > 8) {
            return null;
        }
        count[level]++;
        for (int deeper = level + 1; deeper < count.length; deeper++) {
            count[deeper] = 0;
        }
        String number = levelText;
        for (int l = 0; l <= level; l++) {
            number = number.replace("%" + (l + 1), format(l == level ? format : "decimal", Math.max(count[l], 1)));
        }
        return number.strip();
    }

    private static String format(String format, int n) {
        return switch (format) {
            case "lowerLetter" -> String.valueOf((char) ('a' + (n - 1) % 26));
            case "upperLetter" -> String.valueOf((char) ('A' + (n - 1) % 26));
            case "upperRoman" -> roman(n);
            case "lowerRoman" -> roman(n).toLowerCase(Locale.ROOT);
            default -> String.valueOf(n);
        };
    }

    private static String roman(int n) {
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        StringBuilder r = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            while (n >= values[i]) {
                r.append(symbols[i]);
                n -= values[i];
            }
        }
        return r.toString();
    }
}
