package dev.mentorlens.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The input bounds of docs/inputs.md: dates, identifier and text lengths, cohort names, the reserved programme id. */
class RowBoundsTests {

    private static final String ASTRAL = "\uD83D\uDE00";

    private static final Map<String, String> ENROLMENT = Map.of("programme_id", "p", "cohort", "2026-spring",
            "employee_id", "E1", "role", "mentee", "enrolled_on", "2026-02-21");
    private static final Map<String, String> SESSION = Map.of("session_id", "S1", "programme_id", "p",
            "started_at", "2026-10-03T09:30:00+02:00", "duration_minutes", "60", "status", "held",
            "attendee_ids", "E1;E2");
    private static final Map<String, String> RESPONSE = Map.of("response_id", "R1", "survey_id", "s",
            "programme_id", "p", "respondent_id", "E1", "role", "mentee", "submitted_at", "2026-10-03T09:30:00Z",
            "satisfaction", "4");

    @ParameterizedTest
    @ValueSource(strings = {"0026-02-21", "1899-12-31", "2200-01-01", "9999-12-31"})
    void rejectsDatesOutsideTheSupportedRange(String date) {
        assertThat(reason(Source.ENROLMENTS, ENROLMENT, "enrolled_on", date))
                .isEqualTo("enrolled_on is outside 1900-01-01 to 2199-12-31 (in the reporting zone)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1900-01-01", "2199-12-31"})
    void acceptsDatesAtTheEdgesOfTheRange(String date) {
        assertThat(check(Source.ENROLMENTS, ENROLMENT, "enrolled_on", date)).isInstanceOf(RowOutcome.Candidate.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2300-03-14T10:00:00+00:00", "+999999999-12-31T23:59:59-18:00",
            "-999999999-01-01T00:00:00+18:00", "2199-12-31T23:30:00-01:00", "1900-01-01T00:30:00+01:00"})
    void rejectsTimestampsWhoseDateInTheReportingZoneIsOutOfRange(String timestamp) {
        assertThat(reason(Source.SESSIONS, SESSION, "started_at", timestamp)).startsWith("started_at is outside");
        assertThat(reason(Source.SURVEY_RESPONSES, RESPONSE, "submitted_at", timestamp))
                .startsWith("submitted_at is outside");
    }

    @Test
    void countsIdentifierLengthInCodePoints() {
        String hundred = ASTRAL.repeat(100);

        assertThat(check(Source.ENROLMENTS, ENROLMENT, "employee_id", hundred)).isInstanceOf(RowOutcome.Candidate.class);
        assertThat(reason(Source.ENROLMENTS, ENROLMENT, "employee_id", hundred + "x"))
                .isEqualTo("employee_id is longer than 100 characters");
        assertThat(reason(Source.SESSIONS, SESSION, "session_id", "s".repeat(101)))
                .isEqualTo("session_id is longer than 100 characters");
        assertThat(reason(Source.SURVEY_RESPONSES, RESPONSE, "survey_id", "s".repeat(101)))
                .isEqualTo("survey_id is longer than 100 characters");
    }

    @Test
    void acceptsACommentOfTenThousandCharactersAndRejectsOneMore() {
        String tenThousand = ASTRAL.repeat(10_000);

        assertThat(check(Source.SURVEY_RESPONSES, RESPONSE, "comment", tenThousand))
                .isInstanceOf(RowOutcome.Candidate.class);
        assertThat(reason(Source.SURVEY_RESPONSES, RESPONSE, "comment", "c".repeat(10_001)))
                .isEqualTo("comment is longer than 10000 characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026/spring", "../../../../x/ESCAPED", " spring", "-spring", ".hidden", "a\\b",
            "a\u202Eb", "x12345678901234567890123456789012345678901234567890123456789012345"})
    void rejectsCohortNamesThatCannotNameAFile(String cohort) {
        assertThat(reason(Source.ENROLMENTS, ENROLMENT, "cohort", cohort)).startsWith("cohort must be");
    }

    @Test
    void acceptsCohortNamesWithSpacesDotsAndUnderscores() {
        assertThat(check(Source.ENROLMENTS, ENROLMENT, "cohort", "2026 spring_b.1-x"))
                .isInstanceOf(RowOutcome.Candidate.class);
    }

    @Test
    void rejectsTheReservedProgrammeIdRejects() {
        Map<String, String> programme = Map.of("programme_id", "p", "name", "P", "format", "group", "start_date",
                "2026-01-01", "expected_cadence_days", "14");

        assertThat(reason(Source.PROGRAMMES, programme, "programme_id", "rejects"))
                .isEqualTo("programme_id 'rejects' is reserved for the rejects folder");
    }

    @Test
    void rejectsAValueHoldingNul() {
        assertThat(reason(Source.SURVEY_RESPONSES, RESPONSE, "comment", "fine\0")).isEqualTo(
                "comment contains a NUL character");
    }

    @Test
    void acceptsAGroupSessionWithSixHundredAttendees() {
        String attendees = IntStream.rangeClosed(1, 600).mapToObj(i -> "EMPLOYEE-" + i).collect(Collectors.joining(";"));

        RowOutcome.Candidate session = (RowOutcome.Candidate) check(Source.SESSIONS, SESSION, "attendee_ids", attendees);

        assertThat(session.attendees()).hasSize(600);
    }

    @Test
    void storesTheRawTextOfAHugeRejectedRowCutWithAMarker() {
        String raw = "a".repeat(31_899) + ASTRAL + "b".repeat(8_000) + "\0";

        String stored = RowClassifier.storableRaw(raw);

        assertThat(stored.length()).isLessThanOrEqualTo(RowClassifier.MAX_RAW_LENGTH);
        assertThat(stored).startsWith("a".repeat(31_899)).doesNotContain("\uD83D")
                .endsWith("... [cut: the row has 39901 characters]");
        assertThat(RowClassifier.storableRaw("x\0y")).isEqualTo("x\u2400y");
    }

    private static String reason(Source source, Map<String, String> base, String column, String value) {
        RowOutcome outcome = check(source, base, column, value);
        assertThat(outcome).as(column + " = " + value).isInstanceOf(RowOutcome.Rejected.class);
        return ((RowOutcome.Rejected) outcome).reason();
    }

    private static RowOutcome check(Source source, Map<String, String> base, String column, String value) {
        Map<String, String> values = new HashMap<>(base);
        values.put(column, value);
        return new RowChecker(source, new ZoneHolder(java.time.ZoneId.of("UTC"))).process(new InputRow("f.csv", 2, values, 1, 1, ""));
    }
}
