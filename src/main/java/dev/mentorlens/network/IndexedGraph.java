package dev.mentorlens.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.Graphs;

/**
 * Compact int-indexed adjacency of an undirected simple graph, for the hand-written traversals: the
 * neighbours of vertex {@code v} are {@code target(k)} for {@code k} in {@code [first(v), end(v))}, all
 * in one array so that a traversal of a large network reads memory in order.
 */
final class IndexedGraph<V> {

    private final List<V> vertices;
    private final int[] offsets;
    private final int[] targets;

    /**
     * @param vertices the vertex of each index
     * @param offsets  {@code vertices.size() + 1} ascending positions in {@code targets}
     * @param targets  the neighbours of every vertex, vertex after vertex; each tie appears twice
     */
    IndexedGraph(List<V> vertices, int[] offsets, int[] targets) {
        this.vertices = vertices;
        this.offsets = offsets;
        this.targets = targets;
    }

    static <V, E> IndexedGraph<V> of(Graph<V, E> graph) {
        List<V> vertices = new ArrayList<>(graph.vertexSet());
        Map<V, Integer> index = new HashMap<>(vertices.size() * 2);
        for (int i = 0; i < vertices.size(); i++) {
            index.put(vertices.get(i), i);
        }
        int[] offsets = new int[vertices.size() + 1];
        int[] targets = new int[graph.edgeSet().size() * 2];
        int position = 0;
        for (int i = 0; i < vertices.size(); i++) {
            offsets[i] = position;
            for (V neighbour : Graphs.neighborListOf(graph, vertices.get(i))) {
                targets[position++] = index.get(neighbour);
            }
        }
        offsets[vertices.size()] = position;
        return new IndexedGraph<>(vertices, offsets, targets);
    }

    int size() {
        return vertices.size();
    }

    /** Number of ties (each counted once). */
    int ties() {
        return targets.length / 2;
    }

    V vertex(int i) {
        return vertices.get(i);
    }

    int first(int v) {
        return offsets[v];
    }

    int end(int v) {
        return offsets[v + 1];
    }

    int target(int k) {
        return targets[k];
    }
}
