package dev.mentorlens.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dev.mentorlens.support.CommandResult;
import dev.mentorlens.support.InputFolderBuilder;
import dev.mentorlens.support.MentorLensCli;
import dev.mentorlens.support.TestDatabase;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 9 point 4: no row stops the run. Every source gets valid rows with one field replaced by
 * fuzz (random Unicode with NUL, right-to-left override, BOM, quotes and line breaks; fields of 101,
 * 10,001 and 40,000 characters; extreme numbers and dates) and rows with a random number of fields,
 * written as well-formed CSV from a fixed seed. The run must complete, and every row read must be
 * accepted, rejected or a duplicate at a line of its own.
 */
class FuzzedInputIntegrationTests {

    private static final long SEED = 20_261_201L;
    private static final int ROWS_PER_SOURCE = 40;
    private static final String ASTRAL = "\uD83D\uDE00";
    private static final String[] ODD = {"\0", "\u202E", "\uFEFF", "\"", ",", "\n", "\r\n", ";", "\t", ASTRAL,
            "\u0627\u0644", "e\u0301", "=1+1", "'", "\\", "..", "/"};
    private static final String[] EXTREMES = {"99999999999999999999", "-1", "2147483648", "-2147483649", "1e9", "NaN",
            "0x10", "\u0663", "0026-02-21", "+999999999-12-31", "999999999-01-01T00:00:00Z",
            "+999999999-12-31T23:59:59-18:00", "-999999999-01-01T00:00:00+18:00", "2026-02-30", "1900-01-01",
            "2199-12-31T23:59:59-14:00", "1899-12-31T23:59:59Z", "-0001-01-01", "2026-02-10T10:00:00.123456789Z",
            "rejects", "../../x"};

    private static final Map<String, String[]> HEADERS = Map.of(
            "programmes.csv", new String[] {"programme_id", "name", "format", "start_date", "end_date",
                    "expected_cadence_days", "owner_email"},
            "employees.csv", new String[] {"employee_id", "department", "location", "job_level", "hire_date",
                    "termination_date", "termination_reason", "manager_id"},
            "job_history.csv", new String[] {"employee_id", "effective_date", "event", "job_level"},
            "enrolments.csv", new String[] {"programme_id", "cohort", "employee_id", "role", "enrolled_on",
                    "exited_on", "exit_reason"},
            "matches.csv", new String[] {"match_id", "programme_id", "cohort", "mentor_id", "mentee_id", "matched_on",
                    "ended_on"},
            "sessions-2026-02.csv", new String[] {"session_id", "programme_id", "match_id", "started_at",
                    "duration_minutes", "status", "channel", "attendee_ids"},
            "survey_responses.csv", new String[] {"response_id", "survey_id", "programme_id", "respondent_id", "role",
                    "submitted_at", "satisfaction", "nps", "comment"});

    private static final List<String> SIX_HUNDRED = IntStream.rangeClosed(1, 600).mapToObj(i -> "G" + i).toList();

    @TempDir
    Path work;

    private final Random random = new Random(SEED);


    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void everyFuzzedRowOfEverySourceIsAcceptedOrRejectedAtItsLineAndTheRunCompletes(String kind) {
        Path input = new InputFolderBuilder()
                .file("programmes.csv", fuzzed("programmes.csv", 12, i -> fields("fz" + i, "Fuzz " + i, "group",
                        "2026-01-01", "", "30", "o@example.com"), "career,Career Mentoring,one_to_one,2026-01-01,,30,"))
                .file("employees.csv", fuzzed("employees.csv", ROWS_PER_SOURCE, i -> fields("F" + i, "Sales", "London",
                        "3", "2020-01-01", "", "", "E1"), baseEmployees()))
                .file("job_history.csv", fuzzed("job_history.csv", ROWS_PER_SOURCE, i -> fields("E2",
                        String.format("2001-%02d-%02d", 1 + i % 12, 1 + i / 12), "transfer", "3"), "E1,2020-01-01,hire,5"))
                .file("enrolments.csv", fuzzed("enrolments.csv", ROWS_PER_SOURCE, i -> fields("career", "2026-spring",
                        "G" + (i + 1), "mentee", "2026-01-02", "", ""), "career,2026-spring,E1,mentor,2026-01-02,,\n"
                        + "career,2026-spring,E2,mentee,2026-01-02,,"))
                .file("matches.csv", fuzzed("matches.csv", ROWS_PER_SOURCE, i -> fields("MF" + i, "career",
                        "2026-spring", "E1", "G" + (i + 1), "2026-01-05", ""), "M1,career,2026-spring,E1,E2,2026-01-05,\n"
                        + "M2,career,2026-spring,E3,E4,2026-01-05,"))
                .file("sessions-2026-02.csv", fuzzed("sessions-2026-02.csv", ROWS_PER_SOURCE, i -> fields("SF" + i,
                        "career", "M1", "2026-02-10T10:00:00Z", "60", "held", "video", "E1;E2"), sessionsOfNote()))
                .file("survey_responses.csv", fuzzed("survey_responses.csv", ROWS_PER_SOURCE, i -> fields("RF" + i,
                        "pulse", "career", "E2", "mentee", "2026-02-20T10:00:00Z", "5", "9", "ok"),
                        line("R1", "pulse", "career", "E4", "mentee", "2026-02-21T10:00:00Z", "4", "",
                                "c".repeat(32_001))))
                .writeTo(work.resolve("in"));
        TestDatabase db = TestDatabase.create(kind, "fuzz");

        CommandResult result = MentorLensCli.run(db, "monthly", "--period", "2026-02", "--input", input.toString(),
                "--output", work.resolve("out").toString(), "--max-reject-ratio", "1");

        assertThat(result.exitCode()).as("seed " + SEED + ": " + result.err()).isZero();
        JdbcTemplate jdbc = db.jdbc();
        for (Source source : Source.values()) {
            jdbc.query("select file_name, rows_read, accepted, rejected, duplicates from ingest_file where source = ?",
                    rs -> {
                        String file = rs.getString(1);
                        int read = rs.getInt(2);
                        assertThat(rs.getInt(3) + rs.getInt(4) + rs.getInt(5)).as(file).isEqualTo(read);
                        assertThat(linesOf(jdbc, source, file)).as("rows of " + file + " at a line of their own")
                                .hasSize(read);
                    }, source.id());
        }
        assertThat(jdbc.queryForObject("select count(*) from session_attendee where session_id = 'BIG'", Integer.class))
                .isEqualTo(600);
        assertThat(jdbc.queryForObject("select count(*) from ingest_reject where source = 'survey_responses'"
                + " and reason = 'comment is longer than 10000 characters'", Integer.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from ingest_reject where source = 'sessions'"
                + " and raw_text like '%... [cut: the row has %'", Integer.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from ingest_reject where source = 'employees'"
                + " and reason = 'employee_id is longer than 100 characters'", Integer.class)).isPositive();
    }

