package dev.mentorlens.metrics;

import java.util.AbstractMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Every accepted employee, by id. */
final class Workforce {

    private static final int OUTSIDE_KEPT = 2;

    private final List<Employee> employees;
    private final Map<String, Employee> byId = new HashMap<>();
    /** By the set they leave out, compared by identity; at most {@link #OUTSIDE_KEPT}. */
    private final Map<Set<String>, List<Employee>> outside = new IdentityHashMap<>();

    Workforce(List<Employee> employees) {
        this.employees = List.copyOf(employees);
        employees.forEach(e -> byId.put(e.employeeId(), e));
    }

    List<Employee> all() {
        return employees;
    }

    /**
     * The employees whose id is not in {@code ids}. The metrics ask it for every group of the same two sets
     * (everyone enrolled by D, and by the end of the month before), so the answers for the last two sets
     * are kept; the sets must not change afterwards.
     */
    synchronized List<Employee> outside(Set<String> ids) {
        List<Employee> kept = outside.get(ids);
        if (kept == null) {
            if (outside.size() == OUTSIDE_KEPT) {
                outside.clear();
            }
            kept = employees.stream().filter(e -> !ids.contains(e.employeeId())).toList();
            outside.put(ids, kept);
        }
        return kept;
    }

    Employee get(String employeeId) {
        return byId.get(employeeId);
    }

    /** Each employee's department by id: a view of this workforce, not a copy. */
    Map<String, String> departments() {
        return new AbstractMap<>() {
            @Override
            public String get(Object employeeId) {
                Employee employee = byId.get(employeeId);
                return employee == null ? null : employee.department();
            }

            @Override
            public boolean containsKey(Object employeeId) {
                return byId.containsKey(employeeId);
            }

            @Override
            public int size() {
                return byId.size();
            }

            @Override
            public Set<Entry<String, String>> entrySet() {
                return employees.stream().map(e -> Map.entry(e.employeeId(), e.department()))
                        .collect(Collectors.toUnmodifiableSet());
            }
        };
    }
}
