package dev.mentorlens.ingest;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

final class EnrolmentRules implements RowRules {

    static final Set<String> ROLES = Set.of("mentor", "mentee");
    static final String AFTER_TERMINATION = "enrolled after the employee's termination_date";

    @Override
    public List<String> columns() {
        return List.of("programme_id", "cohort", "employee_id", "role", "enrolled_on", "exited_on", "exit_reason");
    }

    @Override
    public RowOutcome.Candidate check(InputRow row, FieldReader fields, ZoneId zone) {
        String programme = fields.identifier("programme_id");
        String cohort = fields.cohort("cohort");
        String employee = fields.identifier("employee_id");
        String role = fields.requiredEnum("role", ROLES);
        LocalDate enrolled = fields.requiredDate("enrolled_on");
        LocalDate exited = fields.optionalDate("exited_on");
        String exitReason = fields.optional("exit_reason");
        if (exited != null && exited.isBefore(enrolled)) {
            throw new RowRejectedException("exited_on before enrolled_on");
        }
        return new RowOutcome.Candidate(row, RowRules.key(programme, cohort, employee, role), null,
                Arrays.asList(programme, cohort, employee, role, enrolled, exited, exitReason),
                List.of(RowOutcome.Reference.to(Source.PROGRAMMES, programme, "programme_id"),
                        new RowOutcome.Reference(Source.EMPLOYEES, employee, "employee_id", enrolled,
                                AFTER_TERMINATION)),
                List.of());
    }
}
