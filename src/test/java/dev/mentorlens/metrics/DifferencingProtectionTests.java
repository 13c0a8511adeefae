package dev.mentorlens.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.mentorlens.metrics.DifferencingProtection.Line;
import org.junit.jupiter.api.Test;

class DifferencingProtectionTests {

    private static final int K = 5;

    private final Map<String, Long> n = new HashMap<>();

    private void cells(Object... nameAndN) {
        for (int i = 0; i < nameAndN.length; i += 2) {
            n.put((String) nameAndN[i], ((Number) nameAndN[i + 1]).longValue());
        }
    }

    private static Line line(String parent, long remainder, String... parts) {
        return new Line(parent, List.of(parts), remainder);
    }

    @Test
    void showsEveryPartWhenAllReachTheThreshold() {
        cells("all", 14, "a", 5, "b", 9);

        assertThat(DifferencingProtection.suppressed(n, List.of(line("all", 0, "a", "b")), K)).isEmpty();
    }

    @Test
    void suppressesEveryCellBelowTheThresholdEmptyOnesIncluded() {
        cells("all", 21, "a", 0, "b", 9, "c", 12);

        assertThat(DifferencingProtection.suppressed(n, List.of(line("all", 0, "a", "b", "c")), K))
                .containsExactly("a");
    }

    @Test
    void aLoneHiddenPartAlsoHidesTheSmallestShownPart() {
        // a (3) alone is all - b - c: hide b, the smallest shown part.
        cells("all", 21, "a", 3, "b", 6, "c", 12);

        assertThat(DifferencingProtection.suppressed(n, List.of(line("all", 0, "a", "b", "c")), K))
                .containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void twoHiddenPartsBelowTheThresholdTogetherHideOneMore() {
        // 1 + 1 = 2 < 5: the smallest shown part (5) brings it to 7.
        cells("all", 13, "a", 1, "b", 1, "c", 5, "d", 6);

        assertThat(DifferencingProtection.suppressed(n, List.of(line("all", 0, "a", "b", "c", "d")), K))
                .containsExactlyInAnyOrder("a", "b", "c");
    }

    @Test
    void aSmallRemainderHidesTheSmallestCohort() {
        // golden-v2: career-mentoring 2025-spring 6, 2025-autumn 8 and 2 answers with no cohort.
        cells("all", 16, "2025-autumn", 8, "2025-spring", 6);

        assertThat(DifferencingProtection.suppressed(n, List.of(line("all", 2, "2025-autumn", "2025-spring")), K))
                .containsExactly("2025-spring");
    }

    @Test
    void aHiddenRemainderAloneThatReachesTheThresholdIsSafe() {
        cells("all", 26, "x", 8, "y", 13);

        assertThat(DifferencingProtection.suppressed(n, List.of(line("all", 5, "x", "y")), K)).isEmpty();
    }

    @Test
    void aRemainderAndOneHiddenCellTogetherReachingTheThresholdAreSafe() {
        cells("all", 25, "x", 3, "y", 20);

        assertThat(DifferencingProtection.suppressed(n, List.of(line("all", 2, "x", "y")), K)).containsExactly("x");
    }

    @Test
    void tiesOnNGoToTheEarlierPartMenteeBeforeMentor() {
        cells("mean", 18, "mentee", 7, "mentor", 7, "other", 4);

        assertThat(DifferencingProtection.suppressed(n, List.of(line("mean", 0, "other", "mentee", "mentor")), K))
                .containsExactlyInAnyOrder("other", "mentee");
    }

    @Test
    void aCellSuppressedToProtectAnotherLineMustNotStandAloneInItsOwnLine() {
        // golden-v2 reverse-mentoring 2026-10: 2025-autumn has 1 mentor and 5 mentees, 2026-spring 5 and 5.
        cells("mean|ALL", 16, "mentee|ALL", 10, "mentor|ALL", 6,
                "mean|autumn", 6, "mentee|autumn", 5, "mentor|autumn", 1,
                "mean|spring", 10, "mentee|spring", 5, "mentor|spring", 5);
        List<Line> lines = List.of(
                line("mean|ALL", 0, "mean|autumn", "mean|spring"),
                line("mentor|ALL", 0, "mentor|autumn", "mentor|spring"),
                line("mentee|ALL", 0, "mentee|autumn", "mentee|spring"),
                line("mean|ALL", 0, "mentee|ALL", "mentor|ALL"),
                line("mean|autumn", 0, "mentee|autumn", "mentor|autumn"),
                line("mean|spring", 0, "mentee|spring", "mentor|spring"));

        assertThat(DifferencingProtection.suppressed(n, lines, K)).containsExactlyInAnyOrder(
                "mentor|autumn", "mentee|autumn", "mentor|spring", "mentee|spring");
    }

    @Test
    void aHiddenParentIsSafeOnlyWhenOneOfItsPartsIsHidden() {
        // ALL's mentee mean (3) hides ALL's mentor mean (6), which would otherwise be cohort a's mentor mean.
        cells("mean|ALL", 9, "mentee|ALL", 3, "mentor|ALL", 6, "mentor|a", 6, "mentor|b", 0);
        List<Line> lines = List.of(
                line("mean|ALL", 0, "mentee|ALL", "mentor|ALL"),
                line("mentor|ALL", 0, "mentor|a", "mentor|b"));

        assertThat(DifferencingProtection.suppressed(n, lines, K))
                .containsExactlyInAnyOrder("mentee|ALL", "mentor|ALL", "mentor|a", "mentor|b");
    }

    @Test
    void aHiddenParentWithAHiddenPartKeepsItsOtherPartsShown() {
        cells("mean|ALL", 12, "mentee|ALL", 3, "mentor|ALL", 9, "mentor|a", 3, "mentor|b", 6);
        List<Line> lines = List.of(
                line("mean|ALL", 0, "mentee|ALL", "mentor|ALL"),
                line("mentor|ALL", 0, "mentor|a", "mentor|b"));

        assertThat(DifferencingProtection.suppressed(n, lines, K))
                .containsExactlyInAnyOrder("mentee|ALL", "mentor|ALL", "mentor|a");
    }

    @Test
    void anEmptyParentHasNothingToProtect() {
        cells("all", 0, "a", 0, "b", 0);

        assertThat(DifferencingProtection.suppressed(n, List.of(line("all", 0, "a", "b")), K))
                .containsExactlyInAnyOrder("all", "a", "b");
    }

    @Test
    void aLineWithNoShownPartLeftStaysAsItIs() {
        cells("mean", 3, "mentee", 2, "mentor", 1);

        assertThat(DifferencingProtection.suppressed(n, List.of(line("mean", 0, "mentee", "mentor")), K))
                .containsExactlyInAnyOrder("mean", "mentee", "mentor");
    }

    @Test
    void passesRepeatUntilALaterLineNoLongerChangesAnEarlierOne() {
        // The role line of cohort a hides a's mentee mean (7), which then stands alone in the cohort mentee line.
        cells("mentee|ALL", 20, "mentee|a", 7, "mentee|b", 13,
                "mean|a", 9, "mentor|a", 2);
        List<Line> lines = List.of(
                line("mentee|ALL", 0, "mentee|a", "mentee|b"),
                line("mean|a", 0, "mentee|a", "mentor|a"));

        assertThat(DifferencingProtection.suppressed(n, lines, K))
                .containsExactlyInAnyOrder("mentor|a", "mentee|a", "mentee|b");
    }
}
