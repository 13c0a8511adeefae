package dev.mentorlens.metrics;

/** Ties of a network between two departments ({@code departmentA <= departmentB}; "unknown" when not known). */
record DepartmentTies(String departmentA, String departmentB, int ties) {
}
