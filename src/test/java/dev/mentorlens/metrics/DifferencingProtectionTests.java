package dev.mentorlens.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DifferencingProtectionTests {

    private static Map<String, Long> parts(Object... nameAndN) {
        Map<String, Long> parts = new LinkedHashMap<>();
        for (int i = 0; i < nameAndN.length; i += 2) {
            parts.put((String) nameAndN[i], ((Number) nameAndN[i + 1]).longValue());
        }
        return parts;
    }

    @Test
    void showsEveryPartWhenAllReachTheThreshold() {
        assertThat(DifferencingProtection.hiddenParts(parts("a", 5, "b", 9), 0, 5)).isEmpty();
    }

    @Test
    void hidesPartsBelowTheThresholdIncludingEmptyOnes() {
        assertThat(DifferencingProtection.hiddenParts(parts("a", 0, "b", 9, "c", 12), 0, 5)).containsExactly("a");
    }

    @Test
    void aSingleSmallPartAlsoHidesTheSmallestShownPart() {
        // a (3) alone could be recovered as parent - b - c: hide b, the smallest shown part.
        assertThat(DifferencingProtection.hiddenParts(parts("a", 3, "b", 6, "c", 12), 0, 5))
                .containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void stopsOnceTheHiddenPartsTogetherReachTheThreshold() {
        assertThat(DifferencingProtection.hiddenParts(parts("a", 2, "b", 3, "c", 6, "d", 7), 0, 5))
                .containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void aRemainderAboveZeroCountsAsAHiddenPart() {
        // SPEC: "a remainder of 2 alone hides the smallest cohort".
        assertThat(DifferencingProtection.hiddenParts(parts("x", 8, "y", 13), 2, 5)).containsExactly("x");
    }

    @Test
    void aLargeRemainderHidesNothingMore() {
        assertThat(DifferencingProtection.hiddenParts(parts("x", 8, "y", 13), 5, 5)).isEmpty();
    }

    @Test
    void tiesOnNGoToTheFirstNameInLexicographicOrder() {
        assertThat(DifferencingProtection.hiddenParts(parts("mentor", 7, "mentee", 7, "z", 1), 0, 5))
                .containsExactlyInAnyOrder("z", "mentee");
    }

    @Test
    void keepsHidingUntilTheCombinedNReachesTheThreshold() {
        // 1 + 1 = 2 < 5, the smallest shown (5) brings it to 7.
        assertThat(DifferencingProtection.hiddenParts(parts("a", 1, "b", 1, "c", 5, "d", 6), 0, 5))
                .containsExactlyInAnyOrder("a", "b", "c");
    }

    @Test
    void hidesEverythingWhenNoShownPartIsLeft() {
        assertThat(DifferencingProtection.hiddenParts(parts("mentee", 2, "mentor", 1), 0, 5))
                .containsExactlyInAnyOrder("mentee", "mentor");
    }
}
