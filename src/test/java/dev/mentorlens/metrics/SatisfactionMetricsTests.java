package dev.mentorlens.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.mentorlens.metrics.LatestResponses.AttributedResponse;
import org.junit.jupiter.api.Test;

class SatisfactionMetricsTests {

    private static final LocalDate D = LocalDate.parse("2026-10-31");

    private final List<Enrolment> enrolments = new ArrayList<>();
    private final List<AttributedResponse> responses = new ArrayList<>();
    private int next;

    /** Adds {@code count} enrolled respondents of a cohort (null: no cohort) in a role. */
    private void respondents(String cohort, String role, int count, int satisfaction) {
        for (int i = 0; i < count; i++) {
            String id = "E" + (next++);
            if (cohort != null) {
                enrolments.add(new Enrolment(cohort, id, role, LocalDate.parse("2026-01-01"), null));
            }
            responses.add(new AttributedResponse(
                    new Response("R" + id, id, role, 0, D, satisfaction, 9, null), cohort));
        }
    }

    private Map<String, List<MetricRow>> rows() {
        Programme programme = Programme.of("p", 30, enrolments, List.of());
        return new SatisfactionMetrics("2026-10", programme, D, 5, responses).rows();
    }

    private static MetricRow row(Map<String, List<MetricRow>> rows, String group, String metric) {
        return rows.get(group).stream().filter(r -> r.metric().equals(metric)).findFirst().orElseThrow();
    }

    @Test
    void aSmallNoCohortRemainderHidesTheSmallestCohort() {
        respondents("a", "mentee", 6, 4);
        respondents("b", "mentee", 8, 3);
        respondents(null, "mentee", 2, 5);

        Map<String, List<MetricRow>> rows = rows();

        assertThat(row(rows, "a", "respondents").suppressed()).isTrue();
        assertThat(row(rows, "b", "respondents").suppressed()).isFalse();
        assertThat(row(rows, "ALL", "respondents").value()).isEqualTo(16.0);
        assertThat(row(rows, "ALL", "satisfaction_mean").suppressed()).isFalse();
    }

    @Test
    void aSuppressedRowHasNoValueNoNAndNoInterval() {
        respondents("a", "mentee", 4, 4);

        MetricRow mean = row(rows(), "a", "satisfaction_mean");

        assertThat(mean).isEqualTo(MetricRow.hidden("2026-10", "p", "a", "satisfaction_mean"));
    }

    @Test
    void aSmallRoleHidesTheOtherRoleInsideTheGroupIncludingAll() {
        respondents("a", "mentee", 9, 4);
        respondents("a", "mentor", 2, 3);

        Map<String, List<MetricRow>> rows = rows();

        for (String group : List.of("ALL", "a")) {
            assertThat(row(rows, group, "satisfaction_mean_mentor").suppressed()).isTrue();
            assertThat(row(rows, group, "satisfaction_mean_mentee").suppressed()).isTrue();
            assertThat(row(rows, group, "satisfaction_mean").suppressed()).isFalse();
        }
    }

    @Test
    void shownMeansCarryTheirNAndTheGroupMeanItsInterval() {
        respondents("a", "mentee", 5, 4);
        respondents("a", "mentor", 5, 2);

        Map<String, List<MetricRow>> rows = rows();

        assertThat(row(rows, "a", "satisfaction_mean_mentor").value()).isEqualTo(2.0);
        assertThat(row(rows, "a", "satisfaction_mean_mentor").n()).isEqualTo(5L);
        MetricRow mean = row(rows, "a", "satisfaction_mean");
        assertThat(mean.value()).isEqualTo(3.0);
        assertThat(mean.n()).isEqualTo(10L);
        assertThat(mean.ciLow()).isLessThan(3.0);
        assertThat(row(rows, "a", "response_rate").value()).isEqualTo(1.0);
        assertThat(row(rows, "a", "response_rate").n()).isEqualTo(10L);
        assertThat(row(rows, "a", "respondents").n()).isNull();
        assertThat(row(rows, "a", "nps").value()).isEqualTo(100.0);
    }

    @Test
    void allIsSuppressedOnlyByItsOwnN() {
        respondents("a", "mentee", 3, 4);
        respondents("b", "mentee", 3, 4);

        Map<String, List<MetricRow>> rows = rows();

        assertThat(row(rows, "ALL", "respondents").suppressed()).isFalse();
        assertThat(row(rows, "a", "respondents").suppressed()).isTrue();
        assertThat(row(rows, "b", "respondents").suppressed()).isTrue();
    }

    @Test
    void responseRateCountsEachActivePersonOnceWhateverTheRoles() {
        respondents("a", "mentee", 5, 4);
        respondents("a", "mentor", 5, 4);
        enrolments.add(new Enrolment("a", "E0", "mentor", LocalDate.parse("2026-02-01"), null));
        enrolments.add(new Enrolment("a", "X1", "mentee", LocalDate.parse("2026-02-01"), null));

        MetricRow rate = row(rows(), "a", "response_rate");

        assertThat(rate.value()).isEqualTo(10.0 / 11);
        assertThat(rate.n()).isEqualTo(10L);
    }

    @Test
    void aRespondentWhoHasExitedCountsAsRespondentButNotInTheRate() {
        respondents("a", "mentee", 6, 4);
        Enrolment first = enrolments.get(0);
        enrolments.set(0, new Enrolment("a", first.employeeId(), "mentee", first.enrolledOn(),
                LocalDate.parse("2026-10-15")));

        Map<String, List<MetricRow>> rows = rows();

        assertThat(row(rows, "a", "respondents").value()).isEqualTo(6.0);
        assertThat(row(rows, "a", "response_rate").value()).isEqualTo(1.0);
        assertThat(row(rows, "a", "response_rate").n()).isEqualTo(6L);
        assertThat(row(rows, "ALL", "response_rate").value()).isEqualTo(1.0);
    }

    @Test
    void aMentorMeanHiddenToProtectTheCohortLineAlsoHidesItsMenteeMean() {
        // golden-v2 reverse-mentoring 2026-10: a has 1 mentor and 5 mentees, b 5 and 5.
        respondents("a", "mentor", 1, 1);
        respondents("a", "mentee", 5, 4);
        respondents("b", "mentor", 5, 4);
        respondents("b", "mentee", 5, 4);

        Map<String, List<MetricRow>> rows = rows();

        for (String cohort : List.of("a", "b")) {
            assertThat(row(rows, cohort, "satisfaction_mean_mentor").suppressed()).isTrue();
            assertThat(row(rows, cohort, "satisfaction_mean_mentee").suppressed()).isTrue();
            assertThat(row(rows, cohort, "satisfaction_mean").suppressed()).isFalse();
        }
        assertThat(row(rows, "ALL", "satisfaction_mean_mentor").value()).isEqualTo(3.5);
        assertThat(row(rows, "a", "nps").suppressed()).isFalse();
    }
}
