package dev.mentorlens.ingest;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Decides, on PostgreSQL, the staged records of a source's files still to be settled, all at once, with
 * the rules {@link RowClassifier} applies chunk by chunk elsewhere: a record that failed its field rules
 * is rejected with its reason; one whose first failing reference (in the order the rules list them) names
 * an unknown row, or an employee who left before its date, is rejected with that reason; of the rest, the
 * first of a key in file and line order is accepted unless the tables already hold the key, and every other
 * is an identical duplicate or a conflicting reject. Files the plan left staged keep their verdicts when what
 * the checks read of the referenced sources did not change ({@link ReferenceFacts}), and are emptied and
 * judged again otherwise. Runs in the transaction that marks the files done, so a crash leaves them staged.
 */
final class StagedSettlement {

    private static final String UNSETTLED = "('" + IngestFiles.PENDING + "', '" + IngestFiles.STAGED + "')";

    private final JdbcTemplate jdbc;

    StagedSettlement(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A column of a source's rows that names an accepted row of {@code target}; optionally a date rule. */
    private record Check(Source target, String column, String field, String dateColumn, String dateReason) {

        static Check of(Source target, String column) {
            return new Check(target, column, column, null, null);
        }

        static Check employee(String column, String dateColumn, String dateReason) {
            return new Check(Source.EMPLOYEES, column, column, dateColumn, dateReason);
        }
    }

    /** The references of each source, in the order its rules check them (see the *Rules classes). */
    private static List<Check> checks(Source source) {
        return switch (source) {
            case PROGRAMMES, EMPLOYEES -> List.of();
            case JOB_HISTORY -> List.of(Check.of(Source.EMPLOYEES, "employee_id"));
            case ENROLMENTS -> List.of(Check.of(Source.PROGRAMMES, "programme_id"),
                    Check.employee("employee_id", "enrolled_on", EnrolmentRules.AFTER_TERMINATION));
            case MATCHES -> List.of(Check.of(Source.PROGRAMMES, "programme_id"),
                    Check.employee("mentor_id", "matched_on", MatchRules.afterTermination("mentor_id")),
                    Check.employee("mentee_id", "matched_on", MatchRules.afterTermination("mentee_id")));
            // the attendees come last, from stage_session_attendee
            case SESSIONS -> List.of(Check.of(Source.PROGRAMMES, "programme_id"), Check.of(Source.MATCHES, "match_id"));
            case SURVEY_RESPONSES -> List.of(Check.of(Source.PROGRAMMES, "programme_id"),
                    Check.of(Source.EMPLOYEES, "respondent_id"));
            case GOALS -> List.of(Check.of(Source.MATCHES, "match_id"));
        };
    }

    void settle(Source source) {
        List<String> unsettled = unsettledFiles(source);
        if (unsettled.isEmpty()) {
            return;
        }
        // sorts and hashes of a whole source in memory rather than in temporary files
        jdbc.execute("set local work_mem = '128MB'");
        ReferenceFacts references = new ReferenceFacts(jdbc);
        String facts = references.of(source);
        if (keptStagedVerdicts(source, facts, references)) {
            unsettled = unsettledFiles(source);
        }
        references.recordJudgedAgainst(source, facts);
        if (!unsettled.isEmpty()) {
            decide(source, unsettled);
            references.takeDigestOf(source);
        }
    }

    /**
     * Files the plan left staged (a referenced source changed) are done as they are when the referenced
     * sources show the facts their records were judged against; otherwise their verdicts are emptied, to be
     * decided again with the other unsettled files. Returns whether they were kept.
     */
    private boolean keptStagedVerdicts(Source source, String facts, ReferenceFacts references) {
        Integer staged = jdbc.queryForObject("select count(*) from ingest_file where source = ? and status = ?",
                Integer.class, source.id(), IngestFiles.STAGED);
        if (staged == null || staged == 0) {
            return false;
        }
        if (!facts.equals(references.judgedAgainst(source))) {
            JudgedRows.empty(jdbc, source, true);
            return false;
        }
        jdbc.update("update ingest_file set status = ? where source = ? and status = ?", IngestFiles.DONE,
                source.id(), IngestFiles.STAGED);
        return true;
    }

    private void decide(Source source, List<String> unsettled) {
        // The files as a list of values: the planner then sizes the joins from the staged table's statistics.
        String files = "(values " + String.join(", ", unsettled) + ") f (file_name, position)";
        String stage = source.stageTable();
        jdbc.execute("analyze " + stage);
        if (source == Source.SESSIONS) {
            jdbc.execute("analyze stage_session_attendee");
        }
        jdbc.execute("drop table if exists settle_verdict");
        jdbc.execute("create temp table settle_verdict on commit drop as " + verdicts(source, files));
        jdbc.execute("analyze settle_verdict");

        String matched = " from " + stage + " s join settle_verdict v on v.source_file = s.source_file"
                + " and v.source_line = s.source_line where v.outcome = ";
        List<String> columns = new ArrayList<>(RowRules.of(source).columns());
        columns.addAll(List.of("row_key", "row_hash", "source_file", "source_line"));
        EmptyTableLoad.into(jdbc, source.table(), () -> jdbc.update("insert into " + source.table() + " ("
                + String.join(", ", columns) + ") select " + String.join(", ", columns.stream().map(c -> "s." + c).toList())
                + matched + "'a'" + " order by v.position, v.source_line"));
        if (source == Source.SESSIONS) {
            EmptyTableLoad.into(jdbc, "session_attendee", () -> jdbc.update("insert into session_attendee"
                    + " (session_id, employee_id) select s.session_id, a.employee_id"
                    + " from stage_session_attendee a join " + stage + " s on s.source_file = a.source_file"
                    + " and s.source_line = a.source_line join settle_verdict v on v.source_file = s.source_file"
                    + " and v.source_line = s.source_line where v.outcome = 'a'"));
        }
        jdbc.update("insert into ingest_reject (source, source_file, source_line, reason, raw_text) select "
                + literal(source.id()) + ", s.source_file, s.source_line, v.reason, s.raw_text" + matched + "'r'");
        jdbc.update("insert into ingest_duplicate (source, source_file, source_line) select " + literal(source.id())
                + ", s.source_file, s.source_line" + matched + "'d'");
        jdbc.execute("drop table settle_verdict");
    }

    /** The files whose records are still to be decided, as {@code (file_name, position)} values. */
    private List<String> unsettledFiles(Source source) {
        return jdbc.query("select file_name, position from ingest_file where source = ? and status in " + UNSETTLED
                + " order by position", (rs, i) -> "(" + literal(rs.getString(1)) + ", " + rs.getInt(2) + ")",
                source.id());
    }

    /** One row per staged record of the unsettled files: outcome a(ccepted), d(uplicate) or r(ejected) with its reason. */
    private static String verdicts(Source source, String files) {
        StringBuilder joins = new StringBuilder();
        StringBuilder reasons = new StringBuilder();
        int n = 0;
        for (Check check : checks(source)) {
            String r = "r" + n++;
            String[] target = switch (check.target()) {
                case PROGRAMMES -> new String[] {"programme", "programme_id"};
                case EMPLOYEES -> new String[] {"employee", "employee_id"};
                case MATCHES -> new String[] {"mentoring_match", "match_id"};
                default -> throw new IllegalArgumentException("no references to " + check.target());
            };
            joins.append(" left join ").append(target[0]).append(' ').append(r).append(" on ").append(r).append('.')
                    .append(target[1]).append(" = s.").append(check.column());
            reasons.append(" when s.").append(check.column()).append(" is not null and ").append(r).append('.')
                    .append(target[1]).append(" is null then ")
                    .append(literal(RowOutcome.Reference.unknownReason(check.target(), check.field())));
            if (check.dateColumn() != null) {
                reasons.append(" when ").append(r).append(".termination_date < s.").append(check.dateColumn())
                        .append(" then ").append(literal(check.dateReason()));
            }
        }
        if (source == Source.SESSIONS) {
            joins.append(" left join (").append(firstFailingAttendee(files)).append(") fa on fa.source_file = s.source_file"
                    + " and fa.source_line = s.source_line");
            reasons.append(" when fa.reason is not null then fa.reason");
        }
        String reason = reasons.isEmpty() ? "s.reason" : "coalesce(s.reason, case" + reasons + " end)";
        return "with judged as (select s.source_file, s.source_line, s.row_key, s.row_hash, f.position, " + reason
                + " as reason from " + source.stageTable() + " s join " + files + " on f.file_name = s.source_file"
                + joins + "),"
                + " valid as (select j.source_file, j.source_line, j.position, j.row_hash, t.row_hash as earlier_hash,"
                + " row_number() over w as nth, first_value(j.row_hash) over w as first_hash"
                + " from judged j left join " + source.table() + " t on t.row_key = j.row_key where j.reason is null"
                + " window w as (partition by j.row_key order by j.position, j.source_line))"
                + " select source_file, source_line, position, 'r' as outcome, reason from judged where reason is not null"
                + " union all select source_file, source_line, position,"
                + " case when earlier_hash is null and nth = 1 then 'a'"
                + " when coalesce(earlier_hash, first_hash) = row_hash then 'd' else 'r' end,"
                + " case when earlier_hash is null and nth = 1 then null"
                + " when coalesce(earlier_hash, first_hash) = row_hash then null else "
                + literal(RowClassifier.KEY_CONFLICT) + " end from valid";
    }

    /** Per staged session with a failing attendee: the reason of the first one in attendee_ids order. */
    private static String firstFailingAttendee(String files) {
        return "select distinct on (a.source_file, a.source_line) a.source_file, a.source_line,"
                + " case when e.employee_id is null then "
                + literal(RowOutcome.Reference.unknownReason(Source.EMPLOYEES, "attendee_ids"))
                + " else " + literal(SessionRules.AFTER_TERMINATION) + " end as reason"
                + " from stage_session_attendee a join stage_mentoring_session x on x.source_file = a.source_file"
                + " and x.source_line = a.source_line join " + files + " on f.file_name = a.source_file"
                + " left join employee e on e.employee_id = a.employee_id"
                + " where e.employee_id is null or e.termination_date < x.session_date"
                + " order by a.source_file, a.source_line, a.ordinal";
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
