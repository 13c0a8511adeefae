package dev.mentorlens.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.mentorlens.support.CommandResult;
import dev.mentorlens.support.MentorLensCli;
import dev.mentorlens.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the metrics step stores for the workbooks agrees with the stored metrics, and holds no value
 * that suppression hides: no score counts of a suppressed role, no comments of groups that may not show them.
 */
class ReportDetailsIntegrationTests {

    private static final String CAREER = " where period = '2026-10' and programme_id = 'career-mentoring'";

    @TempDir
    Path temp;

    @Test
    void storesCurvesScoresCommentsAndTiesThatAgreeWithTheStoredMetrics() {
        JdbcTemplate jdbc = monthly("h2", "report_details");

        assertThat(jdbc.queryForList("select arm from report_arm" + CAREER + " order by position", String.class))
                .containsExactly("Mentees", "Baseline");
        assertThat(jdbc.queryForObject("select subjects from report_arm" + CAREER + " and arm = 'Mentees'", Long.class))
                .isEqualTo(metric(jdbc, "n", "retention_12m_mentees"));
        assertThat(jdbc.queryForObject("select count(*) from report_survival_step" + CAREER, Long.class)).isPositive();
        Map<String, Object> mentees = jdbc.queryForMap("select promotion_rate, promotion_ci_low, promotion_ci_high"
                + " from report_arm" + CAREER + " and arm = 'Mentees'");
        double rate = ((Number) metric(jdbc, "metric_value", "promotion_rate_mentees")).doubleValue();
        assertThat(((Number) mentees.get("promotion_rate")).doubleValue()).isCloseTo(rate, within(1e-6));
        assertThat(((Number) mentees.get("promotion_ci_low")).doubleValue()).isLessThan(rate);
        assertThat(((Number) mentees.get("promotion_ci_high")).doubleValue()).isGreaterThan(rate);

        List<Map<String, Object>> roles = jdbc.queryForList("select role, respondents, score_1 + score_2 + score_3"
                + " + score_4 + score_5 as answers from report_role_scores" + CAREER + " order by position");
        assertThat(roles).extracting(r -> r.get("role")).containsExactly("mentor", "mentee");
        assertThat(roles).allMatch(r -> r.get("respondents") != null && r.get("respondents").equals(r.get("answers")));
        assertThat(roles.stream().mapToInt(r -> ((Number) r.get("respondents")).intValue()).sum())
                .isEqualTo(((Number) metric(jdbc, "metric_value", "respondents")).intValue());

        // the 2025 cohorts are below the comment threshold, so no cohort list may be shown: ALL minus a
        // shown cohort list would give their comments away
        assertThat(jdbc.queryForList("select distinct cohort from report_comment" + CAREER, String.class))
                .containsExactly("ALL");
        assertThat(jdbc.queryForObject("select count(*) from report_department_tie" + CAREER, Long.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from report_department_tie where period = '2026-10'"
                + " and programme_id = 'ALL'", Long.class)).isPositive();
        assertThat(jdbc.queryForObject("select sum(ties) from report_department_tie where period = '2026-10'"
                + " and programme_id = 'ALL'", Long.class))
                .isEqualTo(jdbc.queryForObject("select metric_value from metric_value where period = '2026-10'"
                        + " and programme_id = 'ALL' and metric = 'network_ties'", Double.class).longValue());
        assertThat(jdbc.queryForList("select programme_name from report_programme" + CAREER, String.class))
                .containsExactly("Career Mentoring");
    }

    @ParameterizedTest
    @MethodSource("dev.mentorlens.support.TestDatabase#kinds")
    void storesNoScoreCountsNorCommentsOfSuppressedGroups(String kind) {
        JdbcTemplate jdbc = monthly(kind, "report_details_suppressed", "--anonymity-threshold", "1000");

        assertThat(jdbc.queryForObject("select count(*) from report_role_scores", Long.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from report_role_scores where respondents is not null"
                + " or score_1 is not null or score_2 is not null or score_3 is not null or score_4 is not null"
                + " or score_5 is not null", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from report_comment", Long.class)).isZero();
        assertThat(jdbc.queryForList("select distinct anonymity_threshold from report_programme", Integer.class))
                .containsExactly(1000);
    }

    private JdbcTemplate monthly(String kind, String name, String... settings) {
        TestDatabase db = TestDatabase.create(kind, name);
        List<String> args = new ArrayList<>(List.of("monthly", "--period", "2026-10", "--input",
                "sample-data", "--output", temp.toString()));
        args.addAll(List.of(settings));
        CommandResult run = MentorLensCli.run(db, args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return db.jdbc();
    }

    private static Object metric(JdbcTemplate jdbc, String column, String metric) {
        return jdbc.queryForObject("select " + column + " from metric_value" + CAREER + " and cohort = 'ALL'"
                + " and metric = '" + metric + "'", Object.class);
    }
}
