package dev.mentorlens.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.Graphs;

/** Compact int-indexed adjacency of an undirected graph, for the hand-written traversals. */
final class IndexedGraph<V> {

    private final List<V> vertices;
    private final int[][] adjacency;

    private IndexedGraph(List<V> vertices, int[][] adjacency) {
        this.vertices = vertices;
        this.adjacency = adjacency;
    }

    static <V, E> IndexedGraph<V> of(Graph<V, E> graph) {
        List<V> vertices = new ArrayList<>(graph.vertexSet());
        Map<V, Integer> index = new HashMap<>(vertices.size() * 2);
        for (int i = 0; i < vertices.size(); i++) {
            index.put(vertices.get(i), i);
        }
        int[][] adjacency = new int[vertices.size()][];
        for (int i = 0; i < vertices.size(); i++) {
            List<V> neighbours = Graphs.neighborListOf(graph, vertices.get(i));
            int[] row = new int[neighbours.size()];
            for (int j = 0; j < row.length; j++) {
                row[j] = index.get(neighbours.get(j));
            }
            adjacency[i] = row;
        }
        return new IndexedGraph<>(vertices, adjacency);
    }

    int size() {
        return vertices.size();
    }

    V vertex(int i) {
        return vertices.get(i);
    }

    int[] neighbours(int i) {
        return adjacency[i];
    }
}
