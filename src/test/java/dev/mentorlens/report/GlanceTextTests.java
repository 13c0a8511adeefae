package dev.mentorlens.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the figures of a message read: in their measure's format, and never the number of a suppressed one. */
class GlanceTextTests {

    @Test
    void writesEachFigureInItsMeasuresFormat() {
        assertThat(GlanceText.figure(shown(12345), Measure.of("enrolled_mentees"), 5)).isEqualTo("12,345");
        assertThat(GlanceText.figure(shown(0.625), Measure.of("pair_activity_rate"), 5)).isEqualTo("62.5%");
        assertThat(GlanceText.figure(shown(4.256), Measure.of("satisfaction_mean"), 5)).isEqualTo("4.26");
        assertThat(GlanceText.figure(shown(-12), Measure.of("nps"), 5)).isEqualTo("-12");
    }

    @Test
    void aSuppressedFigureIsWordsOnlyAndAMissingOneSaysSo() {
        Figure hidden = new Figure(4.0, 3L, 3.5, 4.5, true);

        assertThat(GlanceText.figure(hidden, Measure.of("satisfaction_mean"), 5)).isEqualTo("suppressed (n < 5)");
        assertThat(GlanceText.figure(null, Measure.of("satisfaction_mean"), 5)).isEqualTo("no data");
        assertThat(GlanceText.figure(new Figure(null, null, null, null, false), Measure.of("sessions_held"), 5))
                .isEqualTo("no data");
    }

    private static Figure shown(double value) {
        return new Figure(value, null, null, null, false);
    }
}
