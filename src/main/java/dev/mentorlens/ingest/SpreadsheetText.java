package dev.mentorlens.ingest;

/**
 * Defence against formula injection in CSV exports: a text that starts with a character a
 * spreadsheet reads as the start of a formula gets a leading apostrophe (OWASP ASVS 5.0, 1.2.10).
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    public static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky ? "'" + text : text;
    }
}
