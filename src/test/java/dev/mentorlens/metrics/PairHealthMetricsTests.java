package dev.mentorlens.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PairHealthMetricsTests {

    private static final LocalDate D = LocalDate.parse("2026-10-31");

    private static Match match(String id, String matchedOn, String endedOn) {
        return new Match(id, "c", "mentor", "mentee-" + id, LocalDate.parse(matchedOn),
                endedOn == null ? null : LocalDate.parse(endedOn));
    }

    private static HeldDates held(String last) {
        return new HeldDates(LocalDate.parse("2026-01-10"), LocalDate.parse(last));
    }

    @Test
    void givesEachActiveMatchTheFirstStateThatApplies() {
        // c = 30: D - c = 2026-10-01, D - 2c = 2026-09-01; both bounds are outside their intervals.
        Programme programme = Programme.of("p", 30, List.of(), List.of(
                match("on-track", "2026-01-01", null), match("check-in", "2026-01-01", null),
                match("too-early", "2026-09-02", null), match("never-met", "2026-01-01", null),
                match("dormant", "2026-01-01", null), match("ended", "2026-01-01", "2026-10-01")));
        Map<String, HeldDates> held = Map.of("on-track", held("2026-10-02"), "check-in", held("2026-10-01"),
                "dormant", held("2026-09-01"), "ended", held("2026-10-20"));

        HealthRows rows = new HealthRows(PairHealthMetrics.of("2026-10", programme, "ALL", D, held));

        assertThat(rows.value("pairs_on_track")).isEqualTo(1);
        assertThat(rows.value("pairs_needs_check_in")).isEqualTo(1);
        assertThat(rows.value("pairs_too_early")).isEqualTo(1);
        assertThat(rows.value("pairs_dormant")).isEqualTo(2);
        assertThat(rows.value("pairs_never_met")).isEqualTo(1);
        assertThat(rows.value("on_track_share")).isEqualTo(0.2);
        assertThat(rows.n("on_track_share")).isEqualTo(5);
    }

    @Test
    void aRecentMatchThatNeverMetIsTooEarlyRatherThanNeverMet() {
        Programme programme = Programme.of("p", 14, List.of(), List.of(match("new", "2026-10-05", null)));

        HealthRows rows = new HealthRows(PairHealthMetrics.of("2026-10", programme, "c", D, Map.of()));

        assertThat(rows.value("pairs_too_early")).isEqualTo(1);
        assertThat(rows.value("pairs_never_met")).isZero();
    }

    @Test
    void theShareIsEmptyWithoutActiveMatches() {
        Programme programme = Programme.of("p", 30, List.of(), List.of());

        HealthRows rows = new HealthRows(PairHealthMetrics.of("2026-10", programme, "ALL", D, Map.of()));

        assertThat(rows.value("pairs_dormant")).isZero();
        assertThat(rows.value("on_track_share")).isNull();
        assertThat(rows.n("on_track_share")).isZero();
    }
}
