package dev.mentorlens.runs;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * One partition of a partitioned step as the command line, the console or an API shows it.
 *
 * @param name the partition's name under its step ({@code partition0})
 * @param programmes the programme ids it runs (those the viewer may see)
 * @param otherProgrammes how many more programmes it runs that the viewer may not see
 * @param worker the process that took it, {@code host:pid}; null while no worker took it
 * @param thisProcess whether that process is the one that ran the job
 * @param state STARTING (waiting for a worker), STARTED, COMPLETED, FAILED, ...
 * @param duration from its start to its end, or until now while it runs; null before it started
 * @param heartbeatSecondsAgo seconds since its worker last beat, while it runs on a worker; null otherwise
 * @param failure the sentence saying why it failed; null unless it failed
 */
public record PartitionView(String name, List<String> programmes, int otherProgrammes, String worker,
        boolean thisProcess, String state, long read, long written, Duration duration, Long heartbeatSecondsAgo,
        String failure) {

    public PartitionView {
        programmes = List.copyOf(programmes);
    }

    /** Where it runs or ran: "this process (host:pid)", "host:pid", or "no worker yet". */
    public String where() {
        if (worker == null) {
            return "no worker yet";
        }
        return thisProcess ? "this process (" + worker + ")" : worker;
    }

    /** What its state means now: waiting for a worker, the age of its last heartbeat, or why it failed. */
    public String stateDetail() {
        return switch (state) {
            case "STARTING" -> "waiting for a worker";
            case "STARTED" -> heartbeatSecondsAgo == null ? "running"
                    : "running, last heartbeat " + heartbeatSecondsAgo + " s ago";
            case "FAILED" -> failure == null ? "failed" : failure;
            default -> "";
        };
    }

    /** Its programmes as a list to read: "p1, p2", with "and 2 others" for those the viewer may not see. */
    public String programmesText() {
        String shown = String.join(", ", programmes);
        if (otherProgrammes == 0) {
            return shown;
        }
        String others = otherProgrammes + (otherProgrammes == 1 ? " other" : " others");
        return shown.isEmpty() ? others : shown + " and " + others;
    }

    /** The same partition as a viewer limited to some programmes sees it: theirs only, the others counted. */
    public PartitionView seenBy(Set<String> visible) {
        List<String> seen = programmes.stream().filter(visible::contains).toList();
        int hidden = otherProgrammes + programmes.size() - seen.size();
        String sentence = failure;
        if (sentence != null && hidden > 0) {
            // the watchdog names the partition's programmes in its sentence: leave them out
            sentence = sentence.replace(" (programmes " + String.join(", ", programmes) + ")", "");
        }
        return new PartitionView(name, seen, hidden, worker, thisProcess, state, read, written, duration,
                heartbeatSecondsAgo, sentence);
    }
}
