package dev.mentorlens.runs;

/**
 * What a request to launch, rerun, restart, stop or release a run gave.
 *
 * @param run the run concerned: the one launched, or the one that decided the outcome (null when none)
 * @param requested for {@link Outcome#COMPLETED_FOR_OTHER_FOLDERS}: the folders of this request
 * @param detail for {@link Outcome#INVALID}, {@link Outcome#INVALID_INPUT_FILES} and {@link Outcome#LOCKED}: why,
 *     in one sentence
 */
public record LaunchResult(Outcome outcome, RunView run, Folders requested, String detail) {

    public enum Outcome {
        /** Ran to the end. */
        COMPLETED,
        /** Ran and failed; {@link RunView#failureReason()} says why. */
        FAILED,
        /** The period already completed with the same folders; nothing ran. */
        ALREADY_COMPLETED,
        /** The period completed with other input or output folders; nothing ran. */
        COMPLETED_FOR_OTHER_FOLDERS,
        /** Another live process runs it. */
        STILL_RUNNING,
        /** It was abandoned and cannot be resumed. */
        ABANDONED,
        /** There is no such execution. */
        NOT_FOUND,
        /** The execution already completed: nothing to restart, stop or release. */
        NOTHING_TO_DO,
        /** The request cannot run as given (parameters, folders, programme, settings); nothing was recorded. */
        INVALID,
        /** An input file is missing or cannot be read as asked (a job failure); nothing was recorded. */
        INVALID_INPUT_FILES,
        /** A resource it needs is held by another run. */
        LOCKED,
        /** A stop was requested; the run stops at its next commit. */
        STOP_REQUESTED,
        /** A dead run was released: its locks are free and it can be restarted. */
        RELEASED
    }

    /** The input and output folder of a request or a run. */
    public record Folders(String input, String output) {
    }

    static LaunchResult of(Outcome outcome, RunView run) {
        return new LaunchResult(outcome, run, null, null);
    }
}
