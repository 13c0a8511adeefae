package dev.mentorlens.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class MentorLoadMetricsTests {

    private static final LocalDate D = LocalDate.parse("2026-10-31");

    private static Match match(String cohort, String mentor, String endedOn) {
        return new Match(mentor + cohort + endedOn, cohort, mentor, "mentee", LocalDate.parse("2026-01-01"),
                endedOn == null ? null : LocalDate.parse(endedOn));
    }

    private final Programme programme = Programme.of("p", 30, List.of(), List.of(match("c", "X", null),
            match("c", "X", "2026-12-01"), match("d", "X", null), match("c", "Y", null), match("c", "Y", "2026-10-31"),
            match("d", "Z", null)));

    @Test
    void countsAMentorOverCapacityByTheWholeProgrammeInEachGroupWhereTheyMentor() {
        HealthRows cohort = new HealthRows(MentorLoadMetrics.of("2026-10", programme, "c", D, 2));
        HealthRows other = new HealthRows(MentorLoadMetrics.of("2026-10", programme, "d", D, 2));
        HealthRows all = new HealthRows(MentorLoadMetrics.of("2026-10", programme, "ALL", D, 2));

        assertThat(cohort.value("mentors_active")).isEqualTo(2);
        assertThat(cohort.value("mentees_per_mentor_mean")).isEqualTo(1.5);
        assertThat(cohort.n("mentees_per_mentor_mean")).isEqualTo(2);
        assertThat(cohort.value("mentees_per_mentor_max")).isEqualTo(2);
        assertThat(cohort.value("mentors_over_capacity")).isEqualTo(1);
        assertThat(other.value("mentees_per_mentor_max")).isEqualTo(1);
        assertThat(other.value("mentors_over_capacity")).isEqualTo(1);
        assertThat(all.value("mentors_active")).isEqualTo(3);
        assertThat(all.value("mentees_per_mentor_mean")).isEqualTo(5.0 / 3);
        assertThat(all.value("mentees_per_mentor_max")).isEqualTo(3);
        assertThat(all.value("mentors_over_capacity")).isEqualTo(1);
    }

    @Test
    void overCapacityIsEmptyWithoutACapacityAndLoadIsEmptyWithoutActiveMatches() {
        HealthRows none = new HealthRows(MentorLoadMetrics.of("2026-10", programme, "c", D, null));
        HealthRows empty = new HealthRows(MentorLoadMetrics.of("2026-10", programme, "c",
                LocalDate.parse("2025-12-31"), 2));

        assertThat(none.get("mentors_over_capacity").value()).isNull();
        assertThat(none.get("mentors_over_capacity").suppressed()).isFalse();
        assertThat(empty.value("mentors_active")).isZero();
        assertThat(empty.value("mentees_per_mentor_mean")).isNull();
        assertThat(empty.n("mentees_per_mentor_mean")).isZero();
        assertThat(empty.value("mentees_per_mentor_max")).isNull();
        assertThat(empty.value("mentors_over_capacity")).isZero();
    }
}