    /** The six builder employees, the 600 attendees of a group session, and an id of 201 characters. */
    private static String baseEmployees() {
        List<String> rows = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            rows.add(line("E" + i, "Sales", "London", "3", "2020-01-01", "", "", ""));
        }
        SIX_HUNDRED.forEach(id -> rows.add(line(id, "Finance", "Paris", "2", "2021-01-01", "", "", "")));
        rows.add(line("X".repeat(201), "Sales", "London", "3", "2020-01-01", "", "", ""));
        return String.join("\n", rows);
    }

    /** A valid group session with 600 attendees, and a rejected one whose row is 60,000 characters long. */
    private static String sessionsOfNote() {
        String unknown = IntStream.range(0, 6_000).mapToObj(i -> "U" + (100_000 + i)).collect(Collectors.joining(";"));
        return line("BIG", "career", "", "2026-02-11T10:00:00Z", "90", "held", "in_person", String.join(";", SIX_HUNDRED))
                + "\n" + line("HUGE", "career", "", "2026-02-12T10:00:00Z", "90", "held", "video", unknown) + "\n"
                + line("S9", "career", "M1", "+999999999-01-01T00:00:00Z", "60", "held", "video", "E1;E2");
    }

    /** The header, the given valid rows, then {@code count} valid rows with one field fuzzed or a ragged row. */
    private String fuzzed(String file, int count, IntFunction<String[]> valid, String fixedRows) {
        String[] header = HEADERS.get(file);
        StringBuilder out = new StringBuilder(String.join(",", header)).append('\n').append(fixedRows).append('\n');
        for (int i = 0; i < count; i++) {
            String[] fields = valid.apply(i);
            if (random.nextInt(8) == 0) {
                fields = IntStream.range(0, random.nextInt(header.length * 2)).mapToObj(f -> fuzz())
                        .toArray(String[]::new);
            } else {
                fields[random.nextInt(fields.length)] = fuzz();
            }
            out.append(csv(fields)).append('\n');
        }
        return out.toString();
    }

    private String fuzz() {
        return switch (random.nextInt(5)) {
            case 0 -> EXTREMES[random.nextInt(EXTREMES.length)];
            case 1 -> "L".repeat(new int[] {101, 10_001, 40_000}[random.nextInt(3)]);
            case 2 -> IntStream.range(0, random.nextInt(40)).mapToObj(c -> ODD[random.nextInt(ODD.length)])
                    .collect(Collectors.joining());
            case 3 -> IntStream.range(0, random.nextInt(60))
                    .mapToObj(c -> Character.toString(randomCodePoint())).collect(Collectors.joining());
            default -> "";
        };
    }

    /** Any Unicode scalar value: a control character, a letter of any script, or one beyond the BMP. */
    private int randomCodePoint() {
        while (true) {
            int cp = random.nextInt(4) == 0 ? random.nextInt(0x80) : random.nextInt(0x10FFFF);
            if (cp < 0xD800 || cp > 0xDFFF) {
                return cp;
            }
        }
    }

    private static String[] fields(String... fields) {
        return fields;
    }

    private static String line(String... fields) {
        return csv(fields);
    }

    private static String csv(String[] fields) {
        try (StringWriter out = new StringWriter();
                CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("").get())) {
            printer.printRecord((Object[]) fields);
            printer.flush();
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every line at which a row of the file was accepted, rejected or counted as a duplicate. */
    private static Set<Integer> linesOf(JdbcTemplate jdbc, Source source, String file) {
        Set<Integer> lines = new HashSet<>();
        lines.addAll(jdbc.queryForList("select source_line from " + source.table() + " where source_file = ?",
                Integer.class, file));
        lines.addAll(jdbc.queryForList("select source_line from ingest_reject where source = ? and source_file = ?",
                Integer.class, source.id(), file));
        lines.addAll(jdbc.queryForList("select source_line from ingest_duplicate where source = ? and source_file = ?",
                Integer.class, source.id(), file));
        return lines;
    }
}
