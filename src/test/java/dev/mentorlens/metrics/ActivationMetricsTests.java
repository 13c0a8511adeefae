package dev.mentorlens.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ActivationMetricsTests {

    private static final LocalDate D = LocalDate.parse("2026-10-31");

    private static Enrolment mentee(String cohort, String id, String enrolledOn) {
        return new Enrolment(cohort, id, Enrolment.MENTEE, LocalDate.parse(enrolledOn), null);
    }

    private static Match match(String id, String mentee, String matchedOn, String endedOn) {
        return new Match(id, "c", "mentor", mentee, LocalDate.parse(matchedOn),
                endedOn == null ? null : LocalDate.parse(endedOn));
    }

    private static HeldDates first(String date) {
        return new HeldDates(LocalDate.parse(date), LocalDate.parse(date));
    }

    private final Programme programme = Programme.of("p", 30,
            List.of(mentee("d", "A", "2026-01-01"), mentee("c", "A", "2026-03-10"), mentee("c", "B", "2026-03-01"),
                    mentee("c", "C", "2026-04-01"), mentee("c", "late", "2026-11-05"),
                    new Enrolment("c", "mentor", Enrolment.MENTOR, LocalDate.parse("2026-01-01"), null)),
            List.of(match("A1", "A", "2026-03-05", "2026-04-01"), match("A2", "A", "2026-04-10", null),
                    match("B1", "B", "2026-03-21", null)));
    // A's first match ended without meeting; A met in the second match. B met before the match date.
    private final Map<String, HeldDates> held = Map.of("A2", first("2026-04-20"), "B1", first("2026-03-15"));

    @Test
    void countsDaysFromTheEarliestEnrolmentAndMatchOfTheCohortAndNeverBelowZero() {
        HealthRows rows = new HealthRows(ActivationMetrics.of("2026-10", programme, "c", D, held));

        assertThat(rows.value("mentees_matched")).isEqualTo(2);
        assertThat(rows.value("mentees_met")).isEqualTo(2);
        assertThat(rows.value("activation_rate")).isEqualTo(2.0 / 3);
        assertThat(rows.n("activation_rate")).isEqualTo(3);
        // A: matched 5 days before enrolling (0), B: 20 days; median 10.
        assertThat(rows.value("days_to_match_median")).isEqualTo(10);
        assertThat(rows.n("days_to_match_median")).isEqualTo(2);
        // A: first held 2026-04-20, 46 days after its first match; B: met before the match (0); median 23.
        assertThat(rows.value("days_to_first_meeting_median")).isEqualTo(23);
        assertThat(rows.n("days_to_first_meeting_median")).isEqualTo(2);
    }

    @Test
    void allTakesEachMenteesEarliestEnrolmentInTheProgramme() {
        HealthRows rows = new HealthRows(ActivationMetrics.of("2026-10", programme, "ALL", D, held));

        // A enrolled in cohort d on 2026-01-01: 63 days to the match of 2026-03-05; B 20 days.
        assertThat(rows.value("days_to_match_median")).isEqualTo(41.5);
        assertThat(rows.n("activation_rate")).isEqualTo(3);
    }

    @Test
    void mediansAreEmptyWithoutMatchedMentees() {
        HealthRows rows = new HealthRows(ActivationMetrics.of("2026-10", programme, "d", LocalDate.parse("2026-02-28"),
                held));

        assertThat(rows.value("mentees_matched")).isZero();
        assertThat(rows.value("activation_rate")).isZero();
        assertThat(rows.value("days_to_match_median")).isNull();
        assertThat(rows.n("days_to_match_median")).isZero();
    }
}
