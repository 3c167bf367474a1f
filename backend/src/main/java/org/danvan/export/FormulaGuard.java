package org.danvan.export;

/** Which texts a spreadsheet could read as a formula (OWASP "CSV injection"): = + - @ tab or CR first. */
public final class FormulaGuard {

    private FormulaGuard() {
    }

    public static boolean risky(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
