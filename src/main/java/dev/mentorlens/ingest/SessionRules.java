package dev.mentorlens.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

final class SessionRules implements RowRules {

    private static final Set<String> STATUSES = Set.of("held", "cancelled", "no_show");
    private static final Set<String> CHANNELS = Set.of("in_person", "video", "phone", "chat");
    static final String AFTER_TERMINATION = "session dated after an attendee's termination_date";

    @Override
    public List<String> columns() {
        return List.of("session_id", "programme_id", "match_id", "started_at", "session_date", "duration_minutes",
                "status", "channel");
    }

    @Override
    public RowOutcome.Candidate check(InputRow row, FieldReader fields, ZoneId zone) {
        String id = fields.identifier("session_id");
        String programme = fields.identifier("programme_id");
        String match = fields.optional("match_id");
        OffsetDateTime started = fields.requiredTimestamp("started_at", zone);
        int duration = fields.requiredInteger("duration_minutes", 1, 1440);
        String status = fields.requiredEnum("status", STATUSES);
        String channel = fields.optionalEnum("channel", CHANNELS);
        List<String> attendees = attendees(fields.required("attendee_ids"));
        LocalDate date = started.atZoneSameInstant(zone).toLocalDate();

        List<RowOutcome.Reference> references = new ArrayList<>();
        references.add(RowOutcome.Reference.to(Source.PROGRAMMES, programme, "programme_id"));
        if (match != null) {
            references.add(RowOutcome.Reference.to(Source.MATCHES, match, "match_id"));
        }
        for (String attendee : attendees) {
            references.add(new RowOutcome.Reference(Source.EMPLOYEES, attendee, "attendee_ids", date,
                    AFTER_TERMINATION));
        }
        // The attendees go to session_attendee, one row each, so a session may have any number of them.
        return new RowOutcome.Candidate(row, id, null,
                Arrays.asList(id, programme, match, row.value("started_at"), date, duration, status, channel),
                references, attendees);
    }

    /** Items trimmed, empty ones ignored, repeats collapsed; at least two distinct people. */
    private static List<String> attendees(String attendeeIds) {
        Set<String> distinct = new LinkedHashSet<>();
        for (String item : attendeeIds.split(";", -1)) {
            String id = item.strip();
            if (!id.isEmpty()) {
                distinct.add(id);
            }
        }
        if (distinct.size() < 2) {
            throw new RowRejectedException("attendee_ids needs at least 2 distinct attendees");
        }
        return List.copyOf(distinct);
    }
}
