package org.danvan.planimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** Word files made in the test with Apache POI. */
final class DocxFixtures {

    private DocxFixtures() {
    }

    /** One paragraph per line of {@code text}. */
    static byte[] paragraphs(String text) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : text.split("\n", -1)) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A header table of two columns (each cell's lines as paragraphs), then one paragraph per line. */
    static byte[] withHeaderTable(String[][] cells, String body) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable table = doc.createTable(cells.length, 2);
            for (int r = 0; r < cells.length; r++) {
                for (int c = 0; c < 2; c++) {
                    var cell = table.getRow(r).getCell(c);
                    String[] lines = cells[r][c].split("\n");
                    cell.getParagraphs().get(0).createRun().setText(lines[0]);
                    for (int i = 1; i < lines.length; i++) {
                        cell.addParagraph().createRun().setText(lines[i]);
                    }
                }
            }
            for (String line : body.split("\n", -1)) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
