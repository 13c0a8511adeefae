package dev.mentorlens.batch;

/**
 * How far a step is: rows done so far, their rate, and the total when it is known.
 *
 * @param total null when the step cannot know its total in advance
 * @param finished whether this is the step's last report
 */
public record StepProgress(String step, long done, Long total, double rowsPerSecond, boolean finished) {

    /** The share done from 0 to 1, or null without a total. */
    public Double share() {
        return total == null || total == 0 ? null : Math.min(1.0, done / (double) total);
    }

    /** Receives the progress of the steps of a run, e.g. to show it on a terminal. */
    public interface Listener {
        void progress(StepProgress progress);
    }
}
