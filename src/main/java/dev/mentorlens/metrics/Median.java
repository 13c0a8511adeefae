package dev.mentorlens.metrics;

import java.util.Collection;

/** The median of whole numbers: the mean of the two middle ones for an even count, null for none. */
final class Median {

    private Median() {
    }

    static Double of(Collection<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }
}
