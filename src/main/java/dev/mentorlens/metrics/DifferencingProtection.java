package dev.mentorlens.metrics;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps a suppressed value from being recovered by subtraction (docs/metrics.md, differencing
 * protection on lines). Cells are named values with their own n; a {@link Line} is a parent cell
 * and the parts it is made of, plus a remainder that is never shown. Cells with {@code n < k} are
 * suppressed; then, pass after pass until a pass changes nothing, every line that is not safe has
 * its shown part with the lowest n suppressed (ties: the earlier part of the line).
 */
final class DifferencingProtection {

    private DifferencingProtection() {
    }

    /**
     * A parent and its parts.
     *
     * @param parts cell names, in the order that breaks ties on n
     * @param remainder the n of the part that is never shown (0 when there is none)
     */
    record Line(String parent, List<String> parts, long remainder) {
    }

    /**
     * The parts of one line whose parent is always shown (a breakdown: the programme's value over all
     * its mentees), suppressed by their own n or to protect the line.
     *
     * @param parts the n of each part by name; ties on n are broken by name
     * @param remainder the n of the part that is never shown (0 when there is none)
     */
    static Set<String> hiddenParts(Map<String, Long> parts, long remainder, int k) {
        String parent = "\u0000parent"; // no input value holds NUL, so no part can share this name
        Map<String, Long> n = new java.util.HashMap<>(parts);
        n.put(parent, Long.MAX_VALUE);
        Set<String> suppressed = suppressed(n,
                List.of(new Line(parent, new java.util.TreeSet<>(parts.keySet()).stream().toList(), remainder)), k);
        suppressed.remove(parent);
        return suppressed;
    }

    /**
     * The suppressed cells: those with {@code n < k} (0 included) and those suppressed to protect a line.
     *
     * @param n every cell's n by name; every cell of a line must be present
     * @param lines in the order the passes take them
     */
    static Set<String> suppressed(Map<String, Long> n, List<Line> lines, int k) {
        Set<String> suppressed = new HashSet<>();
        n.forEach((cell, size) -> {
            if (size < k) {
                suppressed.add(cell);
            }
        });
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Line line : lines) {
                while (!safe(line, n, suppressed, k)) {
                    String smallest = smallestShownPart(line, n, suppressed);
                    if (smallest == null) {
                        break;
                    }
                    suppressed.add(smallest);
                    changed = true;
                }
            }
        }
        return suppressed;
    }

    private static boolean safe(Line line, Map<String, Long> n, Set<String> suppressed, int k) {
        boolean remainderHidden = line.remainder() > 0;
        List<String> hiddenParts = line.parts().stream().filter(p -> hidden(p, n, suppressed)).toList();
        if (!suppressed.contains(line.parent())) {
            if (hiddenParts.isEmpty() && !remainderHidden) {
                return true;
            }
            // A lone hidden cell is the parent minus the shown parts, whatever its own n.
            if (hiddenParts.size() == 1 && !remainderHidden) {
                return false;
            }
            long hiddenN = (remainderHidden ? line.remainder() : 0)
                    + hiddenParts.stream().mapToLong(n::get).sum();
            return hiddenN >= k;
        }
        // A parent that holds no one has nothing to give away; a hidden one is the sum of its parts unless one is hidden.
        return !hidden(line.parent(), n, suppressed) || remainderHidden || !hiddenParts.isEmpty();
    }

    private static boolean hidden(String cell, Map<String, Long> n, Set<String> suppressed) {
        return suppressed.contains(cell) && n.get(cell) > 0;
    }

    private static String smallestShownPart(Line line, Map<String, Long> n, Set<String> suppressed) {
        String smallest = null;
        for (String part : line.parts()) {
            if (!suppressed.contains(part) && (smallest == null || n.get(part) < n.get(smallest))) {
                smallest = part;
            }
        }
        return smallest;
    }
}
