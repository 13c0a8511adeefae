package dev.mentorlens.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import dev.mentorlens.support.CommandResult;
import dev.mentorlens.support.MentorLensCli;
import dev.mentorlens.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same inputs give the same metrics on H2 and on PostgreSQL: every output file of the sample data. */
class DatabaseParityIntegrationTests {

    @TempDir
    Path work;

    @Test
    void sampleDataGivesIdenticalOutputsOnH2AndPostgres() throws IOException {
        Path h2 = run("h2");
        Path postgres = run("postgres");

        List<Path> files = csvFiles(h2);
        assertThat(files).hasSizeGreaterThan(10);
        assertThat(csvFiles(postgres)).isEqualTo(files);
        for (Path file : files) {
            assertThat(Files.readString(postgres.resolve(file))).as(file.toString())
                    .isEqualTo(Files.readString(h2.resolve(file)));
        }
    }

    private Path run(String kind) {
        Path out = work.resolve(kind);
        CommandResult result = MentorLensCli.run(TestDatabase.create(kind, "parity"), "monthly", "--period", "2026-10",
                "--input", "sample-data", "--output", out.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        return out.resolve("2026-10");
    }

    private static List<Path> csvFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".csv")).map(root::relativize).sorted().toList();
        }
    }
}
