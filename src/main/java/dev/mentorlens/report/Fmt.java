package dev.mentorlens.report;

/** How a cell is shown; the number formats live here so every workbook reads the same. */
enum Fmt {
    /** Text written by MentorLens (labels, explanations). */
    LABEL(null),
    /** Text taken from the inputs: always a quote-prefixed string, never a formula. */
    INPUT(null),
    COUNT("#,##0"),
    DECIMAL("0.00"),
    /** A number of days that may be a half (a median of an even count): "14" or "72.5". */
    DAYS("General"),
    /** Whole numbers that may be negative, such as a net promoter score. */
    WHOLE("0"),
    /** A 1–5 score and its range, with the same decimals. */
    SCORE("0.00"),
    /** A difference of two shares, in percentage points. */
    POINTS("+0.0\" pts\";-0.0\" pts\";0.0\" pts\""),
    CI("0.000"),
    PERCENT("0.0%"),
    PVALUE("0.0000"),
    DATE("yyyy-mm-dd"),
    MONTH("yyyy-mm");

    private final String pattern;

    Fmt(String pattern) {
        this.pattern = pattern;
    }

    String pattern() {
        return pattern;
    }
}
