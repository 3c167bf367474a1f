package org.danvan.model;

/** Cấp công nhận: the level whose authority recognised a model. */
public enum RecognitionLevel {
    UNIT("cấp cơ sở"),
    DISTRICT("cấp huyện"),
    PROVINCE("cấp tỉnh"),
    NATIONAL("cấp Trung ương");

    private final String label;

    RecognitionLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
