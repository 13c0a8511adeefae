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

    /**
     * A difference of two shares with its 95% range, the verdict first: "no clear difference (range −35.1 to
     * +57.3 pts includes 0)", "higher: +6.0 pts (range +1.0 to +11.0 pts)", "too early: …".
     */
    static String difference(Figure diff, int k) {
        if (diff == null) {
            return NO_DATA;
        }
        if (diff.suppressed()) {
            return Out.suppressedText(k);
        }
        if (diff.value() == null) {
            return "too early: no mentee followed a full year yet with colleagues to compare";
        }
        if (diff.ciLow() == null || diff.ciHigh() == null) {
            return "too early: one mentee followed a full year, too few to give a range";
        }
        String range = range(diff);
        if (diff.ciLow() > 0) {
            return "higher: " + points(diff.value()) + " (range " + range + ")";
        }
        if (diff.ciHigh() < 0) {
            return "lower: " + points(diff.value()) + " (range " + range + ")";
        }
        return "no clear difference (range " + range + " includes 0)";
    }

    /**
     * The matched estimate of one outcome in a plain sentence, then the naive comparison beside it and what
     * the gap between the two says. {@code outcome} completes "more likely to …": "stay a year".
     */
    static String impact(Figure matched, Figure naive, String outcome, int k) {
        // without a range a difference would read as a finding: the verdict alone is said
        if (matched == null || matched.suppressed() || matched.value() == null || matched.ciLow() == null
                || matched.ciHigh() == null) {
            String verdict = difference(matched, k);
            return "To " + outcome + ": " + verdict + ".";
        }
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "Mentees were %s to %s than colleagues"
                + " in the same department, job level and tenure", likelihood(matched.value()), outcome));
        text.append("; the range ").append(range(matched))
                .append(matched.ciLow() > 0 || matched.ciHigh() < 0 ? " excludes" : " includes")
                .append(" no difference");
        if (naive != null && !naive.suppressed() && naive.value() != null) {
            text.append(String.format(Locale.ROOT, ". Against every colleague never enrolled the gap is %s",
                    points(naive.value())));
            if (naive.ciLow() != null && naive.ciHigh() != null) {
                text.append(" (range ").append(range(naive)).append(")");
            }
            double explained = naive.value() - matched.value();
            if (Math.abs(explained) >= 0.0005) {
                text.append(String.format(Locale.ROOT, ": %.1f points of it come from who joins (their department,"
                        + " level and tenure), not from mentoring", Math.abs(explained) * 100));
            }
        }
        return text.append(".").toString();
    }

    /** "6.0 points more likely", "3.5 points less likely", "as likely". */
    private static String likelihood(double diff) {
        if (Math.abs(diff) < 0.0005) {
            return "as likely";
        }
        return String.format(Locale.ROOT, "%.1f points %s likely", Math.abs(diff) * 100, diff > 0 ? "more" : "less");
    }

    /** A range of differences in points: "−35.1 to +57.3 pts". */
    private static String range(Figure diff) {
        return points(diff.ciLow()).replace(" pts", "") + " to " + points(diff.ciHigh());
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
