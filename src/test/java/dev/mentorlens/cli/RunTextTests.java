package dev.mentorlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import dev.mentorlens.runs.PartitionView;
import dev.mentorlens.runs.RunState;
import dev.mentorlens.runs.RunView;
import org.junit.jupiter.api.Test;

/** How {@code status} writes the partitions of a partitioned step. */
class RunTextTests {

    private static final String FAILURE = "Partition metricsStep:partition1 (programmes peer-coaching) stopped on"
            + " worker vm:1234: no heartbeat since 23:01:02 (more than 30 s); restart the run to run it again.";

    @Test
    void aRunningPartitionSaysHowLongAgoItsWorkerLastBeat() {
        PartitionView running = new PartitionView("partition0", List.of("career-mentoring", "women-in-tech-circles"),
                0, "vm:1234", false, "STARTED", 10, 4, Duration.ofSeconds(95), 47L, null);

        assertThat(RunText.partition(running)).isEqualTo(String.format("%19s partition0  STARTED   programmes"
                + " career-mentoring, women-in-tech-circles, on vm:1234, 4 written in 95.0 s (running, last heartbeat"
                + " 47 s ago)%n", ""));
    }

    @Test
    void aFailedPartitionGivesItsSentenceOnALineOfItsOwn() {
        PartitionView failed = new PartitionView("partition1", List.of("peer-coaching"), 0, "vm:1234", false,
                "FAILED", 3, 0, Duration.ofMillis(31_500), null, FAILURE);

        assertThat(RunText.partition(failed)).isEqualTo(String.format("%19s partition1  FAILED    programmes"
                + " peer-coaching, on vm:1234, 0 written in 31.5 s%n%19s %s%n", "", "", FAILURE));
    }

    @Test
    void aPartitionWaitingForAWorkerHasNoWorkerNorTime() {
        PartitionView waiting = new PartitionView("partition2", List.of("reverse-mentoring"), 0, null, false,
                "STARTING", 0, 0, null, null, null);

        assertThat(RunText.partition(waiting)).isEqualTo(String.format("%19s partition2  STARTING  programmes"
                + " reverse-mentoring (waiting for a worker)%n", ""));
    }

    @Test
    void aPartitionOfFilesRatherThanProgrammesNamesItsWorkerOnly() {
        PartitionView files = new PartitionView("partition3", List.of(), 0, "vm:1234", false, "COMPLETED", 80, 80,
                Duration.ofSeconds(3), null, null);

        assertThat(RunText.partition(files)).isEqualTo(String.format("%19s partition3  COMPLETED on vm:1234, 80"
                + " written in 3.0 s%n", ""));
    }

    @Test
    void statusListsThePartitionsUnderTheirStepAndNotOtherSteps() {
        PartitionView here = new PartitionView("partition0", List.of("career-mentoring"), 0, "host:42", true,
                "COMPLETED", 5, 5, Duration.ofSeconds(2), null, null);
        PartitionView there = new PartitionView("partition1", List.of("peer-coaching"), 0, "vm:7", false,
                "COMPLETED", 3, 3, Duration.ofSeconds(1), null, null);

        String table = RunText.table(List.of(run(new RunView.StepView("ingestSessionsStep", "COMPLETED", 9, 9, 0),
                new RunView.StepView("metricsStep", "COMPLETED", 8, 8, 0, List.of(here, there)))));

        assertThat(table).contains(String.format("%9s %-7s metricsStep COMPLETED, 8 written, 2 partitions%n", "",
                "step")).contains("partition0  COMPLETED programmes career-mentoring, on this process (host:42),"
                        + " 5 written in 2.0 s").contains("partition1  COMPLETED programmes peer-coaching, on vm:7")
                .doesNotContain("ingestSessionsStep");
    }

    @Test
    void statusLeavesOutAStepThatRanAsOnePartitionInTheRunsProcess() {
        PartitionView only = new PartitionView("partition0", List.of("career-mentoring"), 0, "host:42", true,
                "COMPLETED", 5, 5, Duration.ofSeconds(2), null, null);

        String table = RunText.table(List.of(run(new RunView.StepView("metricsStep", "COMPLETED", 5, 5, 0,
                List.of(only)))));

        assertThat(table).doesNotContain("metricsStep", "partition0").hasLineCount(4);
    }

    private static RunView run(RunView.StepView... steps) {
        return new RunView(7, "monthlyReportJob", Map.of("period", "2026-10"), "/in", "/out", RunState.COMPLETED,
                LocalDateTime.of(2026, 11, 1, 2, 0), LocalDateTime.of(2026, 11, 1, 2, 1), Duration.ofMinutes(1),
                List.of(steps), null, false, List.of(), List.of());
    }
}
