package dev.mentorlens.ingest;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

final class MatchRules implements RowRules {

    static String afterTermination(String field) {
        return "matched after the termination_date of " + field;
    }

    @Override
    public List<String> columns() {
        return List.of("match_id", "programme_id", "cohort", "mentor_id", "mentee_id", "matched_on", "ended_on");
    }

    @Override
    public RowOutcome.Candidate check(InputRow row, FieldReader fields, ZoneId zone) {
        String id = fields.identifier("match_id");
        String programme = fields.identifier("programme_id");
        String cohort = fields.cohort("cohort");
        String mentor = fields.required("mentor_id");
        String mentee = fields.required("mentee_id");
        LocalDate matched = fields.requiredDate("matched_on");
        LocalDate ended = fields.optionalDate("ended_on");
        if (ended != null && ended.isBefore(matched)) {
            throw new RowRejectedException("ended_on before matched_on");
        }
        return new RowOutcome.Candidate(row, id, null,
                Arrays.asList(id, programme, cohort, mentor, mentee, matched, ended),
                List.of(RowOutcome.Reference.to(Source.PROGRAMMES, programme, "programme_id"),
                        new RowOutcome.Reference(Source.EMPLOYEES, mentor, "mentor_id", matched,
                                afterTermination("mentor_id")),
                        new RowOutcome.Reference(Source.EMPLOYEES, mentee, "mentee_id", matched,
                                afterTermination("mentee_id"))),
                List.of());
    }
}
