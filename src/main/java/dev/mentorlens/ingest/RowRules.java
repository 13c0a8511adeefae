package dev.mentorlens.ingest;

import java.time.ZoneId;
import java.util.List;

/** The field rules of one source: turns a row into a candidate, or throws {@link RowRejectedException}. */
interface RowRules {

    /** Table columns filled from {@link RowOutcome.Candidate#columnValues()}, in order. */
    List<String> columns();

    RowOutcome.Candidate check(InputRow row, FieldReader fields, ZoneId zone);

    static RowRules of(Source source) {
        return switch (source) {
            case PROGRAMMES -> new ProgrammeRules();
            case EMPLOYEES -> new EmployeeRules();
            case JOB_HISTORY -> new JobHistoryRules();
            case ENROLMENTS -> new EnrolmentRules();
            case MATCHES -> new MatchRules();
            case SESSIONS -> new SessionRules();
            case SURVEY_RESPONSES -> new SurveyResponseRules();
            case GOALS -> new GoalRules();
        };
    }

    static String key(String... parts) {
        return String.join("\u001f", parts);
    }
}
