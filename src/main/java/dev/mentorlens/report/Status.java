package dev.mentorlens.report;

/** The verdict on one area of a programme, worst first among those that judge something. */
enum Status {
    ACT("act"),
    WATCH("watch"),
    ON_TRACK("on track"),
    /** The figure behind it is suppressed for anonymity: no status can be shown without hinting at it. */
    NOT_SHOWN("not shown"),
    /** No data yet (a new programme, no follow-up, nobody to compare with). */
    TOO_EARLY("too early");

    private final String text;

    Status(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }

    boolean judges() {
        return this == ACT || this == WATCH || this == ON_TRACK;
    }

    /** The worse of two: a judging status beats one that judges nothing; "not shown" beats "too early". */
    Status worst(Status other) {
        if (judges() != other.judges()) {
            return judges() ? this : other;
        }
        return ordinal() <= other.ordinal() ? this : other;
    }

    /** At least {@code target}: on track; within {@code band} below it: watch; else act. */
    static Status atLeast(double value, double target, double band) {
        return value >= target - 1e-9 ? ON_TRACK : value >= target - band - 1e-9 ? WATCH : ACT;
    }

    /** At most {@code target}: on track; within {@code band} above it: watch; else act. */
    static Status atMost(double value, double target, double band) {
        return value <= target + 1e-9 ? ON_TRACK : value <= target + band + 1e-9 ? WATCH : ACT;
    }
}
