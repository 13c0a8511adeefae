package dev.mentorlens.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import dev.mentorlens.support.CommandResult;
import dev.mentorlens.support.MentorLensCli;
import dev.mentorlens.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbook details of a programme agree with its stored metrics and keep suppression. */
class ReportDetailsIntegrationTests {

    @TempDir
    Path temp;

    @Test
    void givesCurvesScoresAndCommentsThatMatchTheStoredMetrics() {
        TestDatabase db = TestDatabase.create("h2", "report_details");
        CommandResult run = MentorLensCli.run(db, "monthly", "--period", "2026-10", "--input", "sample-data",
                "--output", temp.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        var jdbc = db.jdbc();

        ReportDetails.Programme details = new ReportDetails(jdbc,
                new MetricsSettings(java.time.YearMonth.of(2026, 10), 5, 10, 3))
                .programme("career-mentoring");

        Long mentees = jdbc.queryForObject("select n from metric_value where period = '2026-10' and programme_id ="
                + " 'career-mentoring' and cohort = 'ALL' and metric = 'retention_12m_mentees'", Long.class);
        assertThat(details.survival()).extracting(ReportDetails.SurvivalArm::arm).containsExactly("Mentees",
                "Baseline");
        assertThat((long) details.survival().get(0).subjects()).isEqualTo(mentees);
        Double respondents = jdbc.queryForObject("select metric_value from metric_value where period = '2026-10'"
                + " and programme_id = 'career-mentoring' and cohort = 'ALL' and metric = 'respondents'",
                Double.class);
        assertThat(details.scores()).allMatch(s -> !s.suppressed() && s.counts().size() == 5);
        assertThat(details.scores().stream().mapToInt(ReportDetails.RoleScores::respondents).sum())
                .isEqualTo(respondents.intValue());
        assertThat(details.comments()).extracting(ReportDetails.Comment::cohort).doesNotContain("2025-autumn",
                "2025-spring");
        assertThat(details.departmentTies()).isNotEmpty();
        Double menteeRate = jdbc.queryForObject("select metric_value from metric_value where period = '2026-10'"
                + " and programme_id = 'career-mentoring' and cohort = 'ALL' and metric = 'promotion_rate_mentees'",
                Double.class);
        var menteePromotions = details.promotions().get(0).rate();
        assertThat(menteePromotions.rate().getAsDouble()).isCloseTo(menteeRate, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(menteePromotions.ciLow().getAsDouble()).isLessThan(menteeRate);
        assertThat(menteePromotions.ciHigh().getAsDouble()).isGreaterThan(menteeRate);
    }
}
