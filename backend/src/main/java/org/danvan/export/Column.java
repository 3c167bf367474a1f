package org.danvan.export;

/** A column of an exported table: its header (already in the reader's language) and how its cells are written. */
public record Column(String header, Kind kind) {

    /** How a column's values become cells. */
    public enum Kind {
        /** Text, neutralised when it could be read as a formula. */
        TEXT,
        /** A whole number. */
        INTEGER,
        /** A percent given as 0 to 100 (as the JSON answers carry it), written as a fraction with a % format. */
        PERCENT,
        /** A calendar day, written as an Excel date shown dd/MM/yyyy. */
        DATE
    }
}
