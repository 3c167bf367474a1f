package org.danvan.export;

/** A table ready to be sent, with the name of its file (without the extension). */
public record Exported(XlsxTable table, String fileName) {
}
