package dev.mentorlens.network;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Undirected simple graph of people tied by mentoring (a mentor and a mentee of a match) or by
 * attending the same session. Self-ties are ignored and repeated ties collapse into one.
 *
 * <p>Departments come from a lookup given at construction; a {@code null} department is unknown:
 * it is not counted in {@code departmentsReached}, and a tie with an unknown end is not
 * cross-department (it still counts in the denominator of the share).
 */
public final class MentoringNetwork {

    private final Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
    private final Function<String, String> departmentOf;

    /** A network whose people all have unknown departments. */
    public MentoringNetwork() {
        this(person -> null);
    }

    /** @param departmentOf a person's department, or {@code null} when unknown */
    public MentoringNetwork(Function<String, String> departmentOf) {
        this.departmentOf = Objects.requireNonNull(departmentOf, "departmentOf");
    }

    /** A network whose departments are looked up in {@code departments} (absent = unknown). */
    public static MentoringNetwork withDepartments(Map<String, String> departments) {
        Objects.requireNonNull(departments, "departments");
        return new MentoringNetwork(departments::get);
    }

    /** Adds a person, with or without ties. */
    public MentoringNetwork addPerson(String personId) {
        graph.addVertex(Objects.requireNonNull(personId, "personId"));
        return this;
    }

    /** Adds both people and a tie between them; a self-tie only adds the person. */
    public MentoringNetwork addTie(String a, String b) {
        addPerson(a);
        addPerson(b);
        if (!a.equals(b)) {
            graph.addEdge(a, b);
        }
        return this;
    }

    /** Adds every attendee and a tie between every pair of distinct attendees. */
    public MentoringNetwork addGroup(Collection<String> attendees) {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(attendees));
        for (int i = 0; i < distinct.size(); i++) {
            addPerson(distinct.get(i));
            for (int j = 0; j < i; j++) {
                addTie(distinct.get(j), distinct.get(i));
            }
        }
        return this;
    }

    /** Read-only view of the graph. */
    public Graph<String, DefaultEdge> graph() {
        return new AsUnmodifiableGraph<>(graph);
    }

    public NetworkReach measure() {
        int people = graph.vertexSet().size();
        if (people == 0) {
            return NetworkReach.empty();
        }
        int ties = graph.edgeSet().size();

        Map<String, String> departmentByPerson = new HashMap<>(people * 2);
        for (String person : graph.vertexSet()) {
            departmentByPerson.put(person, departmentOf.apply(person));
        }
        Set<String> departments = new HashSet<>(departmentByPerson.values());
        departments.remove(null);

        int crossTies = 0;
        for (DefaultEdge tie : graph.edgeSet()) {
            String a = departmentByPerson.get(graph.getEdgeSource(tie));
            String b = departmentByPerson.get(graph.getEdgeTarget(tie));
            if (a != null && b != null && !a.equals(b)) {
                crossTies++;
            }
        }

        List<Set<String>> components = new ConnectivityInspector<>(graph).connectedSets();
        int largest = components.stream().mapToInt(Set::size).max().orElse(0);

        return new NetworkReach(
                people,
                ties,
                departments.size(),
                crossTies,
                ties == 0 ? null : (double) crossTies / ties,
                components.size(),
                largest,
                (double) largest / people,
                TwoHopReach.average(IndexedGraph.of(graph)));
    }

    /** The {@code k} strongest bridges, ranked by {@link BridgeFinder} with its defaults. */
    public List<Bridge> topBridges(int k) {
        return new BridgeFinder().topBridges(graph, k);
    }
}
