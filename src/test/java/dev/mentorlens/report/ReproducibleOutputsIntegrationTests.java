package dev.mentorlens.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import dev.mentorlens.support.CommandResult;
import dev.mentorlens.support.MentorLensCli;
import dev.mentorlens.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two runs of the same month on the same inputs, each on a database of its own, publish the same bytes. */
class ReproducibleOutputsIntegrationTests {

    @TempDir
    Path temp;

    @Test
    void twoRunsOnTheSameInputsWriteByteIdenticalWorkbooksAndTheSameInputList() throws Exception {
        Path first = run("first");
        Path second = run("second");

        List<Path> workbooks = files(first).stream().filter(p -> p.toString().endsWith(".xlsx")).toList();
        assertThat(workbooks).hasSize(5);
        for (Path relative : files(first)) {
            if (relative.getFileName().toString().equals("manifest.json")) {
                continue;
            }
            assertThat(Files.readAllBytes(second.resolve(relative))).as(relative.toString())
                    .isEqualTo(Files.readAllBytes(first.resolve(relative)));
        }
        assertThat(files(second)).isEqualTo(files(first));
        // the same outputs with the same hashes, and the inputs in the same order, key by key
        assertThat(withoutRunIds(second.resolve("manifest.json")))
                .isEqualTo(withoutRunIds(first.resolve("manifest.json")));
        assertThat(String.join("\n", withoutRunIds(first.resolve("manifest.json"))))
                .contains("\"source\" : \"employees\",\n    \"file\" : \"employees.csv\",\n    \"sha256\" : ");
    }

    private Path run(String name) {
        TestDatabase db = TestDatabase.create("h2", "reproducible_" + name);
        Path out = temp.resolve(name);
        CommandResult result = MentorLensCli.run(db, "monthly", "--period", "2026-10", "--input", "sample-data",
                "--output", out.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        return out.resolve("2026-10");
    }

    /** The files under a folder, relative to it, in name order. */
    private static List<Path> files(Path folder) throws Exception {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(folder::relativize).sorted().toList();
        }
    }

    /** The lines of a manifest without the ids of the runs, which each database counts on its own. */
    private static List<String> withoutRunIds(Path manifest) throws Exception {
        return Files.readAllLines(manifest).stream()
                .filter(line -> !line.contains("job_execution_id") && !line.contains("computed_from_inputs_of_run"))
                .toList();
    }
}
