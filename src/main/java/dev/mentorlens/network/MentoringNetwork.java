package dev.mentorlens.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DefaultEdge;

/**
 * Undirected simple graph of people tied by mentoring (a mentor and a mentee of a match) or by
 * attending the same session. Self-ties are ignored and repeated ties collapse into one.
 *
 * <p>Departments come from a lookup given at construction; a {@code null} department is unknown:
 * it is not counted in {@code departmentsReached}, and a tie with an unknown end is not
 * cross-department (it still counts in the denominator of the share).
 *
 * <p>An organisation's network has millions of ties, most of them repeated (every session of a
 * pair ties the same two people again), so people are numbered as they come and a tie is one
 * {@code long} of its two numbers; repeats are removed whenever the buffer fills, and the measures
 * run on a compact adjacency built once ({@link IndexedGraph}).
 */
public final class MentoringNetwork {

    private static final int INITIAL_TIES = 1 << 10;

    private final Function<String, String> departmentOf;
    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<String> people = new ArrayList<>();
    /** Ties as {@code lower << 32 | higher}; the first {@code distinctTies} are sorted and distinct. */
    private long[] ties = new long[INITIAL_TIES];
    private int tieCount;
    private int distinctTies;
    private IndexedGraph<String> indexed;

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
        number(personId);
        return this;
    }

    /** Adds both people and a tie between them; a self-tie only adds the person. */
    public MentoringNetwork addTie(String a, String b) {
        tie(number(a), number(b));
        return this;
    }

    /** Adds every attendee and a tie between every pair of distinct attendees. */
    public MentoringNetwork addGroup(Collection<String> attendees) {
        int[] distinct = new LinkedHashSet<>(attendees).stream().mapToInt(this::number).toArray();
        for (int i = 1; i < distinct.length; i++) {
            for (int j = 0; j < i; j++) {
                tie(distinct[j], distinct[i]);
            }
        }
        return this;
    }

    /** Calls {@code action} once per tie with its two people. */
    public void forEachTie(BiConsumer<String, String> action) {
        compact();
        for (int i = 0; i < distinctTies; i++) {
            action.accept(people.get(lower(ties[i])), people.get(higher(ties[i])));
        }
    }

    /** A read-only JGraphT copy of the network, for small networks and tests. */
    public Graph<String, DefaultEdge> graph() {
        return new AsUnmodifiableGraph<>(BridgeFinder.simpleGraph(indexed()));
    }

    public NetworkReach measure() {
        IndexedGraph<String> graph = indexed();
        int n = graph.size();
        if (n == 0) {
            return NetworkReach.empty();
        }
        String[] departmentByPerson = new String[n];
        Set<String> departments = new HashSet<>();
        for (int v = 0; v < n; v++) {
            departmentByPerson[v] = departmentOf.apply(graph.vertex(v));
            if (departmentByPerson[v] != null) {
                departments.add(departmentByPerson[v]);
            }
        }
        int crossTies = 0;
        for (int i = 0; i < distinctTies; i++) {
            String a = departmentByPerson[lower(ties[i])];
            String b = departmentByPerson[higher(ties[i])];
            if (a != null && b != null && !a.equals(b)) {
                crossTies++;
            }
        }
        int[] componentSizes = ComponentSizes.of(graph);
        int largest = Arrays.stream(componentSizes).max().orElse(0);
        int tieTotal = graph.ties();
        return new NetworkReach(
                n,
                tieTotal,
                departments.size(),
                crossTies,
                tieTotal == 0 ? null : (double) crossTies / tieTotal,
                componentSizes.length,
                largest,
                (double) largest / n,
                TwoHopReach.average(graph));
    }

    /** The {@code k} strongest bridges, ranked by {@link BridgeFinder} with its defaults. */
    public List<Bridge> topBridges(int k) {
        return new BridgeFinder().topBridges(indexed(), k);
    }

    private int number(String personId) {
        Objects.requireNonNull(personId, "personId");
        Integer number = numbers.get(personId);
        if (number == null) {
            number = people.size();
            numbers.put(personId, number);
            people.add(personId);
            indexed = null;
        }
        return number;
    }

    private void tie(int a, int b) {
        if (a == b) {
            return;
        }
        if (tieCount == ties.length) {
            compact();
            // grow when repeats freed less than half of the buffer
            if (tieCount > ties.length / 2) {
                ties = Arrays.copyOf(ties, ties.length * 2);
            }
        }
        ties[tieCount++] = a < b ? (long) a << 32 | b : (long) b << 32 | a;
        indexed = null;
    }

    /** Sorts the ties and removes repeats. */
    private void compact() {
        if (distinctTies == tieCount) {
            return;
        }
        Arrays.sort(ties, 0, tieCount);
        int distinct = 0;
        for (int i = 0; i < tieCount; i++) {
            if (distinct == 0 || ties[i] != ties[distinct - 1]) {
                ties[distinct++] = ties[i];
            }
        }
        tieCount = distinct;
        distinctTies = distinct;
    }

    private IndexedGraph<String> indexed() {
        if (indexed == null) {
            compact();
            int n = people.size();
            int[] offsets = new int[n + 1];
            for (int i = 0; i < distinctTies; i++) {
                offsets[lower(ties[i]) + 1]++;
                offsets[higher(ties[i]) + 1]++;
            }
            for (int v = 0; v < n; v++) {
                offsets[v + 1] += offsets[v];
            }
            int[] targets = new int[distinctTies * 2];
            int[] next = Arrays.copyOf(offsets, n);
            for (int i = 0; i < distinctTies; i++) {
                int a = lower(ties[i]);
                int b = higher(ties[i]);
                targets[next[a]++] = b;
                targets[next[b]++] = a;
            }
            indexed = new IndexedGraph<>(List.copyOf(people), offsets, targets);
        }
        return indexed;
    }

    private static int lower(long tie) {
        return (int) (tie >>> 32);
    }

    private static int higher(long tie) {
        return (int) tie;
    }
}
