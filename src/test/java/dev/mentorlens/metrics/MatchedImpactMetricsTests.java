package dev.mentorlens.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class MatchedImpactMetricsTests {

    private static final LocalDate D = LocalDate.parse("2026-10-31");

    private static Employee employee(String id, String department, String hired, String terminated,
            String... promotions) {
        return new Employee(id, department, LocalDate.parse(hired), terminated == null ? null : LocalDate.parse(terminated),
                null, java.util.Arrays.stream(promotions).map(LocalDate::parse).toList());
    }

    private static Enrolment mentee(String id, String enrolledOn) {
        return new Enrolment("c", id, Enrolment.MENTEE, LocalDate.parse(enrolledOn), null);
    }

    private final Workforce workforce = new Workforce(List.of(
            employee("M", "Sales", "2021-01-01", null, "2025-06-01"),
            employee("Q", "Sales", "2021-02-01", "2025-08-01", "2025-04-01"),
            employee("N", "Finance", "2024-01-01", null),
            employee("P", "Sales", "2021-01-01", null),
            employee("C1", "Sales", "2020-06-01", null, "2025-09-01"),
            employee("C3", "Sales", "2021-06-01", "2025-12-01"),
            employee("short-tenure", "Sales", "2022-03-02", null, "2025-05-01"),
            employee("left-on-start", "Sales", "2020-01-01", "2025-03-01"),
            employee("enrolled", "Sales", "2021-01-01", null),
            employee("finance", "Finance", "2021-01-01", null)));

    private final Programme programme = Programme.of("p", 30, List.of(mentee("M", "2025-03-01"),
            mentee("Q", "2025-03-01"), mentee("N", "2025-03-01"), mentee("P", "2026-01-01")), List.of());

    private MatchedImpactMetrics impact() {
        JobLevels levels = new JobLevels();
        workforce.all().forEach(e -> levels.addCurrent(e.employeeId(), 5));
        levels.addCurrent("M", 6);
        levels.addEvent("M", LocalDate.parse("2021-01-01"), 5);
        levels.addEvent("M", LocalDate.parse("2025-06-01"), 6);
        levels.addCurrent("N", 3);
        return new MatchedImpactMetrics(workforce, levels, Set.of("M", "Q", "N", "P", "enrolled"));
    }

    @Test
    void comparesEachMenteeWithColleaguesOfTheSameDepartmentLevelAndTenureBandAtEnrolment() {
        HealthRows rows = new HealthRows(impact().rows("2026-10", programme, "c", D));

        // Controls of M and Q: C1 (stayed, promoted) and C3 (left within the year); not short-tenure
        // (2.998 years: another band), left-on-start, enrolled or finance. N has no control, P no full year.
        assertThat(rows.value("mentees_with_controls")).isEqualTo(2);
        // M stayed (+0.5), Q left (-0.5).
        MetricRow retention = rows.get("matched_retention_12m_diff");
        assertThat(retention.value()).isCloseTo(0, offset(1e-12));
        assertThat(retention.n()).isEqualTo(2);
        // t(0.975, 1) = 12.7062; s = 0.7071; half width = 12.7062 * 0.7071 / sqrt(2) = 6.3531.
        assertThat(retention.ciHigh()).isCloseTo(6.3531, offset(1e-4));
        assertThat(retention.ciLow()).isCloseTo(-6.3531, offset(1e-4));
        // Both were promoted within the year (+0.5 each): s = 0, the interval is the mean itself.
        MetricRow promotion = rows.get("matched_promotion_12m_diff");
        assertThat(promotion.value()).isEqualTo(0.5);
        assertThat(promotion.ciLow()).isEqualTo(0.5);
        assertThat(promotion.ciHigh()).isEqualTo(0.5);
    }

    @Test
    void theNaiveComparisonTakesTheSameMenteesAgainstEveryColleagueEmployedAtEnrolment() {
        List<MetricRow> naive = impact().naiveRows("2026-10", programme, "c", D);

        // On 2025-03-01 the baseline employed is C1, C3, short-tenure and finance (left-on-start left that day):
        // 3 of 4 stayed the year, 2 of 4 were promoted. Only M and Q, who have similar colleagues, are compared.
        assertThat(naive).extracting(MetricRow::metric).containsExactly("matched_retention_12m_diff",
                "matched_promotion_12m_diff");
        // M stayed: 1 - 0.75; Q left: 0 - 0.75
        assertThat(naive.get(0).value()).isCloseTo(-0.25, offset(1e-12));
        assertThat(naive.get(0).n()).isEqualTo(2);
        assertThat(naive.get(0).ciLow()).isLessThan(-0.25);
        // both promoted: 1 - 0.5 each
        assertThat(naive.get(1).value()).isCloseTo(0.5, offset(1e-12));
    }

    @Test
    void theDifferencesAreEmptyWhenNoMenteeHasAFullYearAndAControl() {
        HealthRows rows = new HealthRows(impact().rows("2026-10", programme, "c", LocalDate.parse("2026-02-27")));

        assertThat(rows.value("mentees_with_controls")).isZero();
        assertThat(rows.value("matched_retention_12m_diff")).isNull();
        assertThat(rows.n("matched_retention_12m_diff")).isZero();
    }

    @Test
    void tenureBandsStartAtOneThreeFiveAndTenYearsOf365Point25Days() {
        LocalDate start = LocalDate.parse("2025-03-01");

        assertThat(MatchedImpactMetrics.tenureBand(start.minusDays(365), start)).isZero();
        assertThat(MatchedImpactMetrics.tenureBand(start.minusDays(366), start)).isEqualTo(1);
        assertThat(MatchedImpactMetrics.tenureBand(start.minusDays(1826), start)).isEqualTo(2);
        assertThat(MatchedImpactMetrics.tenureBand(start.minusDays(1827), start)).isEqualTo(3);
        assertThat(MatchedImpactMetrics.tenureBand(start.minusDays(3653), start)).isEqualTo(4);
    }

    @Test
    void theLevelOnADayIsTheGreatestOfTheLatestDatedEventsElseTheCurrentOne() {
        JobLevels levels = new JobLevels();
        levels.addCurrent("E", 7);
        levels.addEvent("E", LocalDate.parse("2024-01-01"), 4);
        levels.addEvent("E", LocalDate.parse("2024-01-01"), 6);
        levels.addEvent("E", LocalDate.parse("2025-01-01"), 5);

        assertThat(levels.levelAt("E", LocalDate.parse("2023-12-31"))).isEqualTo(7);
        assertThat(levels.levelAt("E", LocalDate.parse("2024-12-31"))).isEqualTo(6);
        assertThat(levels.levelAt("E", LocalDate.parse("2025-01-01"))).isEqualTo(5);
    }
}
