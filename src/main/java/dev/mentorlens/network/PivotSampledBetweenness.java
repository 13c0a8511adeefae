package dev.mentorlens.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import org.jgrapht.Graph;

/**
 * Betweenness centrality of an unweighted undirected graph estimated from a sample of pivots
 * (Brandes &amp; Pich, "Centrality estimation in large networks", 2007): single-source dependencies
 * are accumulated (Brandes 2001, BFS variant) from {@code s} pivots drawn without replacement and
 * scaled by {@code n / s}. With every vertex as a pivot the result is the exact betweenness.
 */
public final class PivotSampledBetweenness {

    /**
     * The pivots are summed in this many fixed shares, in parallel, and the shares added in order: a
     * fixed number, so that the sums (and their rounding) do not depend on the machine's cores.
     */
    static final int SHARES = 2;

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
        if (!graph.getType().isUndirected()) {
            throw new IllegalArgumentException("graph must be undirected");
        }
        return estimate(IndexedGraph.of(graph), pivots, seed);
    }

    static <V extends Comparable<? super V>> Map<V, Double> estimate(IndexedGraph<V> graph, int pivots, long seed) {
        if (pivots < 1) {
            throw new IllegalArgumentException("pivots must be positive: " + pivots);
        }
        int n = graph.size();
        Map<V, Double> scores = new HashMap<>(n * 2);
        if (n == 0) {
            return scores;
        }
        int s = Math.min(pivots, n);
        double[] sum = accumulate(graph, samplePivots(graph, s, seed));
        // n/s extrapolates the sample to all sources; /2 because every unordered pair is reached
        // once from each end when all sources are summed
        double scale = (double) n / s / 2.0;
        for (int v = 0; v < n; v++) {
            scores.put(graph.vertex(v), sum[v] * scale);
        }
        return scores;
    }

    private static double[] accumulate(IndexedGraph<?> graph, int[] pivots) {
        int shares = Math.min(SHARES, pivots.length);
        double[][] partial = new double[shares][];
        IntStream.range(0, shares).parallel().forEach(share -> {
            double[] sum = new double[graph.size()];
            Accumulator accumulator = new Accumulator(graph.size());
            for (int i = share; i < pivots.length; i += shares) {
                accumulator.addDependencies(graph, pivots[i], sum);
            }
            partial[share] = sum;
        });
        double[] total = partial[0];
        for (int share = 1; share < shares; share++) {
            for (int v = 0; v < total.length; v++) {
                total[v] += partial[share][v];
            }
        }
        return total;
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

    /** Reusable buffers for one single-source pass; O(n) memory, reset only where a pass wrote. */
    private static final class Accumulator {
        private final int[] distance;
        private final double[] paths;
        private final double[] dependency;
        /** Breadth-first order of the pass: the queue while searching, the stack while accumulating. */
        private final int[] visitOrder;

        Accumulator(int n) {
            distance = new int[n];
            Arrays.fill(distance, -1);
            paths = new double[n];
            dependency = new double[n];
            visitOrder = new int[n];
        }

        void addDependencies(IndexedGraph<?> graph, int source, double[] sum) {
            distance[source] = 0;
            paths[source] = 1.0;
            visitOrder[0] = source;
            int visited = 1;
            for (int head = 0; head < visited; head++) {
                int v = visitOrder[head];
                int next = distance[v] + 1;
                for (int k = graph.first(v); k < graph.end(v); k++) {
                    int w = graph.target(k);
                    if (distance[w] < 0) {
                        distance[w] = next;
                        visitOrder[visited++] = w;
                    }
                    if (distance[w] == next) {
                        paths[w] += paths[v];
                    }
                }
            }
            // successors of v on shortest paths are its neighbours one level further out, so no
            // predecessor lists are needed
            for (int i = visited - 1; i > 0; i--) {
                int v = visitOrder[i];
                int next = distance[v] + 1;
                double delta = 0.0;
                for (int k = graph.first(v); k < graph.end(v); k++) {
                    int w = graph.target(k);
                    if (distance[w] == next) {
                        delta += paths[v] / paths[w] * (1.0 + dependency[w]);
                    }
                }
                dependency[v] = delta;
                sum[v] += delta;
            }
            for (int i = 0; i < visited; i++) {
                int v = visitOrder[i];
                distance[v] = -1;
                paths[v] = 0.0;
                dependency[v] = 0.0;
            }
        }
    }
}
