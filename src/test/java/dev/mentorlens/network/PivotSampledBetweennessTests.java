package dev.mentorlens.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.Test;

class PivotSampledBetweennessTests {

    @Test
    void everyPersonAsPivotMatchesJGraphTOnARandomDisconnectedGraph() {
        Graph<String, DefaultEdge> graph = randomNetwork(300, 0.012, 11L).graph();
        Map<String, Double> exact = new BetweennessCentrality<>(graph, false).getScores();

        Map<String, Double> sampled = PivotSampledBetweenness.estimate(graph, 300, 3L);

        exact.forEach((person, score) -> assertThat(sampled.get(person)).as(person).isCloseTo(score, within(1e-7)));
    }

    @Test
    void moreRequestedPivotsThanPeopleAreClampedToExact() {
        Graph<String, DefaultEdge> graph = new MentoringNetwork().addTie("a", "b").addTie("b", "c").graph();

        Map<String, Double> sampled = PivotSampledBetweenness.estimate(graph, 50, 3L);

        assertThat(sampled).containsEntry("b", 1.0).containsEntry("a", 0.0).containsEntry("c", 0.0);
    }

    @Test
    void bridgeFinderAboveItsExactLimitMarksValuesEstimated() {
        MentoringNetwork network = randomNetwork(100, 0.05, 5L);

        assertThat(new BridgeFinder(99, 40, 1L).topBridges(network.graph(), 3))
                .hasSize(3).extracting(Bridge::estimated).containsOnly(true);
        assertThat(new BridgeFinder(100, 40, 1L).topBridges(network.graph(), 3))
                .hasSize(3).extracting(Bridge::estimated).containsOnly(false);
    }

    @Test
    void aSampleDoesNotDependOnTheOrderInWhichTheNetworkWasBuilt() {
        MentoringNetwork forwards = new MentoringNetwork();
        MentoringNetwork backwards = new MentoringNetwork();
        List<String[]> ties = new ArrayList<>();
        randomNetwork(400, 0.01, 9L).forEachTie((a, b) -> ties.add(new String[] {a, b}));
        ties.forEach(tie -> forwards.addTie(tie[0], tie[1]));
        Collections.reverse(ties);
        ties.forEach(tie -> backwards.addTie(tie[1], tie[0]));

        Map<String, Double> first = PivotSampledBetweenness.estimate(forwards.graph(), 37, 5L);
        Map<String, Double> second = PivotSampledBetweenness.estimate(backwards.graph(), 37, 5L);

        assertThat(second.keySet()).isEqualTo(first.keySet());
        first.forEach((person, score) -> assertThat(second.get(person)).as(person).isCloseTo(score, within(1e-9)));
        assertThat(first.values()).anySatisfy(score -> assertThat(score).isPositive());
    }

    @Test
    void zeroPivotsAreRejected() {
        Graph<String, DefaultEdge> graph = new MentoringNetwork().addTie("a", "b").graph();

        assertThatThrownBy(() -> PivotSampledBetweenness.estimate(graph, 0, 1L))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static MentoringNetwork randomNetwork(int people, double tieProbability, long seed) {
        Random random = new Random(seed);
        MentoringNetwork network = new MentoringNetwork();
        for (int i = 0; i < people; i++) {
            network.addPerson("p" + i);
            for (int j = 0; j < i; j++) {
                if (random.nextDouble() < tieProbability) {
                    network.addTie("p" + j, "p" + i);
                }
            }
        }
        return network;
    }
}
