package dev.mentorlens.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFileReaderTests {

    @TempDir
    Path dir;

    @Test
    void reportsThePhysicalLineOnWhichEachRecordStarts() throws IOException {
        List<InputRow> rows = read("a,b\n1,\"first\nsecond\nthird\"\n\n2,plain\n");

        assertThat(rows).extracting(InputRow::line).containsExactly(2, 6);
        assertThat(rows.get(0).value("b")).isEqualTo("first\nsecond\nthird");
    }

    @Test
    void dropsTheByteOrderMarkAndReadsCrlfFiles() throws IOException {
        List<InputRow> rows = read("\uFEFFa,b\r\n1,x\r\n2,y\r\n");

        assertThat(rows).extracting(r -> r.value("a")).containsExactly("1", "2");
        assertThat(rows).extracting(InputRow::line).containsExactly(2, 3);
    }

    @Test
    void findsColumnsByTrimmedCaseInsensitiveNameInAnyOrderAndIgnoresUnknownOnes() throws IOException {
        List<InputRow> rows = read(" B ,Room,A\nx,4.12,1\n");

        assertThat(rows.get(0).value("a")).isEqualTo("1");
        assertThat(rows.get(0).value("b")).isEqualTo("x");
        assertThat(rows.get(0).values()).doesNotContainKey("room");
    }

    @Test
    void keepsQuotedCommasAndDoesNotTrimValues() throws IOException {
        List<InputRow> rows = read("a,b\n\"Women in Tech, EMEA\", 3\n");

        assertThat(rows.get(0).value("a")).isEqualTo("Women in Tech, EMEA");
        assertThat(rows.get(0).value("b")).isEqualTo(" 3");
    }

    @Test
    void reportsRaggedRowsWithTheirFieldCount() throws IOException {
        List<InputRow> rows = read("a,b\n1,2,3\n1\n");

        assertThat(rows).extracting(InputRow::fieldCount).containsExactly(3, 1);
        assertThat(rows).extracting(InputRow::expectedFieldCount).containsExactly(2, 2);
        assertThat(rows.get(0).raw()).isEqualTo("1,2,3");
    }

    private List<InputRow> read(String content) throws IOException {
        Path file = dir.resolve("sample.csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        List<InputRow> rows = new ArrayList<>();
        try (CsvFileReader reader = new CsvFileReader(file, List.of("a", "b"))) {
            for (InputRow row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
            }
        }
        return rows;
    }
}
