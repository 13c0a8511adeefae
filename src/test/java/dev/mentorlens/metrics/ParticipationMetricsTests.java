package dev.mentorlens.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ParticipationMetricsTests {

    private static final LocalDate D = LocalDate.parse("2026-10-31");

    private static Match match(String id, String matchedOn) {
        return new Match(id, "c", "mentor-" + id, "mentee-" + id, LocalDate.parse(matchedOn), null);
    }

    private static MonthActivity activity(Map<String, LocalDate> lastHeld, Set<String> heldInMonth) {
        Map<String, Map<String, long[]>> counts = MonthActivity.emptyCounts();
        MonthActivity.add(counts, new SessionCount("c", YearMonth.of(2026, 10), "held", 2, 90));
        MonthActivity.add(counts, new SessionCount(null, YearMonth.of(2026, 10), "held", 1, 60));
        MonthActivity.add(counts, new SessionCount("c", YearMonth.of(2026, 10), "cancelled", 1, 30));
        return new MonthActivity(counts, heldInMonth, lastHeld);
    }

    private static double value(List<MetricRow> rows, String metric) {
        return rows.stream().filter(r -> r.metric().equals(metric)).findFirst().orElseThrow().value();
    }

    @Test
    void aPairIsDormantWithoutAHeldSessionInTheLastTwoCadences() {
        Programme programme = Programme.of("p", 30, List.of(), List.of(
                match("old-quiet", "2026-01-01"), match("old-busy", "2026-01-01"), match("never", "2026-01-01"),
                match("recent", "2026-09-15")));
        MonthActivity activity = activity(Map.of("old-quiet", LocalDate.parse("2026-09-01"),
                "old-busy", LocalDate.parse("2026-09-02"), "recent", LocalDate.parse("2026-09-20")), Set.of());

        List<DormantPair> dormant = ParticipationMetrics.dormantPairs(programme, programme.matches(), D, activity);

        // D - 60 days = 2026-09-01: a session that day is outside (D - 2c, D].
        assertThat(dormant).extracting(DormantPair::matchId).containsExactlyInAnyOrder("old-quiet", "never");
        assertThat(dormant).filteredOn(p -> p.matchId().equals("never")).extracting(DormantPair::lastHeld)
                .containsOnlyNulls();
    }

    @Test
    void sessionsWithoutAMatchCountOnlyInAll() {
        Programme programme = Programme.of("p", 30, List.of(), List.of(match("m1", "2026-01-01")));
        MonthActivity activity = activity(Map.of(), Set.of("m1"));

        List<MetricRow> all = ParticipationMetrics.of("2026-10", programme, "ALL", D, activity);
        List<MetricRow> cohort = ParticipationMetrics.of("2026-10", programme, "c", D, activity);

        assertThat(value(all, "sessions_held")).isEqualTo(3);
        assertThat(value(cohort, "sessions_held")).isEqualTo(2);
        assertThat(value(cohort, "mentoring_hours")).isEqualTo(1.5);
        assertThat(value(cohort, "session_completion_rate")).isEqualTo(2.0 / 3);
        assertThat(value(cohort, "pair_activity_rate")).isEqualTo(1.0);
    }

    @Test
    void countsEnrolledPeopleOnceWhoseEnrolmentIsActiveAtD() {
        List<Enrolment> enrolments = List.of(
                new Enrolment("c", "E1", "mentee", LocalDate.parse("2026-01-01"), null),
                new Enrolment("d", "E1", "mentee", LocalDate.parse("2026-02-01"), null),
                new Enrolment("c", "E2", "mentee", LocalDate.parse("2026-01-01"), LocalDate.parse("2026-10-31")),
                new Enrolment("c", "E3", "mentee", LocalDate.parse("2026-11-01"), null));

        assertThat(ParticipationMetrics.activePeople(enrolments, "mentee", D)).isEqualTo(1);
    }
}
