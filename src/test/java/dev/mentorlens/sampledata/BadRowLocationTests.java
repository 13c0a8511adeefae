package dev.mentorlens.sampledata;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every deliberate bad row the {@link GenerationSummary} reports must really be in the file, on the
 * reported physical line (header = line 1, lines inside quoted fields counted), with the promised
 * defect. The README's bad-row table is copied from that report.
 */
class BadRowLocationTests {

    private static final Pattern WRONG_WIDTH = Pattern.compile("wrong number of fields \\((\\d+) instead of (\\d+)\\)");
    /** "kind (column value)", as in "out-of-range value (job_level 23)". */
    private static final Pattern COLUMN_VALUE = Pattern.compile("\\(([a-z_]+) ([^ )]+)\\)");

    @ParameterizedTest(name = "{0} employees, seed {1}")
    @CsvSource({"400, 20261031", "60, 7", "3000, 11"})
    void everyReportedBadRowIsAtItsLineWithThePromisedDefect(int employees, long seed, @TempDir Path dir)
            throws IOException {
        GenerationSummary summary = SampleDataGenerator.generate(employees, seed, dir);
        Map<String, ParsedFile> files = new HashMap<>();
        int wrongWidth = 0;
        for (GenerationSummary.BadRow bad : summary.badRows()) {
            ParsedFile file = files.computeIfAbsent(bad.file(), name -> ParsedFile.read(dir.resolve(name)));
            String where = bad.file() + ":" + bad.line() + " " + bad.kind();
            CSVRecord record = file.byStartLine().get(bad.line());
            assertThat(record).as(where + ": no record starts on that line").isNotNull();

            Matcher width = WRONG_WIDTH.matcher(bad.kind());
            if (width.find()) {
                wrongWidth++;
                assertThat(file.header()).as(where + ": header width").hasSize(Integer.parseInt(width.group(2)));
                assertThat(record.size()).as(where + ": fields of " + record.toList())
                        .isEqualTo(Integer.parseInt(width.group(1)));
                continue;
            }
            assertThat(record.size()).as(where + ": fields of " + record.toList()).isEqualTo(file.header().size());
            Matcher value = COLUMN_VALUE.matcher(bad.kind());
            if (value.find() && file.header().contains(value.group(1))) {
                assertThat(record.get(file.header().indexOf(value.group(1)))).as(where)
                        .isEqualToIgnoringCase(value.group(2).replace("`", ""));
            }
        }
        if (employees >= 400) {
            // one in the job history and one in the sessions, as the README's table promises
            assertThat(wrongWidth).isEqualTo(2);
            assertThat(summary.badRows()).anyMatch(b -> b.source().equals("sessions")
                    && b.kind().equals("wrong number of fields (7 instead of 8)"));
            assertThat(summary.badRows()).anyMatch(b -> b.source().equals("job_history")
                    && b.kind().equals("wrong number of fields (5 instead of 4)"));
        }
    }

    /** A file's header and its data records keyed by the physical line each record starts on. */
    private record ParsedFile(List<String> header, Map<Long, CSVRecord> byStartLine) {

        static ParsedFile read(Path path) {
            try {
                String text = Files.readString(path, StandardCharsets.UTF_8);
                if (text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                Map<Long, CSVRecord> byStartLine = new HashMap<>();
                List<String> header;
                try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                        .setAllowMissingColumnNames(true).get().parse(new StringReader(text))) {
                    header = parser.getHeaderNames().stream().map(h -> h.trim().toLowerCase()).toList();
                    for (CSVRecord record : parser) {
                        // physical line = line ends before the record's first character, plus one
                        long line = 1 + text.substring(0, (int) record.getCharacterPosition()).chars()
                                .filter(c -> c == '\n').count();
                        assertThat(byStartLine.put(line, record)).as(path + ":" + line).isNull();
                    }
                }
                return new ParsedFile(header, byStartLine);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
