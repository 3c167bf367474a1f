package org.danvan.model;

/** Lĩnh vực of a "Dân vận khéo" model, with the words the registration form uses. */
public enum ModelField {
    ECONOMY("Kinh tế"),
    CULTURE_SOCIETY("Văn hóa - xã hội"),
    DEFENCE_SECURITY("Quốc phòng - an ninh"),
    POLITICAL_SYSTEM("Xây dựng hệ thống chính trị");

    private final String label;

    ModelField(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
