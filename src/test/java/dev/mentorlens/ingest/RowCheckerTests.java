package dev.mentorlens.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RowCheckerTests {

    private static final Map<String, String> SESSION = Map.of("session_id", "S1", "programme_id", "p",
            "match_id", "M1", "started_at", "2026-10-03T09:30:00+02:00", "duration_minutes", "60", "status", "held",
            "channel", "video", "attendee_ids", "E1;E2");

    @ParameterizedTest(name = "duration_minutes ''{0}''")
    @CsvSource(value = {"4.5", "+3", "' 3'", "'3 '", "0", "1441", "''", "99999999999999999999"}, quoteCharacter = '\'')
    void rejectsIntegersThatAreNotPlainDigitsOrOutOfRange(String duration) {
        assertThat(check(Source.SESSIONS, SESSION, "duration_minutes", duration))
                .isInstanceOf(RowOutcome.Rejected.class);
    }

    @Test
    void acceptsIntegersAtTheEdgesOfTheirRange() {
        assertThat(check(Source.SESSIONS, SESSION, "duration_minutes", "1440")).isInstanceOf(RowOutcome.Candidate.class);
        assertThat(check(Source.SESSIONS, SESSION, "duration_minutes", "1")).isInstanceOf(RowOutcome.Candidate.class);
    }

    @Test
    void treatsEnumValuesAsCaseSensitive() {
        RowOutcome outcome = check(Source.SESSIONS, SESSION, "status", "Held");

        assertThat(outcome).isInstanceOf(RowOutcome.Rejected.class);
        assertThat(((RowOutcome.Rejected) outcome).reason()).isEqualTo("status is not one of cancelled|held|no_show");
    }

    @ParameterizedTest(name = "started_at ''{0}''")
    @CsvSource({"2026-10-03T09:30:00", "2026-10-03", "2026-13-05T10:00:00+00:00", "03/10/2026 09:30"})
    void rejectsTimestampsWithoutOffsetOrInvalid(String startedAt) {
        assertThat(check(Source.SESSIONS, SESSION, "started_at", startedAt)).isInstanceOf(RowOutcome.Rejected.class);
    }

    @Test
    void acceptsZuluAndFractionalSecondsAndDatesTheSessionInTheReportingZone() {
        RowOutcome.Candidate late = (RowOutcome.Candidate) check(Source.SESSIONS, SESSION, "started_at",
                "2026-10-31T22:30:00.250-03:00");
        RowOutcome.Candidate zulu = (RowOutcome.Candidate) check(Source.SESSIONS, SESSION, "started_at",
                "2026-10-31T23:59:59Z");

        assertThat(late.columnValues().get(4)).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(zulu.columnValues().get(4)).isEqualTo(LocalDate.of(2026, 10, 31));
    }

    @Test
    void trimsAttendeesIgnoresEmptyItemsAndCollapsesRepeats() {
        RowOutcome.Candidate candidate = (RowOutcome.Candidate) check(Source.SESSIONS, SESSION, "attendee_ids",
                " E1 ; E1 ;; E2;");

        assertThat(candidate.attendees()).containsExactly("E1", "E2");
    }

    @Test
    void rejectsSessionsWithFewerThanTwoDistinctAttendees() {
        assertThat(check(Source.SESSIONS, SESSION, "attendee_ids", "E1; E1 ;")).isInstanceOf(RowOutcome.Rejected.class);
    }

    @Test
    void rejectsImpossibleCalendarDates() {
        Map<String, String> employee = Map.of("employee_id", "E1", "department", "Sales", "job_level", "4",
                "hire_date", "2023-05-02");

        RowOutcome outcome = check(Source.EMPLOYEES, employee, "hire_date", "2023-02-30");

        assertThat(((RowOutcome.Rejected) outcome).reason()).isEqualTo("hire_date is not a valid date");
    }

    @Test
    void rejectsDateOrderThatIsImpossible() {
        Map<String, String> programme = Map.of("programme_id", "p", "name", "P", "format", "group", "start_date",
                "2026-01-01", "expected_cadence_days", "14");

        assertThat(check(Source.PROGRAMMES, programme, "end_date", "2025-12-31")).isInstanceOf(RowOutcome.Rejected.class);
        assertThat(check(Source.PROGRAMMES, programme, "end_date", "2026-01-01")).isInstanceOf(RowOutcome.Candidate.class);
    }

    @Test
    void rejectsProgrammeIdsOutsideTheAllowedPattern() {
        Map<String, String> programme = Map.of("programme_id", "p", "name", "P", "format", "group", "start_date",
                "2026-01-01", "expected_cadence_days", "14");

        assertThat(check(Source.PROGRAMMES, programme, "programme_id", "Career")).isInstanceOf(RowOutcome.Rejected.class);
        assertThat(check(Source.PROGRAMMES, programme, "programme_id", "-x")).isInstanceOf(RowOutcome.Rejected.class);
    }

    @Test
    void reportsAnEmptyRequiredField() {
        RowOutcome outcome = check(Source.SESSIONS, SESSION, "programme_id", "");

        assertThat(((RowOutcome.Rejected) outcome).reason()).isEqualTo("required field programme_id is empty");
    }

    @Test
    void givesTheSameContentHashWhateverTheColumnOrderOrExtraColumns() {
        Map<String, String> reordered = new HashMap<>(SESSION);
        RowOutcome.Candidate first = (RowOutcome.Candidate) checker(Source.SESSIONS)
                .process(new InputRow("a.csv", 2, SESSION, 8, 8, ""));
        RowOutcome.Candidate second = (RowOutcome.Candidate) checker(Source.SESSIONS)
                .process(new InputRow("b.csv", 7, reordered, 9, 9, ""));
        RowOutcome.Candidate changed = (RowOutcome.Candidate) check(Source.SESSIONS, SESSION, "duration_minutes", "61");

        assertThat(first.hash()).isEqualTo(second.hash()).isNotEqualTo(changed.hash());
        assertThat(first.key()).isEqualTo(changed.key());
    }

    @ParameterizedTest(name = "job_level ''{0}''")
    @CsvSource(value = {"'0000000000000000000007', 7, ", "'007', 7, ", "'-0', , job_level is out of range 1-20",
            "'99999999999999999999', , job_level is out of range 1-20",
            "'-99999999999999999999', , job_level is out of range 1-20", "'٣', , job_level is not an integer",
            "'-', , job_level is not an integer"}, quoteCharacter = '\'')
    void readsIntegersWithLeadingZerosAndRejectsOverflowAsOutOfRange(String level, Integer expected, String reason) {
        Map<String, String> employee = Map.of("employee_id", "E1", "department", "Sales", "job_level", level,
                "hire_date", "2023-05-02");

        RowOutcome outcome = checker(Source.EMPLOYEES).process(new InputRow("f.csv", 2, employee, 1, 1, ""));

        if (expected != null) {
            assertThat(((RowOutcome.Candidate) outcome).columnValues().get(3)).isEqualTo(expected);
        } else {
            assertThat(((RowOutcome.Rejected) outcome).reason()).isEqualTo(reason);
        }
    }

    @Test
    void hashesEachRowOfAStepOnItsOwnWhateverCameBefore() {
        Map<String, String> first = Map.of("employee_id", "E1", "department", "Sales", "job_level", "4",
                "hire_date", "2023-05-02", "gender", "woman", "site", "Zürich \"HQ\"");
        Map<String, String> rejected = Map.of("employee_id", "E2", "department", "Sales", "job_level", "x",
                "hire_date", "2023-05-02");
        Map<String, String> second = Map.of("employee_id", "E3", "department", "R&D\t\n", "job_level", "20",
                "hire_date", "2023-05-02", "termination_date", "2024-01-31", "termination_reason", "other");
        RowChecker checker = checker(Source.EMPLOYEES);

        RowOutcome.Candidate a = (RowOutcome.Candidate) checker.process(new InputRow("f.csv", 2, first, 1, 1, ""));
        checker.process(new InputRow("f.csv", 3, rejected, 1, 1, ""));
        RowOutcome.Candidate b = (RowOutcome.Candidate) checker.process(new InputRow("f.csv", 4, second, 1, 1, ""));

        assertThat(a.hash()).isEqualTo(expectedHash(Source.EMPLOYEES, first));
        assertThat(b.hash()).isEqualTo(expectedHash(Source.EMPLOYEES, second));
        // the hashes stored by earlier versions are compared with new ones: the bytes hashed must not change
        assertThat(a.hash()).isEqualTo("2e11a899a2619155e048d2f1465d5b758e8af33f820e3a42d62cb3f2f1358275");
    }

    private static String expectedHash(Source source, Map<String, String> values) {
        MessageDigest digest = RowChecker.sha256();
        for (String column : source.specColumns()) {
            digest.update(values.getOrDefault(column, "").getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0x1f);
        }
        new TreeMap<>(values).forEach((name, value) -> {
            if (!source.specColumns().contains(name) && !value.isEmpty()) {
                digest.update((byte) 0x1e);
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0x1f);
                digest.update(value.getBytes(StandardCharsets.UTF_8));
            }
        });
        return HexFormat.of().formatHex(digest.digest());
    }

    private static RowOutcome check(Source source, Map<String, String> base, String column, String value) {
        Map<String, String> values = new HashMap<>(base);
        values.put(column, value);
        return checker(source).process(new InputRow("f.csv", 2, values, 1, 1, ""));
    }

    private static RowChecker checker(Source source) {
        return new RowChecker(source, new ZoneHolder(java.time.ZoneId.of("UTC")));
    }

}
