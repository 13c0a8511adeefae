package dev.mentorlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import dev.mentorlens.support.CommandResult;
import dev.mentorlens.support.InputFolderBuilder;
import dev.mentorlens.support.MentorLensCli;
import dev.mentorlens.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Off a terminal a run prints one progress line per step as it ends, and none with --quiet. */
class ProgressIntegrationTests {

    @TempDir
    Path work;

    @Test
    void printsOneLinePerStepWithRowsAndRateUnlessQuiet() {
        Path input = new InputFolderBuilder().writeTo(work.resolve("in"));

        CommandResult shown = monthly(TestDatabase.create("h2", "progress"), input, "a");
        CommandResult quiet = monthly(TestDatabase.create("h2", "quiet"), input, "b", "--quiet");

        assertThat(shown.exitCode()).as(shown.err()).isZero();
        assertThat(shown.out()).containsPattern("(?m)^ingestSessionsStep\\s+5 rows\\s+[\\d,]+ rows/s$")
                .containsPattern("(?m)^metricsStep\\s+[\\d,]+ rows");
        assertThat(shown.out().lines().filter(l -> l.startsWith("ingestSessionsStep"))).hasSize(1);
        assertThat(shown.out()).containsPattern("(?m)^  ingestSessionsStep:partition0\\s+5 rows");
        assertThat(quiet.exitCode()).isZero();
        assertThat(quiet.out()).doesNotContain("rows/s");
    }

    private CommandResult monthly(TestDatabase db, Path input, String output, String... more) {
        String[] args = {"monthly", "--period", "2026-02", "--input", input.toString(), "--output",
            work.resolve(output).toString(), "--max-reject-ratio", "1"};
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return MentorLensCli.run(db, all);
    }
}
