package dev.mentorlens.report;

import java.util.Locale;

/** The arrow and change between last month and this month; blank when either is unknown. */
final class Trend {

    static final String UP = "▲";
    static final String DOWN = "▼";
    static final String SAME = "▶";

    private Trend() {
    }

    static String arrow(Double now, Double before) {
        if (now == null || before == null) {
            return "";
        }
        double change = now - before;
        if (Math.abs(change) < 1e-9) {
            return SAME;
        }
        return change > 0 ? UP : DOWN;
    }

    static Double change(Double now, Double before) {
        return now == null || before == null ? null : now - before;
    }

    /** "▲ +12" / "▼ −3.5%" for the organisation overview. */
    static String described(Double now, Double before, Fmt fmt) {
        String arrow = arrow(now, before);
        if (arrow.isEmpty()) {
            return "";
        }
        double change = now - before;
        String amount = switch (fmt) {
            case PERCENT -> String.format(Locale.ROOT, "%+.1f pts", change * 100);
            case COUNT -> String.format(Locale.ROOT, "%+,.0f", change);
            default -> String.format(Locale.ROOT, "%+.2f", change);
        };
        return arrow + " " + amount;
    }
}
