package dev.mentorlens.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VerdictsTests {

    @Test
    void aRatioWhoseRangeIncludesOneIsNoClearDifference() {
        Figure ratio = new Figure(1.76, 400L, 0.93, 3.33, false);

        assertThat(Verdicts.promotion(ratio, 5)).isEqualTo("no clear difference (range 0.93–3.33 includes 1)");
        assertThat(Verdicts.promotionStatus(ratio)).isEqualTo(Status.ON_TRACK);
    }

    @Test
    void aRatioOfAYoungCohortWithoutPromotionsIsTooEarlyNotZero() {
        Figure ratio = new Figure(0.0, 20L, null, null, false);

        assertThat(Verdicts.promotion(ratio, 5)).isEqualTo("too early: no mentee promoted yet");
        assertThat(Verdicts.promotionStatus(ratio)).isEqualTo(Status.TOO_EARLY);
    }

    @Test
    void aRangeWhollyBelowOneCallsForAction() {
        Figure ratio = new Figure(0.32, 400L, 0.12, 0.85, false);

        assertThat(Verdicts.promotion(ratio, 5))
                .isEqualTo("promoted less often: 0.32 times the baseline (range 0.12–0.85)");
        assertThat(Verdicts.promotionStatus(ratio)).isEqualTo(Status.ACT);
        assertThat(Verdicts.promotionStatus(new Figure(0.8, 400L, 0.5, 1.3, false))).isEqualTo(Status.WATCH);
    }

    @Test
    void retentionLeadsWithTheVerdictThenTheFiguresInPoints() {
        String verdict = Verdicts.retention(new Figure(0.912, 50L, null, null, false),
                new Figure(0.88, 300L, null, null, false), new Figure(0.4123, 350L, null, null, false), 5);

        assertThat(verdict).isEqualTo("no clear difference: 91.2% of mentees vs 88.0% of the baseline stayed 12"
                + " months (+3.2 pts); log-rank p = 0.412");
        assertThat(Verdicts.retention(null, new Figure(0.88, 300L, null, null, false), null, 5))
                .isEqualTo("too early: no mentee followed for 12 months yet");
    }

    @Test
    void aSuppressedFigureGivesTheMarkerAndNoStatus() {
        Figure hidden = new Figure(null, null, null, null, true);

        assertThat(Verdicts.promotion(hidden, 5)).isEqualTo("suppressed (n < 5)");
        assertThat(Verdicts.promotionStatus(hidden)).isEqualTo(Status.NOT_SHOWN);
        assertThat(Verdicts.retentionStatus(hidden, new Figure(0.5, 1L, null, null, false), null, 0.1))
                .isEqualTo(Status.NOT_SHOWN);
    }

    @Test
    void aDifferenceOfSharesLeadsWithItsVerdictAndRangeInPoints() {
        assertThat(Verdicts.difference(new Figure(0.06, 120L, 0.01, 0.11, false), 5))
                .isEqualTo("higher: +6.0 pts (range +1.0 to +11.0 pts)");
        assertThat(Verdicts.difference(new Figure(-0.06, 120L, -0.11, -0.01, false), 5))
                .isEqualTo("lower: -6.0 pts (range -11.0 to -1.0 pts)");
        assertThat(Verdicts.difference(new Figure(0.02, 120L, -0.03, 0.07, false), 5))
                .isEqualTo("no clear difference (range -3.0 to +7.0 pts includes 0)");
        assertThat(Verdicts.difference(new Figure(null, 0L, null, null, false), 5)).startsWith("too early: ");
        assertThat(Verdicts.difference(new Figure(1.0, 1L, null, null, false), 5)).startsWith("too early: ");
        assertThat(Verdicts.difference(new Figure(null, null, null, null, true), 5)).isEqualTo("suppressed (n < 5)");
    }

    @Test
    void theImpactSentenceSaysHowLikelyMenteesWereAndWhetherTheRangeExcludesNoDifference() {
        assertThat(Verdicts.impact(new Figure(0.06, 120L, 0.01, 0.11, false), null, "stay a year", 5))
                .isEqualTo("Mentees were 6.0 points more likely to stay a year than colleagues in the same department,"
                        + " job level and tenure; the range +1.0 to +11.0 pts excludes no difference.");
        assertThat(Verdicts.impact(new Figure(null, 0L, null, null, false), null, "stay a year", 5))
                .isEqualTo("To stay a year: too early: no mentee followed a full year yet with colleagues to compare.");
        // one mentee compared gives a difference but no range: no "25 points more likely" without it
        assertThat(Verdicts.impact(new Figure(0.25, 1L, null, null, false), new Figure(0.2, 1L, null, null, false),
                "stay a year", 5))
                .isEqualTo("To stay a year: too early: one mentee followed a full year, too few to give a range.");
    }
}
