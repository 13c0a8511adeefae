package dev.mentorlens.charts;

import java.util.Objects;

/** The number of mentoring ties between two departments; both names equal means ties within one department. */
public record DepartmentTie(String departmentA, String departmentB, int ties) {

	public DepartmentTie {
		Objects.requireNonNull(departmentA, "departmentA");
		Objects.requireNonNull(departmentB, "departmentB");
		if (ties < 0) {
			throw new IllegalArgumentException("Negative ties between " + departmentA + " and " + departmentB);
		}
	}

	public boolean withinDepartment() {
		return this.departmentA.equals(this.departmentB);
	}

}
