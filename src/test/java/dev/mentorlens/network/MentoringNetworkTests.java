package dev.mentorlens.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

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
}
