package dev.mentorlens.metrics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    Map<String, String> departments() {
        Map<String, String> departments = new HashMap<>();
        employees.forEach(e -> departments.put(e.employeeId(), e.department()));
        return departments;
    }
}
