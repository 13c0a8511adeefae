package dev.mentorlens.report;

import java.util.Locale;

/**
 * The three tests of a cohort comparison in plain words, the verdict first and the cohorts named, in
 * the style of {@link Verdicts}: "no clear difference (range 0.17–1.28 includes 1): …", "too early:
 * fewer than 10 person-years of follow-up in 2026-spring". Suppressed figures give no number.
 */
final class CohortVerdicts {

    /**
     * Follow-up a cohort's mentees need before their promotion rate is compared: at the 10 to 20 promotions
     * per 100 person-years usual for mentees, fewer than 5 person-years hold about one promotion, and a
     * ratio built on it swings from 0 to several times the other cohort's.
     */
    static final double MIN_PERSON_YEARS = 5;

    static final String TOO_EARLY = "too early";

    private CohortVerdicts() {
    }

    /** Mann–Whitney on the latest answers, with the cohorts' means when they are shown. */
    static String satisfaction(Figure p, Figure meanA, Figure meanB, String a, String b, int k) {
        if (p == null) {
            return "not computed";
        }
        if (p.suppressed()) {
            return "not shown: a cohort has fewer than " + k + " respondents, too few to compare without risking"
                    + " their anonymity";
        }
        if (p.value() == null) {
            return "cannot tell: too few answers, or every answer is the same";
        }
        Double ma = Glance.shown(meanA);
        Double mb = Glance.shown(meanB);
        String means = ma == null || mb == null ? ""
                : String.format(Locale.ROOT, "average %.2f in %s, %.2f in %s", ma, a, mb, b);
        if (p.value() < 0.05) {
            if (ma == null || mb == null || ma.equals(mb)) {
                return "clear difference in satisfaction (" + pValue(p.value()) + ")";
            }
            return (ma > mb ? a : b) + " more satisfied: " + means + " (" + pValue(p.value()) + ")";
        }
        return "no clear difference (" + pValue(p.value()) + ")" + (means.isEmpty() ? "" : ": " + means);
    }

    /** Log-rank over the whole follow-up of the mentees, with their 12-month retention when known. */
    static String retention(Figure p, Figure retentionA, Figure retentionB, String a, String b) {
        if (p == null) {
            return "not computed";
        }
        if (p.suppressed() || p.value() == null) {
            return "cannot tell yet: no mentee of either cohort has left, or a cohort has no mentee";
        }
        Double ra = Glance.shown(retentionA);
        Double rb = Glance.shown(retentionB);
        String stayed = ra == null || rb == null ? ""
                : String.format(Locale.ROOT, "%.1f%% of %s and %.1f%% of %s stayed 12 months", ra * 100, a, rb * 100,
                        b);
        String test = "log-rank " + pValue(p.value());
        if (p.value() < 0.05) {
            if (ra == null || rb == null || ra.equals(rb)) {
                return "clear difference in how long mentees stay (" + test + ")";
            }
            return "mentees of " + (ra > rb ? a : b) + " stay longer: " + stayed + " (" + test + ")";
        }
        return "no clear difference (" + test + ")" + (stayed.isEmpty() ? "" : ": " + stayed);
    }

    /**
     * The promotion rate ratio of A's mentees to B's; "too early" while either cohort has fewer than
     * {@link #MIN_PERSON_YEARS} of follow-up (known only when the cohorts' details were stored).
     */
    static String promotion(Figure ratio, ComparisonData.Cohort cohortA, ComparisonData.Cohort cohortB, String a,
            String b) {
        if (ratio == null) {
            return "not computed";
        }
        for (ComparisonData.Cohort cohort : new ComparisonData.Cohort[] {cohortA, cohortB}) {
            if (cohort != null && cohort.personYears() < MIN_PERSON_YEARS) {
                return String.format(Locale.ROOT, TOO_EARLY + ": fewer than %.0f person-years of follow-up in %s"
                        + " (%.1f)", MIN_PERSON_YEARS, cohort.name(), cohort.personYears());
            }
        }
        if (ratio.suppressed() || ratio.value() == null) {
            return "cannot compare yet: no mentee of " + b + " promoted";
        }
        if (ratio.ciLow() == null || ratio.ciHigh() == null) {
            return ratio.value() == 0 ? TOO_EARLY + ": no mentee of " + a + " promoted yet"
                    : TOO_EARLY + ": too few promotions to give a range";
        }
        String times = String.format(Locale.ROOT, "%.2f times as often as those of %s", ratio.value(), b);
        String range = String.format(Locale.ROOT, "%.2f–%.2f", ratio.ciLow(), ratio.ciHigh());
        if (ratio.ciLow() > 1) {
            return "mentees of " + a + " promoted more often: " + times + " (range " + range + ")";
        }
        if (ratio.ciHigh() < 1) {
            return "mentees of " + a + " promoted less often: " + times + " (range " + range + ")";
        }
        return "no clear difference (range " + range + " includes 1): mentees of " + a + " promoted " + times;
    }

    static String pValue(double p) {
        return p < 0.001 ? "p < 0.001" : String.format(Locale.ROOT, "p = %.3f", p);
    }
}
