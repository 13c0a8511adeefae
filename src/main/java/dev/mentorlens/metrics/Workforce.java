package dev.mentorlens.metrics;

import java.util.AbstractMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Every accepted employee, by id. */
final class Workforce {

    private final List<Employee> employees;
    private final Map<String, Employee> byId = new HashMap<>();

    Workforce(List<Employee> employees) {
        this.employees = List.copyOf(employees);
        employees.forEach(e -> byId.put(e.employeeId(), e));
    }

    List<Employee> all() {
        return employees;
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
