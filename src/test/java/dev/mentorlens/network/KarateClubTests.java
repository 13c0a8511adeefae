package dev.mentorlens.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Zachary's karate club (Newman's GML), checked against published betweenness values. */
class KarateClubTests {

    private static final Path KARATE = dev.mentorlens.support.SharedData.resolve("datasets", "karate", "karate.gml");
    private static final Pattern NODE = Pattern.compile("node\\s*\\[\\s*id\\s+(\\d+)\\s*\\]");
    private static final Pattern EDGE =
            Pattern.compile("edge\\s*\\[\\s*source\\s+(\\d+)\\s+target\\s+(\\d+)\\s*\\]");
    /** (n-1)(n-2)/2 for n = 34. */
    private static final double UNDIRECTED_PAIRS = 528.0;

    private static MentoringNetwork karate;

    @BeforeAll
    static void readKarateClub() throws IOException {
        String gml = Files.readString(KARATE);
        karate = new MentoringNetwork();
        Matcher node = NODE.matcher(gml);
        while (node.find()) {
            karate.addPerson(node.group(1));
        }
        Matcher edge = EDGE.matcher(gml);
        while (edge.find()) {
            karate.addTie(edge.group(1), edge.group(2));
        }
    }

    @Test
    void measuresPublishedSizeAsOneComponent() {
        NetworkReach reach = karate.measure();

        assertThat(reach.people()).isEqualTo(34);
        assertThat(reach.ties()).isEqualTo(78);
        assertThat(reach.components()).isEqualTo(1);
        assertThat(reach.largestComponentShare()).isEqualTo(1.0);
    }

    @Test
    void ranksPublishedTopFiveBridgesWithNormalisedBetweenness() {
        List<Bridge> bridges = karate.topBridges(5);

        assertThat(bridges).extracting(Bridge::personId).containsExactly("1", "34", "33", "3", "32");
        assertThat(bridges).extracting(Bridge::estimated).containsOnly(false);
        double[] published = {231.0714, 160.5516, 76.6905, 75.8508, 73.0095};
        for (int i = 0; i < published.length; i++) {
            assertThat(bridges.get(i).betweenness()).isCloseTo(published[i] / UNDIRECTED_PAIRS, within(1e-6));
        }
    }

    @Test
    void pivotSamplingWithEveryPersonAsPivotEqualsExactBetweenness() {
        Graph<String, DefaultEdge> graph = karate.graph();
        Map<String, Double> exact = new BetweennessCentrality<>(graph, false).getScores();

        Map<String, Double> sampled = PivotSampledBetweenness.estimate(graph, 34, 7L);

        assertThat(sampled).hasSameSizeAs(exact);
        exact.forEach((person, score) -> assertThat(sampled.get(person)).isCloseTo(score, within(1e-9)));
        assertThat(sampled.get("1")).isCloseTo(231.0714, within(1e-4));
    }

    @Test
    void pivotSamplingWithHalfThePeopleFindsTheSameTopTwoBridges() {
        for (long seed = 1; seed <= 10; seed++) {
            BridgeFinder sampling = new BridgeFinder(0, 17, seed);

            List<Bridge> bridges = sampling.topBridges(karate.graph(), 2);

            assertThat(bridges).extracting(Bridge::personId).as("seed %d", seed).containsExactly("1", "34");
            assertThat(bridges).extracting(Bridge::estimated).containsOnly(true);
        }
    }

    @Test
    void pivotSamplingIsReproducibleForAGivenSeed() {
        Map<String, Double> first = PivotSampledBetweenness.estimate(karate.graph(), 10, 42L);
        Map<String, Double> second = PivotSampledBetweenness.estimate(karate.graph(), 10, 42L);

        assertThat(second).isEqualTo(first);
    }
}
