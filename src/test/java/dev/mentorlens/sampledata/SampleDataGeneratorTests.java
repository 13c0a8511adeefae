package dev.mentorlens.sampledata;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SampleDataGeneratorTests {

    private static final long SEED = 20261031L;
    private static final Map<String, List<String>> REQUIRED = Map.of(
            "programmes", List.of("programme_id", "name", "format", "start_date", "expected_cadence_days"),
            "employees", List.of("employee_id", "department", "job_level", "hire_date"),
            "job_history", List.of("employee_id", "effective_date", "event"),
            "enrolments", List.of("programme_id", "cohort", "employee_id", "role", "enrolled_on"),
            "matches", List.of("match_id", "programme_id", "cohort", "mentor_id", "mentee_id", "matched_on"),
            "sessions", List.of("session_id", "programme_id", "started_at", "duration_minutes", "status",
                    "attendee_ids"),
            "survey_responses", List.of("response_id", "survey_id", "programme_id", "respondent_id", "role",
                    "submitted_at", "satisfaction"),
            "goals", List.of("goal_id", "match_id", "set_on"));

    @TempDir
    static Path shared;
    private static Path dir;
    private static GenerationSummary summary;

    @BeforeAll
    static void generateOnce() throws IOException {
        dir = shared.resolve("sample");
        summary = SampleDataGenerator.generate(400, SEED, dir);
    }

    @Test
    void sameSeedWritesByteIdenticalFiles(@TempDir Path other) throws IOException {
        SampleDataGenerator.generate(400, SEED, other);
        List<String> names = fileNames(dir);
        assertThat(fileNames(other)).isEqualTo(names);
        for (String name : names) {
            assertThat(Files.readAllBytes(other.resolve(name))).as(name).isEqualTo(Files.readAllBytes(dir.resolve(name)));
        }
    }

    @Test
    void anotherSeedWritesOtherData(@TempDir Path other) throws IOException {
        SampleDataGenerator.generate(400, SEED + 1, other);
        assertThat(Files.readAllBytes(other.resolve("employees.csv")))
                .isNotEqualTo(Files.readAllBytes(dir.resolve("employees.csv")));
    }

    @Test
    void everyFileParsesWithCommonsCsvAndHasTheSpecRequiredColumns() throws IOException {
        Set<String> sources = new HashSet<>();
        for (GenerationSummary.FileRows file : summary.files()) {
            sources.add(file.source());
            List<CSVRecord> records = new ArrayList<>();
            List<String> header;
            try (CSVParser parser = parse(dir.resolve(file.file()))) {
                header = parser.getHeaderNames().stream().map(h -> h.trim().toLowerCase()).toList();
                parser.forEach(records::add);
            }
            assertThat(header).as(file.file()).containsAll(REQUIRED.get(file.source()));
            assertThat((long) records.size()).as(file.file()).isEqualTo(file.rows());
            Set<Long> wrongWidthAllowed = new HashSet<>();
            summary.badRows().stream()
                    .filter(b -> b.file().equals(file.file()) && b.kind().startsWith("wrong number of fields"))
                    .forEach(b -> wrongWidthAllowed.add(b.line()));
            for (CSVRecord record : records) {
                if (record.size() != header.size()) {
                    assertThat(wrongWidthAllowed).as(file.file() + " record " + record.getRecordNumber())
                            .isNotEmpty();
                }
            }
        }
        assertThat(sources).containsExactlyInAnyOrderElementsOf(REQUIRED.keySet());
    }

    @Test
    void badRowLinesPointAtTheStartOfARecord() throws IOException {
        for (GenerationSummary.BadRow bad : summary.badRows()) {
            Set<Long> starts = recordStartLines(Files.readString(dir.resolve(bad.file()), StandardCharsets.UTF_8));
            assertThat(starts).as(bad.file() + ":" + bad.line()).contains(bad.line());
        }
    }

    @Test
    void sessionIdsAreUniqueAcrossMonthlyFilesApartFromTheDeliberateRepeats() throws IOException {
        Map<String, Integer> seen = new HashMap<>();
        for (Path file : sessionFiles(dir)) {
            try (CSVParser parser = parse(file)) {
                for (CSVRecord r : parser) {
                    seen.merge(r.get(idColumn(parser, "session_id")), 1, Integer::sum);
                }
            }
        }
        long repeats = seen.values().stream().filter(n -> n > 1).count();
        long deliberate = summary.badRows().stream().filter(b -> b.source().equals("sessions")
                && (b.kind().startsWith("conflicting key repeat") || b.kind().startsWith("identical duplicate")))
                .count();
        assertThat(repeats).isEqualTo(deliberate).isEqualTo(2);
    }

    @Test
    void everyMonthFromJanuary2025ToOctober2026HasASessionsFile() {
        for (YearMonth m = YearMonth.of(2025, 1); !m.isAfter(YearMonth.of(2026, 10)); m = m.plusMonths(1)) {
            assertThat(dir.resolve("sessions-" + m + ".csv")).exists();
        }
        assertThat(dir.resolve("sessions-2024-12.csv")).doesNotExist();
        assertThat(dir.resolve("sessions-2026-11.csv")).doesNotExist();
    }

    @Test
    void deliberateBadRowsStayAroundOnePercentOfEachSourceWellBelowTheRejectRatio(@TempDir Path small) throws IOException {
        for (GenerationSummary s : List.of(summary, SampleDataGenerator.generate(60, 7, small))) {
            Map<String, Long> rows = s.rowsBySource();
            s.badRowsBySource().forEach((source, bad) ->
                    assertThat((double) bad / rows.get(source)).as(source).isLessThan(0.02));
        }
        assertThat(summary.badRows()).extracting(GenerationSummary.BadRow::kind).anyMatch(k -> k.startsWith(
                "unknown employee")).anyMatch(k -> k.startsWith("unknown programme")).anyMatch(k -> k.startsWith(
                "out-of-range")).anyMatch(k -> k.startsWith("bad date")).anyMatch(k -> k.startsWith(
                "missing required")).anyMatch(k -> k.startsWith("wrong number of fields")).anyMatch(k -> k
                .startsWith("unknown enum")).anyMatch(k -> k.startsWith("conflicting key repeat")).anyMatch(k -> k
                .startsWith("identical duplicate")).anyMatch(k -> k.startsWith("session after"));
    }

    @Test
    void noSessionIsDatedAfterAnAttendeesTerminationExceptTheDeliberateOne() throws IOException {
        Map<String, LocalDate> terminated = new HashMap<>();
        try (CSVParser parser = parse(dir.resolve("employees.csv"))) {
            for (CSVRecord r : parser) {
                if (!r.get("termination_date").isEmpty() && !terminated.containsKey(r.get("employee_id"))) {
                    terminated.put(r.get("employee_id"), LocalDate.parse(r.get("termination_date")));
                }
            }
        }
        int late = 0;
        for (Path file : sessionFiles(dir)) {
            try (CSVParser parser = parse(file)) {
                for (CSVRecord r : parser) {
                    if (!r.isConsistent()) {
                        continue;
                    }
                    String started = r.get(idColumn(parser, "started_at"));
                    if (started.length() <= 19) {
                        continue;
                    }
                    LocalDate day = OffsetDateTime.parse(started).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
                    for (String id : r.get(idColumn(parser, "attendee_ids")).split(";")) {
                        LocalDate t = terminated.get(id);
                        if (t != null && day.isAfter(t)) {
                            late++;
                        }
                    }
                }
            }
        }
        assertThat(late).isEqualTo(1);
    }

    @Test
    void endDatesNeverPrecedeStartDatesApartFromTheDeliberateRow(@TempDir Path mid) throws IOException {
        GenerationSummary s = SampleDataGenerator.generate(5_000, 11, mid);
        Set<String> deliberate = new HashSet<>();
        s.badRows().forEach(b -> deliberate.add(b.file() + ":" + b.line()));
        int wrong = 0;
        for (String[] check : List.of(new String[] {"matches.csv", "matched_on", "ended_on"},
                new String[] {"enrolments.csv", "enrolled_on", "exited_on"},
                new String[] {"employees.csv", "hire_date", "termination_date"})) {
            String text = Files.readString(mid.resolve(check[0]), StandardCharsets.UTF_8);
            List<Long> starts = new ArrayList<>(recordStartLines(text));
            starts.sort(null);
            try (CSVParser parser = parse(mid.resolve(check[0]))) {
                int k = 0;
                for (CSVRecord r : parser) {
                    long line = starts.get(k++);
                    if (deliberate.contains(check[0] + ":" + line) || r.get(check[2]).isEmpty()) {
                        continue;
                    }
                    if (LocalDate.parse(r.get(check[2])).isBefore(LocalDate.parse(r.get(check[1])))) {
                        wrong++;
                    }
                }
            }
        }
        assertThat(wrong).isZero();
    }

    @Test
    void surveyWavesCarryTrickyCommentsAndTheSecondWaveFallsInTheOctober2026Window() throws IOException {
        List<String> comments = new ArrayList<>();
        try (CSVParser parser = parse(dir.resolve("survey_responses-2026.csv"))) {
            for (CSVRecord r : parser) {
                comments.add(r.get("comment"));
                LocalDate day = OffsetDateTime.parse(r.get("submitted_at")).toLocalDate();
                assertThat(day).isBetween(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 10, 31));
            }
        }
        assertThat(comments).filteredOn(c -> c.startsWith("=")).hasSize(1);
        assertThat(comments).filteredOn(c -> c.startsWith("@")).hasSize(1);
        assertThat(comments).anyMatch(c -> c.contains("\n")).anyMatch(c -> c.contains("\"") && c.contains(","))
                .anyMatch(c -> !c.chars().allMatch(ch -> ch < 128));
    }

    @Test
    void twentyThousandEmployeesGiveProportionallyMoreRows(@TempDir Path big) throws IOException {
        GenerationSummary large = SampleDataGenerator.generate(20_000, SEED, big);
        Map<String, Long> small = summary.rowsBySource();
        Map<String, Long> rows = large.rowsBySource();
        for (String source : List.of("employees", "job_history", "enrolments", "matches", "sessions",
                "survey_responses")) {
            assertThat((double) rows.get(source) / small.get(source)).as(source).isBetween(25.0, 80.0);
        }
        assertThat(rows.get("programmes")).isEqualTo(small.get("programmes"));
    }

    private static CSVParser parse(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Reader reader = new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text);
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true)
                .get().parse(reader);
    }

    private static String idColumn(CSVParser parser, String name) {
        return parser.getHeaderNames().stream().filter(h -> h.trim().equalsIgnoreCase(name)).findFirst()
                .orElseThrow();
    }

    /** Physical start line of every data record, counting lines inside quoted fields. */
    private static Set<Long> recordStartLines(String text) {
        Set<Long> starts = new HashSet<>();
        long line = 1;
        boolean quoted = false;
        boolean atStart = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (atStart && c != '\r' && c != '\n') {
                starts.add(line);
                atStart = false;
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\n') {
                line++;
                atStart = !quoted;
            }
        }
        return starts;
    }

    private static List<Path> sessionFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith("sessions-")).sorted().toList();
        }
    }

    private static List<String> fileNames(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
