package dev.mentorlens.network;

import java.util.Arrays;

/** The sizes of the connected components of a graph (an isolated vertex is one), by breadth-first search. */
final class ComponentSizes {

    private ComponentSizes() {
    }

    static int[] of(IndexedGraph<?> graph) {
        int n = graph.size();
        boolean[] reached = new boolean[n];
        int[] queue = new int[n];
        int[] sizes = new int[n];
        int components = 0;
        for (int start = 0; start < n; start++) {
            if (reached[start]) {
                continue;
            }
            reached[start] = true;
            queue[0] = start;
            int size = 1;
            for (int head = 0; head < size; head++) {
                int v = queue[head];
                for (int k = graph.first(v); k < graph.end(v); k++) {
                    int w = graph.target(k);
                    if (!reached[w]) {
                        reached[w] = true;
                        queue[size++] = w;
                    }
                }
            }
            sizes[components++] = size;
        }
        return Arrays.copyOf(sizes, components);
    }
}
