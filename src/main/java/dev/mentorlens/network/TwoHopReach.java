package dev.mentorlens.network;

import java.util.Arrays;

/** Counts, per person, the other people within distance 2, in O(n) extra memory. */
final class TwoHopReach {

    private TwoHopReach() {
    }

    /** Mean over vertices of the number of other vertices within distance 2; NaN with no vertices. */
    static double average(IndexedGraph<?> graph) {
        int n = graph.size();
        if (n == 0) {
            return Double.NaN;
        }
        // seenBy[u] == v marks u as already counted for v, so the array never needs clearing
        int[] seenBy = new int[n];
        Arrays.fill(seenBy, -1);
        long total = 0;
        for (int v = 0; v < n; v++) {
            seenBy[v] = v;
            for (int k = graph.first(v); k < graph.end(v); k++) {
                int u = graph.target(k);
                if (seenBy[u] != v) {
                    seenBy[u] = v;
                    total++;
                }
                for (int l = graph.first(u); l < graph.end(u); l++) {
                    int w = graph.target(l);
                    if (seenBy[w] != v) {
                        seenBy[w] = v;
                        total++;
                    }
                }
            }
        }
        return (double) total / n;
    }
}
