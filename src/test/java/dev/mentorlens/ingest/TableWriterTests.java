package dev.mentorlens.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.mentorlens.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** Rows appended by the table writer of each database come back exactly as given. */
class TableWriterTests {

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void keepsTextNumbersDatesAndNullsAsGiven(String kind) {
        JdbcTemplate jdbc = TestDatabase.create(kind, "table_writer").jdbc();
        jdbc.execute("create table appended (seq integer, text_value varchar, number_value bigint, on_day date)");
        TableWriter writer = TableWriter.of(jdbc);
        List<Object[]> rows = List.of(
                new Object[] {1, "plain", 7L, LocalDate.of(2026, 10, 31)},
                new Object[] {2, "", null, null},
                new Object[] {3, null, 0, LocalDate.of(1900, 1, 1)},
                new Object[] {4, "a \"quoted\", comma\nnew line\r\nand\u001fseparator", -3, null},
                new Object[] {5, "\\N \\. é 😀", Integer.MAX_VALUE, null},
                new Object[] {6, "\t=SUM(A1)\t+1 -2 @cmd \\\\ \"\" \"", 1, null},
                new Object[] {7, "\"", 2, null},
                new Object[] {8, "\"\"", 3, null});

        writer.append("appended", List.of("seq", "text_value", "number_value", "on_day"), rows);

        assertThat(writer).isInstanceOf(kind.equals("postgres") ? CopyTableWriter.class : BatchedInsertTableWriter.class);
        List<List<Object>> stored = new ArrayList<>();
        jdbc.query("select seq, text_value, number_value, on_day from appended order by seq", rs -> {
            stored.add(Arrays.asList(rs.getInt(1), rs.getString(2), rs.getObject(3) == null ? null : rs.getLong(3),
                    rs.getObject(4, LocalDate.class)));
        });
        assertThat(stored).containsExactly(
                Arrays.asList(1, "plain", 7L, LocalDate.of(2026, 10, 31)),
                Arrays.asList(2, "", null, null),
                Arrays.asList(3, null, 0L, LocalDate.of(1900, 1, 1)),
                Arrays.asList(4, "a \"quoted\", comma\nnew line\r\nand\u001fseparator", -3L, null),
                Arrays.asList(5, "\\N \\. é 😀", (long) Integer.MAX_VALUE, null),
                Arrays.asList(6, "\t=SUM(A1)\t+1 -2 @cmd \\\\ \"\" \"", 1L, null),
                Arrays.asList(7, "\"", 2L, null),
                Arrays.asList(8, "\"\"", 3L, null));
    }

    @Test
    void writesCopyTextOfDatesAndNumbersAsTheirOwnTextForms() {
        List<Object> values = List.of(LocalDate.of(2026, 1, 9), LocalDate.of(1000, 12, 31), LocalDate.of(999, 1, 1),
                LocalDate.of(10_000, 1, 1), LocalDate.of(-5, 6, 7), 0, -42, Integer.MIN_VALUE, 7L, 2.5);

        for (Object value : values) {
            assertThat(CopyTableWriter.csv(List.<Object[]>of(new Object[] {value, "x"})))
                    .isEqualTo(value + ",\"x\"\n");
        }
        assertThat(CopyTableWriter.csv(List.<Object[]>of(new Object[] {null, "", "a\"b", "\"\""})))
                .isEqualTo(",\"\",\"a\"\"b\",\"\"\"\"\"\"\n");
    }
}
