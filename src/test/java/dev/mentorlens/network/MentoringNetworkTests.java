package dev.mentorlens.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;

class MentoringNetworkTests {

    @Test
    void emptyNetworkHasZeroCountsAndNoShares() {
        MentoringNetwork network = new MentoringNetwork();

        NetworkReach reach = network.measure();

        assertThat(reach).isEqualTo(new NetworkReach(0, 0, 0, 0, null, 0, 0, null, null));
        assertThat(network.topBridges(5)).isEmpty();
    }

    @Test
    void oneTieBetweenDepartmentsIsFullyCrossDepartment() {
        MentoringNetwork network = MentoringNetwork.withDepartments(Map.of("ann", "Sales", "bob", "IT"));
        network.addTie("ann", "bob");

        NetworkReach reach = network.measure();

        assertThat(reach.people()).isEqualTo(2);
        assertThat(reach.ties()).isEqualTo(1);
        assertThat(reach.departmentsReached()).isEqualTo(2);
        assertThat(reach.crossDepartmentTieShare()).isEqualTo(1.0);
        assertThat(reach.components()).isEqualTo(1);
        assertThat(reach.largestComponentShare()).isEqualTo(1.0);
        assertThat(reach.avgTwoHopReach()).isEqualTo(1.0);
    }

    @Test
    void peopleWithoutTiesHaveNoTieShareButCountAsComponents() {
        MentoringNetwork network = new MentoringNetwork(person -> "Sales");
        network.addPerson("ann").addPerson("bob");

        NetworkReach reach = network.measure();

        assertThat(reach.people()).isEqualTo(2);
        assertThat(reach.ties()).isZero();
        assertThat(reach.crossDepartmentTieShare()).isNull();
        assertThat(reach.components()).isEqualTo(2);
        assertThat(reach.largestComponentShare()).isEqualTo(0.5);
        assertThat(reach.avgTwoHopReach()).isZero();
        assertThat(reach.departmentsReached()).isEqualTo(1);
    }

    @Test
    void groupOfFourAttendeesGivesSixTies() {
        MentoringNetwork network = new MentoringNetwork();
        network.addGroup(List.of("a", "b", "c", "d"));

        NetworkReach reach = network.measure();

        assertThat(reach.people()).isEqualTo(4);
        assertThat(reach.ties()).isEqualTo(6);
        assertThat(reach.avgTwoHopReach()).isEqualTo(3.0);
    }

    @Test
    void duplicateAndSelfTiesAreIgnored() {
        MentoringNetwork network = new MentoringNetwork();
        network.addTie("a", "b").addTie("b", "a").addTie("a", "b").addTie("c", "c");
        network.addGroup(List.of("a", "a", "b"));

        NetworkReach reach = network.measure();

        assertThat(reach.people()).isEqualTo(3);
        assertThat(reach.ties()).isEqualTo(1);
        assertThat(reach.components()).isEqualTo(2);
    }

    @Test
    void twoHopReachOnAPathCountsOtherPeopleWithinDistanceTwo() {
        MentoringNetwork network = new MentoringNetwork();
        network.addTie("a", "b").addTie("b", "c").addTie("c", "d");

        NetworkReach reach = network.measure();

        assertThat(reach.avgTwoHopReach()).isEqualTo(2.5);
    }

    @Test
    void unknownDepartmentsAreNotReachedAndNotCrossDepartment() {
        MentoringNetwork network = MentoringNetwork.withDepartments(Map.of("a", "Sales", "c", "IT"));
        network.addTie("a", "b").addTie("b", "c").addTie("a", "c");

        NetworkReach reach = network.measure();

        assertThat(reach.departmentsReached()).isEqualTo(2);
        assertThat(reach.crossDepartmentTies()).isEqualTo(1);
        assertThat(reach.crossDepartmentTieShare()).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void bridgesOnAPathAreTheInnerPeopleTiedByIdAndNormalised() {
        MentoringNetwork network = new MentoringNetwork();
        network.addTie("d", "c").addTie("c", "b").addTie("b", "a");

        List<Bridge> bridges = network.topBridges(10);

        // b lies on the a–c and a–d paths: raw 2, normalised 2 × 2 / (3 × 2)
        assertThat(bridges).extracting(Bridge::personId).containsExactly("b", "c", "a", "d");
        assertThat(bridges.get(0).betweenness()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(bridges.get(2).betweenness()).isZero();
    }

    @Test
    void negativeBridgeCountIsRejected() {
        assertThatThrownBy(() -> new MentoringNetwork().topBridges(-1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tiesRepeatedManyTimesInAnyOrderMeasureLikeTheSameJGraphTGraph() {
        // 30,000 additions among 1,500 people, most of them repeats, well past the first buffer of ties
        Random random = new Random(17L);
        MentoringNetwork network = new MentoringNetwork(person -> "d" + person.hashCode() % 3);
        Graph<String, DefaultEdge> reference = new SimpleGraph<>(DefaultEdge.class);
        for (int i = 0; i < 30_000; i++) {
            String a = "p" + random.nextInt(1_500);
            String b = "p" + random.nextInt(i % 7 == 0 ? 1_500 : 40);
            network.addTie(a, b);
            reference.addVertex(a);
            reference.addVertex(b);
            if (!a.equals(b)) {
                reference.addEdge(a, b);
            }
        }

        NetworkReach reach = network.measure();

        List<Set<String>> components = new ConnectivityInspector<>(reference).connectedSets();
        assertThat(reach.people()).isEqualTo(reference.vertexSet().size());
        assertThat(reach.ties()).isEqualTo(reference.edgeSet().size());
        assertThat(reach.components()).isEqualTo(components.size());
        assertThat(reach.largestComponentPeople()).isEqualTo(components.stream().mapToInt(Set::size).max().orElseThrow());
        assertThat(reach.avgTwoHopReach()).isCloseTo(twoHopReach(reference), within(1e-9));
        assertThat(network.graph().edgeSet()).hasSize(reference.edgeSet().size());
        List<String> tied = new ArrayList<>();
        network.forEachTie((a, b) -> tied.add(a + "-" + b));
        assertThat(tied).hasSize(reference.edgeSet().size()).doesNotHaveDuplicates()
                .allSatisfy(tie -> assertThat(reference.containsEdge(tie.split("-")[0], tie.split("-")[1])).isTrue());
    }

    @Test
    void aPersonAddedAfterMeasuringIsCountedInTheNextMeasure() {
        MentoringNetwork network = new MentoringNetwork().addTie("a", "b");
        assertThat(network.measure().people()).isEqualTo(2);

        network.addPerson("c").addTie("b", "d");

        assertThat(network.measure().people()).isEqualTo(4);
        assertThat(network.measure().ties()).isEqualTo(2);
        assertThat(network.measure().components()).isEqualTo(2);
    }

    private static double twoHopReach(Graph<String, DefaultEdge> graph) {
        long total = 0;
        for (String person : graph.vertexSet()) {
            Set<String> within = new HashSet<>();
            for (String neighbour : Graphs.neighborListOf(graph, person)) {
                within.add(neighbour);
                within.addAll(Graphs.neighborListOf(graph, neighbour));
            }
            within.remove(person);
            total += within.size();
        }
        return (double) total / graph.vertexSet().size();
    }
}
