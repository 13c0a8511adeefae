package dev.mentorlens.ingest;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/**
 * The goals of mentoring pairs (docs/metrics.md, programme health and impact): a goal belongs to an accepted match, and neither
 * its due date nor its achievement date may come before it was set. A goal set after the mentee left
 * is accepted: the match, not the employee, is what it refers to.
 */
final class GoalRules implements RowRules {

    static final int MAX_ID_LENGTH = 100;
    static final int MAX_TITLE_LENGTH = 10_000;
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    @Override
    public List<String> columns() {
        return List.of("goal_id", "match_id", "set_on", "due_on", "achieved_on", "title");
    }

    @Override
    public RowOutcome.Candidate check(InputRow row, FieldReader fields, ZoneId zone) {
        String id = withinLength("goal_id", fields.required("goal_id"), MAX_ID_LENGTH);
        String match = withinLength("match_id", fields.required("match_id"), MAX_ID_LENGTH);
        LocalDate set = withinBounds("set_on", fields.requiredDate("set_on"));
        LocalDate due = withinBounds("due_on", fields.optionalDate("due_on"));
        LocalDate achieved = withinBounds("achieved_on", fields.optionalDate("achieved_on"));
        String title = withinLength("title", fields.optional("title"), MAX_TITLE_LENGTH);
        if (due != null && due.isBefore(set)) {
            throw new RowRejectedException("due_on before set_on");
        }
        if (achieved != null && achieved.isBefore(set)) {
            throw new RowRejectedException("achieved_on before set_on");
        }
        return new RowOutcome.Candidate(row, id, null, Arrays.asList(id, match, set, due, achieved, title),
                List.of(RowOutcome.Reference.to(Source.MATCHES, match, "match_id")), List.of());
    }

    /** Lengths count code points, so an emoji is one character as a user counts it. */
    private static String withinLength(String column, String value, int max) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            throw new RowRejectedException(column + " is longer than " + max + " characters");
        }
        return value;
    }

    private static LocalDate withinBounds(String column, LocalDate value) {
        if (value != null && (value.isBefore(EARLIEST) || value.isAfter(LATEST))) {
            throw new RowRejectedException(column + " is outside " + EARLIEST + " .. " + LATEST);
        }
        return value;
    }
}
