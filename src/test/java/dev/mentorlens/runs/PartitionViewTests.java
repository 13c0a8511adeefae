package dev.mentorlens.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** What a partition says of itself, and what a viewer limited to some programmes sees of it. */
class PartitionViewTests {

    private static final String FAILURE = "Partition metricsStep:partition1 (programmes career-mentoring,"
            + " peer-coaching) stopped on worker vm:1234: no heartbeat since 23:01:02 (more than 30 s); restart the"
            + " run to run it again.";
    private static final PartitionView FAILED = new PartitionView("partition1",
            List.of("career-mentoring", "peer-coaching"), 0, "vm:1234", false, "FAILED", 3, 2,
            Duration.ofSeconds(40), null, FAILURE);

    @Test
    void aViewerOfOneProgrammeSeesOnlyThatProgrammeAndTheSentenceWithoutTheOthers() {
        PartitionView seen = FAILED.seenBy(Set.of("career-mentoring"));

        assertThat(seen.programmes()).containsExactly("career-mentoring");
        assertThat(seen.otherProgrammes()).isEqualTo(1);
        assertThat(seen.programmesText()).isEqualTo("career-mentoring and 1 other");
        assertThat(seen.failure()).isEqualTo("Partition metricsStep:partition1 stopped on worker vm:1234: no heartbeat"
                + " since 23:01:02 (more than 30 s); restart the run to run it again.");
    }

    @Test
    void aViewerOfEveryProgrammeOfThePartitionSeesItWhole() {
        assertThat(FAILED.seenBy(Set.of("career-mentoring", "peer-coaching", "reverse-mentoring"))).isEqualTo(FAILED);
    }

    @Test
    void aViewerOfNoneOfItsProgrammesSeesOnlyHowManyItRuns() {
        assertThat(FAILED.seenBy(Set.of("reverse-mentoring")).programmesText()).isEqualTo("2 others");
    }

    @Test
    void itsStateSaysWhatItWaitsForOrWhenItsWorkerLastBeat() {
        PartitionView waiting = new PartitionView("partition0", List.of("a"), 0, null, false, "STARTING", 0, 0, null,
                null, null);
        PartitionView running = new PartitionView("partition0", List.of("a"), 0, "vm:1", true, "STARTED", 0, 0,
                Duration.ofSeconds(5), 12L, null);

        assertThat(waiting.stateDetail()).isEqualTo("waiting for a worker");
        assertThat(waiting.where()).isEqualTo("no worker yet");
        assertThat(running.stateDetail()).isEqualTo("running, last heartbeat 12 s ago");
        assertThat(running.where()).isEqualTo("this process (vm:1)");
        assertThat(FAILED.stateDetail()).isEqualTo(FAILURE);
    }
}
