package dev.mentorlens.ingest;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

final class EmployeeRules implements RowRules {

    private static final Set<String> TERMINATION_REASONS = Set.of("voluntary", "involuntary", "other");

    @Override
    public List<String> columns() {
        return List.of("employee_id", "department", "location", "job_level", "hire_date", "termination_date",
                "termination_reason", "manager_id", "attributes");
    }

    @Override
    public RowOutcome.Candidate check(InputRow row, FieldReader fields, ZoneId zone) {
        String id = fields.identifier("employee_id");
        String department = fields.required("department");
        String location = fields.optional("location");
        int level = fields.requiredInteger("job_level", 1, 20);
        LocalDate hired = fields.requiredDate("hire_date");
        LocalDate terminated = fields.optionalDate("termination_date");
        String reason = fields.optionalEnum("termination_reason", TERMINATION_REASONS);
        String manager = fields.optional("manager_id");
        if (terminated != null && terminated.isBefore(hired)) {
            throw new RowRejectedException("termination_date before hire_date");
        }
        return new RowOutcome.Candidate(row, id, null,
                Arrays.asList(id, department, location, level, hired, terminated, reason, manager,
                        EmployeeAttributes.encode(EmployeeAttributes.of(row.values()))),
                List.of(),
                List.of());
    }
}
