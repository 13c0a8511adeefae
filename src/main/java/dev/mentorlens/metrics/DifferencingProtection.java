package dev.mentorlens.metrics;

import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps a suppressed value from being recovered by subtraction from its parent (SPEC section 5):
 * parts with {@code 0 < n < k} are hidden; while hidden parts exist (a hidden remainder above 0
 * counts as one) and their combined n is below k, the smallest shown part (by n, then name) is
 * hidden too.
 */
final class DifferencingProtection {

    private DifferencingProtection() {
    }

    /**
     * The parts to hide, anonymity included (every part with {@code n < k}, 0 too).
     *
     * @param parts the n of each shown-able part by name
     * @param hiddenRemainder the n of the part that is never shown (0 when there is none)
     */
    static Set<String> hiddenParts(Map<String, Long> parts, long hiddenRemainder, int k) {
        Set<String> hidden = new HashSet<>();
        long hiddenN = Math.max(hiddenRemainder, 0);
        boolean anyHidden = hiddenRemainder > 0;
        for (Map.Entry<String, Long> part : parts.entrySet()) {
            long n = part.getValue();
            if (n < k) {
                hidden.add(part.getKey());
                if (n > 0) {
                    hiddenN += n;
                    anyHidden = true;
                }
            }
        }
        while (anyHidden && hiddenN < k) {
            Optional<Map.Entry<String, Long>> smallest = parts.entrySet().stream()
                    .filter(p -> !hidden.contains(p.getKey()))
                    .min(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue)
                            .thenComparing(Map.Entry::getKey));
            if (smallest.isEmpty()) {
                break;
            }
            hidden.add(smallest.get().getKey());
            hiddenN += smallest.get().getValue();
        }
        return hidden;
    }
}
