package dev.mentorlens.network;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jgrapht.Graph;

/**
 * Betweenness centrality of an unweighted undirected graph estimated from a sample of pivots
 * (Brandes &amp; Pich, "Centrality estimation in large networks", 2007): single-source dependencies
 * are accumulated (Brandes 2001, BFS variant) from {@code s} pivots drawn without replacement and
 * scaled by {@code n / s}. With every vertex as a pivot the result is the exact betweenness.
 */
public final class PivotSampledBetweenness {

    private PivotSampledBetweenness() {
    }

    /**
     * Estimated raw betweenness, each unordered pair of endpoints counted once (the scale of
     * JGraphT's {@code BetweennessCentrality} on an undirected graph without normalisation).
     *
     * @param graph  undirected graph; vertex ids must be comparable so the sample does not depend
     *               on insertion order
     * @param pivots number of pivots, clamped to the number of vertices
     * @param seed   seed of the pivot sample
     */
    public static <V extends Comparable<? super V>, E> Map<V, Double> estimate(
            Graph<V, E> graph, int pivots, long seed) {
        if (pivots < 1) {
            throw new IllegalArgumentException("pivots must be positive: " + pivots);
        }
        if (!graph.getType().isUndirected()) {
            throw new IllegalArgumentException("graph must be undirected");
        }
        IndexedGraph<V> indexed = IndexedGraph.of(graph);
        int n = indexed.size();
        Map<V, Double> scores = new HashMap<>(n * 2);
        if (n == 0) {
            return scores;
        }
        int s = Math.min(pivots, n);
        double[] sum = new double[n];
        Accumulator accumulator = new Accumulator(n);
        for (int pivot : samplePivots(indexed, s, seed)) {
            accumulator.addDependencies(indexed, pivot, sum);
        }
        // n/s extrapolates the sample to all sources; /2 because every unordered pair is reached
        // once from each end when all sources are summed
        double scale = (double) n / s / 2.0;
        for (int v = 0; v < n; v++) {
            scores.put(indexed.vertex(v), sum[v] * scale);
        }
        return scores;
    }

    private static <V extends Comparable<? super V>> int[] samplePivots(IndexedGraph<V> graph, int s, long seed) {
        List<Integer> order = new ArrayList<>(graph.size());
        for (int v = 0; v < graph.size(); v++) {
            order.add(v);
        }
        order.sort(Comparator.comparing(graph::vertex));
        Collections.shuffle(order, new Random(seed));
        return order.subList(0, s).stream().mapToInt(Integer::intValue).toArray();
    }

    /** Reusable buffers for one single-source pass; O(n) memory. */
    private static final class Accumulator {
        private final int[] distance;
        private final double[] paths;
        private final double[] dependency;
        private final int[] visitOrder;
        private final ArrayDeque<Integer> queue = new ArrayDeque<>();

        Accumulator(int n) {
            distance = new int[n];
            paths = new double[n];
            dependency = new double[n];
            visitOrder = new int[n];
        }

        void addDependencies(IndexedGraph<?> graph, int source, double[] sum) {
            Arrays.fill(distance, -1);
            Arrays.fill(paths, 0.0);
            Arrays.fill(dependency, 0.0);
            distance[source] = 0;
            paths[source] = 1.0;
            queue.add(source);
            int visited = 0;
            while (!queue.isEmpty()) {
                int v = queue.poll();
                visitOrder[visited++] = v;
                for (int w : graph.neighbours(v)) {
                    if (distance[w] < 0) {
                        distance[w] = distance[v] + 1;
                        queue.add(w);
                    }
                    if (distance[w] == distance[v] + 1) {
                        paths[w] += paths[v];
                    }
                }
            }
            // successors of v on shortest paths are its neighbours one level further out, so no
            // predecessor lists are needed
            for (int i = visited - 1; i > 0; i--) {
                int v = visitOrder[i];
                for (int w : graph.neighbours(v)) {
                    if (distance[w] == distance[v] + 1) {
                        dependency[v] += paths[v] / paths[w] * (1.0 + dependency[w]);
                    }
                }
                sum[v] += dependency[v];
            }
        }
    }
}
