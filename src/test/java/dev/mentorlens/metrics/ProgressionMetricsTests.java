package dev.mentorlens.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ProgressionMetricsTests {

    private static final LocalDate D = LocalDate.parse("2026-10-31");

    private static Employee employee(String id, String hired, String terminated, String reason, String... promotions) {
        return new Employee(id, "Sales", LocalDate.parse(hired), terminated == null ? null : LocalDate.parse(terminated),
                reason, java.util.Arrays.stream(promotions).map(LocalDate::parse).toList());
    }

    private static MetricRow row(List<MetricRow> rows, String metric) {
        return rows.stream().filter(r -> r.metric().equals(metric)).findFirst().orElseThrow();
    }

    @Test
    void followUpCountsPromotionsAfterTheStartUpToTheEnd() {
        Employee e = employee("E1", "2020-01-01", "2026-06-30", "voluntary", "2025-01-01", "2025-06-01",
                "2026-06-30", "2026-07-01");

        FollowUp followUp = FollowUp.of(e, LocalDate.parse("2025-01-01"), D);

        assertThat(followUp.promotions()).isEqualTo(2);
        assertThat(followUp.days()).isEqualTo(545);
        assertThat(followUp.terminated()).isTrue();
        assertThat(followUp.voluntaryExit()).isTrue();
    }

    @Test
    void baselineLeavesOutEveryoneEnrolledByDAndWhoeverIsNotEmployedAtW0() {
        Workforce workforce = new Workforce(List.of(
                employee("M1", "2020-01-01", null, null),
                employee("B1", "2020-01-01", null, null),
                employee("ENROLLED_ELSEWHERE", "2020-01-01", null, null),
                employee("HIRED_AFTER_W0", "2025-03-01", null, null),
                employee("LEFT_AT_W0", "2020-01-01", "2025-02-01", "other")));
        Programme programme = Programme.of("p", 30,
                List.of(new Enrolment("c", "M1", "mentee", LocalDate.parse("2025-02-01"), null)), List.of());

        List<MetricRow> rows = ProgressionMetrics.of("2026-10", programme, "ALL", D, workforce,
                Set.of("M1", "ENROLLED_ELSEWHERE"));

        assertThat(row(rows, "promotion_rate_baseline").n()).isEqualTo(1L);
        assertThat(row(rows, "promotion_rate_ratio").n()).isEqualTo(2L);
        assertThat(row(rows, "retention_12m_mentees").value()).isEqualTo(1.0);
    }

    @Test
    void aGroupWithoutMenteesHasEveryBaselineMetricEmpty() {
        Workforce workforce = new Workforce(List.of(employee("B1", "2020-01-01", null, null),
                employee("T1", "2020-01-01", null, null)));
        Programme programme = Programme.of("p", 30,
                List.of(new Enrolment("c", "T1", "mentor", LocalDate.parse("2025-02-01"), null)), List.of());

        List<MetricRow> rows = ProgressionMetrics.of("2026-10", programme, "ALL", D, workforce, Set.of("T1"));

        for (String metric : List.of("promotion_rate_baseline", "promotion_rate_ratio", "retention_12m_baseline",
                "retention_logrank_p", "promotion_rate_mentees", "voluntary_attrition_rate")) {
            assertThat(row(rows, metric).value()).as(metric).isNull();
        }
        assertThat(row(rows, "retention_12m_mentors").value()).isEqualTo(1.0);
    }

    @Test
    void retentionIsEmptyWhenNobodyWasFollowedForAYear() {
        Workforce workforce = new Workforce(List.of(employee("M1", "2020-01-01", null, null)));
        Programme programme = Programme.of("p", 30,
                List.of(new Enrolment("c", "M1", "mentee", LocalDate.parse("2026-01-01"), null)), List.of());

        List<MetricRow> rows = ProgressionMetrics.of("2026-10", programme, "c", D, workforce, Set.of("M1"));

        assertThat(row(rows, "retention_12m_mentees").value()).isNull();
        assertThat(row(rows, "retention_12m_mentees").n()).isEqualTo(1L);
    }
}
