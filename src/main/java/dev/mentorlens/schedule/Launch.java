package dev.mentorlens.schedule;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import dev.mentorlens.runs.LaunchResult;
import dev.mentorlens.runs.RunView;

/**
 * A launch asked of {@code serve} by the schedule or a user: one or more runs (a run per programme or
 * comparison of a job definition, or the restart of one execution), queued behind the launches asked
 * before it and run one after the other in the background.
 *
 * @param job the job definition's name, or {@code execution <id>} for a restart
 * @param action start, rerun or restart
 * @param period the reporting month, null for a restart
 * @param triggeredBy {@code schedule} or the user's name
 * @param results what each run gave, in order, as far as the launch got
 * @param error why the launch stopped short, one sentence, or null
 */
public record Launch(long id, String job, String action, String period, String triggeredBy, Instant requestedAt,
        Instant endedAt, State state, List<LaunchResult> results, String error) {

    public enum State {
        QUEUED, RUNNING, ENDED
    }

    /**
     * One run of a launch.
     *
     * @param key what it runs, e.g. {@code monthly-report 2026-10 ALL}: two launches never run the same key at once
     * @param runningElsewhere the run of the same key another process runs now, if any
     */
    public record Target(String key, Supplier<LaunchResult> launch, Supplier<Optional<RunView>> runningElsewhere) {
    }

    /**
     * How the launch went, in one word: the first outcome that is not a success (FAILED, INVALID,
     * LOCKED, ...), else COMPLETED or ALREADY_COMPLETED; FAILED when it stopped short; null while it runs.
     */
    public String outcome() {
        if (state != State.ENDED) {
            return null;
        }
        if (error != null) {
            return "FAILED";
        }
        return results.stream().map(r -> r.outcome().name()).filter(o -> !SUCCESSES.contains(o)).findFirst()
                .orElse(results.stream().allMatch(r -> r.outcome() == LaunchResult.Outcome.ALREADY_COMPLETED)
                        && !results.isEmpty() ? "ALREADY_COMPLETED" : "COMPLETED");
    }

    /** Why it did not succeed, one sentence per run that did not, or null. */
    public String detail() {
        if (error != null) {
            return error;
        }
        List<String> reasons = results.stream().filter(r -> !SUCCESSES.contains(r.outcome().name()))
                .map(r -> r.detail() != null ? r.detail() : r.run() != null && r.run().failureReason() != null
                        ? "Run " + r.run().id() + ": " + r.run().failureReason() : r.outcome().name())
                .toList();
        return reasons.isEmpty() ? null : String.join(" ", reasons);
    }

    private static final List<String> SUCCESSES = List.of("COMPLETED", "ALREADY_COMPLETED", "STOP_REQUESTED",
            "RELEASED", "NOTHING_TO_DO");
}
