package dev.mentorlens.ingest;

import java.util.List;
import java.util.Locale;

/**
 * The input sources in the order they are ingested: a source only references sources before it.
 * Column lists are the documented columns; required ones first.
 */
public enum Source {

    PROGRAMMES("programmes", "programmes.csv", false, "programme",
            List.of("programme_id", "name", "format", "start_date", "expected_cadence_days"),
            List.of("end_date", "owner_email", "mentor_capacity")),
    EMPLOYEES("employees", "employees.csv", false, "employee",
            List.of("employee_id", "department", "job_level", "hire_date"),
            List.of("location", "termination_date", "termination_reason", "manager_id")),
    JOB_HISTORY("job_history", "job_history", true, "job_event",
            List.of("employee_id", "effective_date", "event"),
            List.of("job_level")),
    ENROLMENTS("enrolments", "enrolments.csv", false, "enrolment",
            List.of("programme_id", "cohort", "employee_id", "role", "enrolled_on"),
            List.of("exited_on", "exit_reason")),
    MATCHES("matches", "matches.csv", false, "mentoring_match",
            List.of("match_id", "programme_id", "cohort", "mentor_id", "mentee_id", "matched_on"),
            List.of("ended_on")),
    SESSIONS("sessions", "sessions", true, "mentoring_session",
            List.of("session_id", "programme_id", "started_at", "duration_minutes", "status", "attendee_ids"),
            List.of("match_id", "channel")),
    SURVEY_RESPONSES("survey_responses", "survey_responses", true, "survey_response",
            List.of("response_id", "survey_id", "programme_id", "respondent_id", "role", "submitted_at",
                    "satisfaction"),
            List.of("nps", "comment")),
    GOALS("goals", "goals", true, "goal", List.of("goal_id", "match_id", "set_on"),
            List.of("due_on", "achieved_on", "title"), true);

    private final String id;
    private final String fileName;
    private final boolean monthlyGlob;
    private final String table;
    private final List<String> requiredColumns;
    private final List<String> optionalColumns;
    private final List<String> specColumns;
    private final boolean optionalSource;

    Source(String id, String fileName, boolean monthlyGlob, String table, List<String> requiredColumns,
            List<String> optionalColumns) {
        this(id, fileName, monthlyGlob, table, requiredColumns, optionalColumns, false);
    }

    Source(String id, String fileName, boolean monthlyGlob, String table, List<String> requiredColumns,
            List<String> optionalColumns, boolean optionalSource) {
        this.optionalSource = optionalSource;
        this.id = id;
        this.fileName = fileName;
        this.monthlyGlob = monthlyGlob;
        this.table = table;
        this.requiredColumns = requiredColumns;
        this.optionalColumns = optionalColumns;
        this.specColumns = java.util.stream.Stream.concat(requiredColumns.stream(), optionalColumns.stream()).toList();
    }

    /** Lower-case name used in file names, tables and messages, e.g. {@code survey_responses}. */
    public String id() {
        return id;
    }

    String table() {
        return table;
    }

    /** Where its records wait, on PostgreSQL, until the step decides them all at once. */
    String stageTable() {
        return "stage_" + table;
    }

    /** Whether the folder may lack the source's files: then the source simply has no rows. */
    public boolean optional() {
        return optionalSource;
    }

    List<String> requiredColumns() {
        return requiredColumns;
    }

    /** Every documented column: required ones first, then optional ones. */
    List<String> specColumns() {
        return specColumns;
    }

    /**
     * Whether the columns of its files beyond the documented ones are kept (employee attributes) and
     * count when a repeated row is judged identical.
     */
    boolean keepsExtraColumns() {
        return this == EMPLOYEES;
    }

    /** The glob shown to users: {@code sessions*.csv} or {@code employees.csv}. */
    public String pattern() {
        return monthlyGlob ? fileName + "*.csv" : fileName;
    }

    boolean matches(String name) {
        if (!monthlyGlob) {
            return name.equals(fileName);
        }
        return name.startsWith(fileName) && name.toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    /** Sources whose accepted rows this one is checked against. */
    List<Source> references() {
        return switch (this) {
            case PROGRAMMES, EMPLOYEES -> List.of();
            case JOB_HISTORY -> List.of(EMPLOYEES);
            case ENROLMENTS -> List.of(PROGRAMMES, EMPLOYEES);
            case MATCHES -> List.of(PROGRAMMES, EMPLOYEES);
            case SESSIONS -> List.of(PROGRAMMES, EMPLOYEES, MATCHES);
            case SURVEY_RESPONSES -> List.of(PROGRAMMES, EMPLOYEES);
            case GOALS -> List.of(MATCHES);
        };
    }

    /** Whether another source is checked against this one's accepted rows. */
    boolean isReferenced() {
        for (Source other : values()) {
            if (other.references().contains(this)) {
                return true;
            }
        }
        return false;
    }

    /** Whether rows carry timestamps, whose dates depend on the reporting zone. */
    boolean dependsOnZone() {
        return this == SESSIONS || this == SURVEY_RESPONSES;
    }
}
