package dev.mentorlens.ingest;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

final class JobHistoryRules implements RowRules {

    private static final Set<String> EVENTS = Set.of("hire", "promotion", "transfer", "demotion", "termination");

    @Override
    public List<String> columns() {
        return List.of("employee_id", "effective_date", "event", "job_level");
    }

    @Override
    public RowOutcome.Candidate check(InputRow row, FieldReader fields, ZoneId zone) {
        String employee = fields.identifier("employee_id");
        LocalDate effective = fields.requiredDate("effective_date");
        String event = fields.requiredEnum("event", EVENTS);
        Integer level = fields.optionalInteger("job_level", 1, 20);
        return new RowOutcome.Candidate(row, RowRules.key(employee, effective.toString(), event), null,
                Arrays.asList(employee, effective, event, level),
                List.of(RowOutcome.Reference.to(Source.EMPLOYEES, employee, "employee_id")), List.of());
    }
}
