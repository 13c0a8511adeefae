package dev.mentorlens.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;

/** The records re-written for the rejects and the stored attributes read exactly as commons-csv wrote them. */
class CsvRecordTextTests {

    private static final List<String> TRICKY = List.of("", " ", "plain", "a,b", "say \"hi\"", "\"", "\"\"",
            "line\nbreak", "cr\rhere", "crlf\r\n", "\ttab first", "tab last\t", "back\\slash\\", "\\N", "#hash",
            "!bang", "$dollar", "=SUM(A1)", "+1", "-2", "@cmd", "trailing ", " leading", "é Zürich 😀", "日本",
            "\u0000nul", "nul\u0000", "\u001fseparator", "a\"b\"c", ",", "\u00a0nbsp\u00a0");

    @Test
    void writesEveryTrickyValueAsCommonsCsvDoesInEveryPosition() {
        for (String value : TRICKY) {
            for (List<String> record : List.of(List.of(value), List.of(value, "x"), List.of("x", value),
                    List.of("x", value, ""), List.of(value, value))) {
                assertThat(CsvRecordText.of(record)).as("%s", record).isEqualTo(commonsCsv(record));
            }
        }
    }

    @Test
    void writesRandomRecordsAsCommonsCsvDoes() {
        Random random = new Random(42);
        String alphabet = "ab ,\"\n\r\t\\#!=+-@é😀\u0000\u001f";
        for (int n = 0; n < 20_000; n++) {
            List<String> record = new ArrayList<>();
            int fields = 1 + random.nextInt(5);
            for (int f = 0; f < fields; f++) {
                StringBuilder value = new StringBuilder();
                int length = random.nextInt(6);
                for (int i = 0; i < length; i++) {
                    int at = random.nextInt(alphabet.length());
                    value.append(Character.isHighSurrogate(alphabet.charAt(at))
                            ? alphabet.substring(at, at + 2) : String.valueOf(alphabet.charAt(at)));
                }
                record.add(value.toString());
            }
            assertThat(CsvRecordText.of(record)).as("%s", record).isEqualTo(commonsCsv(record));
        }
    }

    @Test
    void storesAttributesAsBeforeAndReadsThemBack() {
        TreeMap<String, String> attributes = new TreeMap<>(Map.of("gender", "woman", "generation", "Gen X",
                "note", "\"quoted\", with comma", "site", " Zürich\n2 "));

        String stored = EmployeeAttributes.encode(attributes);

        List<String> fields = new ArrayList<>();
        attributes.forEach((name, value) -> {
            fields.add(name);
            fields.add(value);
        });
        assertThat(stored).isEqualTo(CSVFormat.RFC4180.builder().setRecordSeparator("").get()
                .format(fields.toArray()));
        assertThat(EmployeeAttributes.decode(stored)).isEqualTo(attributes);
    }

    private static String commonsCsv(List<String> record) {
        return CSVFormat.RFC4180.format(record.toArray());
    }
}
