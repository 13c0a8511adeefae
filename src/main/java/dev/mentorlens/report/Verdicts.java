package dev.mentorlens.report;

import java.util.Locale;

/**
 * Statistics in plain words, the verdict first: "no clear difference (range 0.93–3.33 includes 1)",
 * never a bare ratio. Suppressed figures give the suppressed marker and nothing derived from them.
 */
final class Verdicts {

    static final String NO_DATA = "no data";

    private Verdicts() {
    }

    /** The promotion rate ratio of mentees against the baseline. */
    static String promotion(Figure ratio, int k) {
        if (ratio == null) {
            return NO_DATA;
        }
        if (ratio.suppressed()) {
            return Out.suppressedText(k);
        }
        if (ratio.value() == null) {
            return "cannot compare yet: no promotion in the baseline, or no mentee";
        }
        if (ratio.ciLow() == null || ratio.ciHigh() == null) {
            return ratio.value() == 0 ? "too early: no mentee promoted yet"
                    : "too early: too few promotions to give a range";
        }
        String range = String.format(Locale.ROOT, "%.2f–%.2f", ratio.ciLow(), ratio.ciHigh());
        if (ratio.ciLow() > 1) {
            return String.format(Locale.ROOT, "promoted more often: %.2f times the baseline (range %s)",
                    ratio.value(), range);
        }
        if (ratio.ciHigh() < 1) {
            return String.format(Locale.ROOT, "promoted less often: %.2f times the baseline (range %s)",
                    ratio.value(), range);
        }
        return "no clear difference (range " + range + " includes 1)";
    }

    /** How the promotion ratio judges the programme: act on clear harm, watch a lower estimate. */
    static Status promotionStatus(Figure ratio) {
        if (ratio == null || ratio.suppressed()) {
            return ratio == null ? Status.TOO_EARLY : Status.NOT_SHOWN;
        }
        if (ratio.value() == null || ratio.ciLow() == null || ratio.ciHigh() == null) {
            return Status.TOO_EARLY;
        }
        if (ratio.ciHigh() < 1) {
            return Status.ACT;
        }
        return ratio.value() < 1 && ratio.ciLow() <= 1 ? Status.WATCH : Status.ON_TRACK;
    }

    /** 12-month retention of mentees against the baseline, with the log-rank test over the whole follow-up. */
    static String retention(Figure mentees, Figure baseline, Figure logRank, int k) {
        if (isSuppressed(mentees) || isSuppressed(baseline)) {
            return Out.suppressedText(k);
        }
        Double m = value(mentees);
        Double b = value(baseline);
        if (m == null) {
            return "too early: no mentee followed for 12 months yet";
        }
        if (b == null) {
            return String.format(Locale.ROOT, "%.1f%% of mentees stayed 12 months; no baseline to compare", m * 100);
        }
        String figures = String.format(Locale.ROOT, "%.1f%% of mentees vs %.1f%% of the baseline stayed 12 months"
                + " (%s)", m * 100, b * 100, points(m - b));
        Double p = isSuppressed(logRank) ? null : value(logRank);
        if (p == null) {
            return "not tested: " + figures;
        }
        String test = String.format(Locale.ROOT, "; log-rank p = %.3f", p);
        if (p < 0.05) {
            return (m >= b ? "mentees stay longer: " : "mentees leave sooner: ") + figures + test;
        }
        return "no clear difference: " + figures + test;
    }

    /** Act when mentees clearly leave sooner; watch when their retention is lower by more than {@code band}. */
    static Status retentionStatus(Figure mentees, Figure baseline, Figure logRank, double band) {
        if (isSuppressed(mentees) || isSuppressed(baseline)) {
            return Status.NOT_SHOWN;
        }
        Double m = value(mentees);
        Double b = value(baseline);
        if (m == null || b == null) {
            return Status.TOO_EARLY;
        }
        Double p = isSuppressed(logRank) ? null : value(logRank);
        if (m < b && p != null && p < 0.05) {
            return Status.ACT;
        }
        return m < b - band ? Status.WATCH : Status.ON_TRACK;
    }

    /** Whether mentees are clearly promoted more often than the baseline (the whole range above 1). */
    static boolean promotedMoreOften(Figure ratio) {
        return ratio != null && !ratio.suppressed() && ratio.ciLow() != null && ratio.ciLow() > 1;
    }

    /** Whether mentees clearly stay longer than the baseline (higher 12-month retention, log-rank p &lt; 0.05). */
    static boolean retainedBetter(Figure mentees, Figure baseline, Figure logRank) {
        if (isSuppressed(mentees) || isSuppressed(baseline) || isSuppressed(logRank)) {
            return false;
        }
        Double m = value(mentees);
        Double b = value(baseline);
        Double p = value(logRank);
        return m != null && b != null && p != null && m > b && p < 0.05;
    }

    /**
     * The plain sentence that opens the outcomes' reading. Their target is "not worse than the baseline", so
     * "on track" with no clear difference says that it is no proof of a benefit.
     */
    static String outcomesLead(Status status, boolean clearlyBetter) {
        return switch (status) {
            case ACT -> "Mentees fare clearly worse than colleagues never enrolled. ";
            case WATCH -> "Mentees may fare worse than colleagues never enrolled, though not clearly. ";
            case ON_TRACK -> clearlyBetter ? "Mentees fare better than colleagues never enrolled. "
                    : "No sign that mentees fare worse than colleagues never enrolled, which is the target; no clear"
                            + " benefit either. ";
            case TOO_EARLY -> "Too early to compare with colleagues never enrolled. ";
            case NOT_SHOWN -> "";
        };
    }

    /** A difference of two shares in percentage points: "+3.2 pts". */
    static String points(double change) {
        return String.format(Locale.ROOT, "%+.1f pts", change * 100 + 0.0);
    }

    private static boolean isSuppressed(Figure figure) {
        return figure != null && figure.suppressed();
    }

    private static Double value(Figure figure) {
        return figure == null ? null : figure.value();
    }
}
