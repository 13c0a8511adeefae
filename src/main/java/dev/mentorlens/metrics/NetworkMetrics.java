package dev.mentorlens.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.mentorlens.network.Bridge;
import dev.mentorlens.network.MentoringNetwork;
import dev.mentorlens.network.NetworkReach;

/**
 * The network reach of a programme (or of every programme, {@code programmeId = null}) as of D:
 * ties of matches dated on or before D and of held sessions dated on or before D.
 */
final class NetworkMetrics {

    static final int BRIDGES = 5;

    private final List<MetricRow> rows;
    private final List<Bridge> bridges;

    private NetworkMetrics(List<MetricRow> rows, List<Bridge> bridges) {
        this.rows = rows;
        this.bridges = bridges;
    }

    static NetworkMetrics of(String period, String programmeId, LocalDate d, MetricsRepository repository,
            Workforce workforce) {
        MentoringNetwork network = MentoringNetwork.withDepartments(workforce.departments());
        repository.matchTies(programmeId, d, network::addTie);
        repository.heldSessionAttendees(programmeId, d, network::addGroup);
        NetworkReach reach = network.measure();
        String label = programmeId == null ? Groups.ALL : programmeId;
        List<MetricRow> rows = new ArrayList<>();
        rows.add(MetricRow.count(period, label, Groups.ALL, "network_people", reach.people()));
        rows.add(MetricRow.count(period, label, Groups.ALL, "network_ties", reach.ties()));
        rows.add(MetricRow.count(period, label, Groups.ALL, "departments_reached", reach.departmentsReached()));
        rows.add(MetricRow.of(period, label, Groups.ALL, "cross_department_tie_share",
                reach.crossDepartmentTieShare(), reach.ties()));
        rows.add(MetricRow.count(period, label, Groups.ALL, "components", reach.components()));
        rows.add(MetricRow.of(period, label, Groups.ALL, "largest_component_share", reach.largestComponentShare(),
                reach.people()));
        rows.add(MetricRow.of(period, label, Groups.ALL, "avg_two_hop_reach", reach.avgTwoHopReach(),
                reach.people()));
        return new NetworkMetrics(rows, network.topBridges(BRIDGES));
    }

    List<MetricRow> rows() {
        return rows;
    }

    List<Bridge> bridges() {
        return bridges;
    }
}
