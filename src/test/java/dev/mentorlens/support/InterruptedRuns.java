package dev.mentorlens.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;

/** What the tests that interrupt a run in a child JVM share: waiting for it, and comparing its outputs. */
public final class InterruptedRuns {

    private InterruptedRuns() {
    }

    /**
     * The session records the sessions step has read and committed so far: on PostgreSQL they are
     * staged, and land in mentoring_session only when the step has read them all.
     */
    public static int committedSessionRecords(JdbcTemplate jdbc) {
        Integer read = jdbc.queryForObject("select coalesce(max(read_count), 0) from batch_step_execution"
                + " where step_name like 'ingestSessionsStep%'", Integer.class);
        return read == null ? 0 : read;
    }

    /** Waits until the child run has read and committed {@code rows} session records; fails if it ends before. */
    public static void awaitSessionRows(TestDatabase db, Process child, int rows) throws InterruptedException {
        JdbcTemplate jdbc = db.jdbc();
        // generous: the machine running the tests may be busy; this only bounds a run that never gets there
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            assertThat(child.isAlive()).as("the child run ended before it could be interrupted").isTrue();
            if (!db.isOpenedByAProcess()) {
                Thread.sleep(50);
                continue;
            }
            try {
                if (committedSessionRecords(jdbc) >= rows) {
                    return;
                }
            } catch (RuntimeException notReadyYet) {
                // the schema is created by the child at start-up
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the child run did not reach " + rows + " sessions within 5 minutes");
    }

    /** Both period folders hold the same CSV files, byte for byte; the expected one holds at least {@code some}. */
    public static void assertSameCsvOutputs(Path actual, Path expected, Path... some) throws IOException {
        List<Path> files = csvFiles(expected);
        assertThat(files).contains(some);
        assertThat(csvFiles(actual)).isEqualTo(files);
        for (Path file : files) {
            assertThat(Files.readString(actual.resolve(file))).as(file.toString())
                    .isEqualTo(Files.readString(expected.resolve(file)));
        }
    }

    private static List<Path> csvFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".csv")).map(root::relativize).sorted().toList();
        }
    }
}
