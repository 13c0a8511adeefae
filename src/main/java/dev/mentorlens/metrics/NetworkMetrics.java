package dev.mentorlens.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

import dev.mentorlens.network.Bridge;
import dev.mentorlens.network.MentoringNetwork;
import dev.mentorlens.network.NetworkReach;

/**
 * The network reach of a programme (or of every programme, {@code programmeId = null}) as of D:
 * ties of matches dated on or before D and of held sessions dated on or before D, with the ties per
 * pair of departments that the workbook's chart shows, counted on the same network.
 */
final class NetworkMetrics {

    static final int BRIDGES = 5;
    static final String UNKNOWN = "unknown";
    private static final Comparator<List<String>> PAIR_ORDER = Comparator.<List<String>, String>comparing(p -> p.get(0))
            .thenComparing(p -> p.get(1));

    private final List<MetricRow> rows;
    private final List<Bridge> bridges;
    private final List<DepartmentTies> departmentTies;
    private final List<MetricRow> monthBeforeRows;

    private NetworkMetrics(List<MetricRow> rows, List<Bridge> bridges, List<DepartmentTies> departmentTies,
            List<MetricRow> monthBeforeRows) {
        this.rows = rows;
        this.bridges = bridges;
        this.departmentTies = departmentTies;
        this.monthBeforeRows = monthBeforeRows;
    }

    static NetworkMetrics of(String period, String programmeId, LocalDate d, MetricsRepository repository,
            Workforce workforce) {
        return measured(period, programmeId, d, null, repository, workforce);
    }

    /**
     * As {@link #of}, and the reach of the month before (period {@code before}) from the same read of the
     * ties: the network as of its last day is the part of this one dated on or before it.
     */
    static NetworkMetrics withMonthBefore(String period, String programmeId, LocalDate d, MetricsSettings before,
            MetricsRepository repository, Workforce workforce) {
        return measured(period, programmeId, d, before, repository, workforce);
    }

    private static NetworkMetrics measured(String period, String programmeId, LocalDate d, MetricsSettings before,
            MetricsRepository repository, Workforce workforce) {
        Map<String, String> departments = workforce.departments();
        MentoringNetwork network = MentoringNetwork.withDepartments(departments);
        MentoringNetwork monthBefore = before == null ? null : MentoringNetwork.withDepartments(departments);
        BiConsumer<List<String>, LocalDate> add = (people, day) -> {
            network.addGroup(people);
            if (monthBefore != null && !day.isAfter(before.lastDay())) {
                monthBefore.addGroup(people);
            }
        };
        repository.matchTies(programmeId, d, add);
        repository.heldSessionAttendees(programmeId, d, add);
        List<MetricRow> monthBeforeRows = monthBefore == null ? List.of()
                : rows(before.label(), programmeId, monthBefore.measure());
        return new NetworkMetrics(rows(period, programmeId, network.measure()), network.topBridges(BRIDGES),
                departmentTies(network, departments), monthBeforeRows);
    }

    private static List<MetricRow> rows(String period, String programmeId, NetworkReach reach) {
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
        return rows;
    }

    private static List<DepartmentTies> departmentTies(MentoringNetwork network, Map<String, String> departments) {
        Map<List<String>, Integer> counts = new TreeMap<>(PAIR_ORDER);
        network.forEachTie((person, other) -> {
            String a = departments.getOrDefault(person, UNKNOWN);
            String b = departments.getOrDefault(other, UNKNOWN);
            counts.merge(a.compareTo(b) <= 0 ? List.of(a, b) : List.of(b, a), 1, Integer::sum);
        });
        List<DepartmentTies> ties = new ArrayList<>();
        counts.forEach((pair, n) -> ties.add(new DepartmentTies(pair.get(0), pair.get(1), n)));
        return ties;
    }

    List<MetricRow> rows() {
        return rows;
    }

    /** The reach rows of the month before, when measured {@link #withMonthBefore with it}; else empty. */
    List<MetricRow> monthBeforeRows() {
        return monthBeforeRows;
    }

    List<Bridge> bridges() {
        return bridges;
    }

    /** Whether the bridges were ranked by sampled rather than exact betweenness. */
    boolean bridgesEstimated() {
        return bridges.stream().anyMatch(Bridge::estimated);
    }

    List<DepartmentTies> departmentTies() {
        return departmentTies;
    }
}
