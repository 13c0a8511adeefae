package dev.mentorlens.report;

import java.time.LocalDate;

/**
 * One value to put in a cell and how to show it. A {@code null} value leaves the cell empty
 * (undefined: no data behind it); a suppressed value becomes the text "suppressed (n &lt; k)".
 */
record Out(Object value, Fmt fmt) {

    static Out label(String text) {
        return new Out(text, Fmt.LABEL);
    }

    static Out input(String text) {
        return new Out(text, Fmt.INPUT);
    }

    static Out number(Double value, Fmt fmt) {
        return new Out(value, fmt);
    }

    static Out count(long value) {
        return new Out((double) value, Fmt.COUNT);
    }

    static Out date(LocalDate date) {
        return new Out(date, Fmt.DATE);
    }

    static Out suppressed(int k) {
        return new Out(suppressedText(k), Fmt.LABEL);
    }

    static String suppressedText(int k) {
        return "suppressed (n < " + k + ")";
    }

    /** The value of a stored metric, or the suppressed marker; never the number of a suppressed value. */
    static Out of(Figure figure, Fmt fmt, int k) {
        if (figure == null) {
            return new Out(null, fmt);
        }
        return figure.suppressed() ? suppressed(k) : new Out(figure.value(), fmt);
    }

    /** The change from last month: shares in percentage points, the rest in the measure's own format. */
    static Out change(Double now, Double before, Fmt fmt) {
        Double change = Trend.change(now, before);
        if (fmt == Fmt.PERCENT) {
            return new Out(change == null ? null : change * 100, Fmt.POINTS);
        }
        return new Out(change, fmt);
    }

    /** The range of a mean or ratio with the decimals of the value it belongs to. */
    static Out ciLow(Figure figure, Fmt fmt) {
        return figure == null || figure.suppressed() ? new Out(null, fmt) : new Out(figure.ciLow(), fmt);
    }

    static Out ciHigh(Figure figure, Fmt fmt) {
        return figure == null || figure.suppressed() ? new Out(null, fmt) : new Out(figure.ciHigh(), fmt);
    }

    static Out ciLow(Figure figure) {
        return figure == null || figure.suppressed() ? new Out(null, Fmt.CI) : new Out(figure.ciLow(), Fmt.CI);
    }

    static Out ciHigh(Figure figure) {
        return figure == null || figure.suppressed() ? new Out(null, Fmt.CI) : new Out(figure.ciHigh(), Fmt.CI);
    }

    static Out n(Figure figure) {
        return figure == null || figure.suppressed() || figure.n() == null ? new Out(null, Fmt.COUNT)
                : count(figure.n());
    }
}
