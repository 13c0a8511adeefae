package dev.mentorlens.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Ranks people by normalised betweenness centrality: exact (JGraphT, Brandes) up to
 * {@link #EXACT_LIMIT} people, estimated by {@link PivotSampledBetweenness} above it. A dense network
 * (a group session of hundreds makes every pair of its attendees a tie) goes to the faster int-array
 * accumulation too, which is still exact when every person is a pivot.
 */
public final class BridgeFinder {

    /**
     * Largest network measured exactly. JGraphT's Brandes costs O(people × ties) and took 4–8 s on
     * email-Eu-core (1,005 people, 16,064 ties); at 2,000 people and twice the ties that is already
     * 20–30 s of a batch step, and it grows quadratically beyond.
     */
    public static final int EXACT_LIMIT = 2_000;

    /**
     * Pivots sampled above {@link #EXACT_LIMIT}. The sampled accumulation works on int arrays and is
     * about 20× faster per source than JGraphT's, so 1,000 pivots stay well under the exact cost.
     */
    public static final int DEFAULT_PIVOTS = 1_000;

    /** People × ties above which JGraphT's Brandes is too slow: about its cost at {@link #EXACT_LIMIT} people. */
    static final long EXACT_COST_LIMIT = 64_000_000L;

    /** Fixed so that reruns on the same network rank the same bridges. */
    public static final long DEFAULT_SEED = 20_240_601L;

    /** Ranking granularity, so scores equal up to floating-point noise tie and fall back to the id. */
    private static final double RANKING_RESOLUTION = 1e12;

    private final int exactLimit;
    private final int pivots;
    private final long seed;

    public BridgeFinder() {
        this(EXACT_LIMIT, DEFAULT_PIVOTS, DEFAULT_SEED);
    }

    /**
     * @param exactLimit largest number of people measured exactly
     * @param pivots     pivots sampled for larger networks
     * @param seed       seed of the pivot sample
     */
    public BridgeFinder(int exactLimit, int pivots, long seed) {
        if (exactLimit < 0 || pivots < 1) {
            throw new IllegalArgumentException("exactLimit must be >= 0 and pivots >= 1");
        }
        this.exactLimit = exactLimit;
        this.pivots = pivots;
        this.seed = seed;
    }

    /**
     * The {@code k} people with the highest normalised betweenness, highest first, ties by person id
     * ascending; fewer when the network has fewer people.
     */
    public <E> List<Bridge> topBridges(Graph<String, E> graph, int k) {
        return topBridges(IndexedGraph.of(graph), k);
    }

    List<Bridge> topBridges(IndexedGraph<String> graph, int k) {
        if (k < 0) {
            throw new IllegalArgumentException("k must be >= 0: " + k);
        }
        int n = graph.size();
        boolean dense = (long) n * graph.ties() > EXACT_COST_LIMIT;
        boolean estimated = (n > exactLimit || dense) && pivots < n;
        Map<String, Double> raw = estimated || dense
                ? PivotSampledBetweenness.estimate(graph, estimated ? pivots : n, seed)
                : new BetweennessCentrality<>(simpleGraph(graph), false).getScores();
        // JGraphT's own normalisation divides by (n-1)(n-2), half of the undirected convention
        double factor = n < 3 ? 0.0 : 2.0 / ((double) (n - 1) * (n - 2));
        List<Bridge> bridges = new ArrayList<>(n);
        raw.forEach((person, score) -> bridges.add(new Bridge(person, score * factor, estimated)));
        bridges.sort(Comparator
                .comparingLong((Bridge b) -> Math.round(b.betweenness() * RANKING_RESOLUTION)).reversed()
                .thenComparing(Bridge::personId));
        return List.copyOf(bridges.subList(0, Math.min(k, bridges.size())));
    }

    /** A JGraphT graph of a small network, for the exact measure. */
    static Graph<String, DefaultEdge> simpleGraph(IndexedGraph<String> indexed) {
        Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        for (int v = 0; v < indexed.size(); v++) {
            graph.addVertex(indexed.vertex(v));
        }
        for (int v = 0; v < indexed.size(); v++) {
            for (int k = indexed.first(v); k < indexed.end(v); k++) {
                int w = indexed.target(k);
                if (v < w) {
                    graph.addEdge(indexed.vertex(v), indexed.vertex(w));
                }
            }
        }
        return graph;
    }
}
