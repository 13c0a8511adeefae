package dev.mentorlens.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;

class BridgeFinderTests {

    @Test
    void measuresTheDenseNetworkOfAGroupSessionOfSixHundredExactly() {
        // A 600-attendee group session ties every pair of its attendees; one more person hangs on A0.
        Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        for (int i = 0; i < 600; i++) {
            graph.addVertex("A" + i);
            for (int j = 0; j < i; j++) {
                graph.addEdge("A" + j, "A" + i);
            }
        }
        graph.addVertex("P");
        graph.addEdge("P", "A0");

        List<Bridge> top = new BridgeFinder().topBridges(graph, 2);

        // every shortest path from P to the 599 others runs through A0, and no other path runs through anyone
        double normalised = 599 * 2.0 / (600.0 * 599.0);
        assertThat(top.get(0).personId()).isEqualTo("A0");
        assertThat(top.get(0).betweenness()).isCloseTo(normalised, offset(1e-12));
        assertThat(top.get(0).estimated()).isFalse();
        assertThat(top.get(1).betweenness()).isCloseTo(0.0, offset(1e-12));
    }
}
