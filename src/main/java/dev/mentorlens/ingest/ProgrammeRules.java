package dev.mentorlens.ingest;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

final class ProgrammeRules implements RowRules {

    private static final Pattern PROGRAMME_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    /** Names the rejects folder of a period, so no programme may take it. */
    static final String RESERVED_ID = "rejects";
    private static final Set<String> FORMATS = Set.of("one_to_one", "group", "peer", "reverse", "flash", "virtual");

    @Override
    public List<String> columns() {
        return List.of("programme_id", "name", "format", "start_date", "end_date", "expected_cadence_days",
                "owner_email", "mentor_capacity");
    }

    @Override
    public RowOutcome.Candidate check(InputRow row, FieldReader fields, ZoneId zone) {
        String id = fields.matching("programme_id", PROGRAMME_ID, "lower-case letters, digits and '-' (at most 64)");
        if (RESERVED_ID.equals(id)) {
            throw new RowRejectedException("programme_id '" + RESERVED_ID + "' is reserved for the rejects folder");
        }
        String name = fields.required("name");
        String format = fields.requiredEnum("format", FORMATS);
        LocalDate start = fields.requiredDate("start_date");
        LocalDate end = fields.optionalDate("end_date");
        int cadence = fields.requiredInteger("expected_cadence_days", 1, 365);
        String owner = fields.optional("owner_email");
        Integer capacity = fields.optionalInteger("mentor_capacity", 1, 50);
        if (end != null && end.isBefore(start)) {
            throw new RowRejectedException("end_date before start_date");
        }
        return new RowOutcome.Candidate(row, id, null, Arrays.asList(id, name, format, start, end, cadence, owner,
                capacity),
                List.of(), List.of());
    }
}
