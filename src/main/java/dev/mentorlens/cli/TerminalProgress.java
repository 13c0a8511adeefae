package dev.mentorlens.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.mentorlens.batch.StepProgress;
import org.springframework.stereotype.Component;

/**
 * Shows how each step goes: on a terminal one line per step, redrawn as rows are done; otherwise
 * (cron, a pipe, a log file) one line per step when it ends; nothing with {@code --quiet}. The partitions
 * of a partitioned step show as indented lines of their own just before the step's. Steps that run at the
 * same time (the ingest flows) take turns on the redrawn line; each ends with a line of its own.
 */
@Component
class TerminalProgress implements StepProgress.Listener {

    private volatile PrintStream out;
    private volatile boolean redraw;
    /** Lines of partitions that ended, by step: printed with the step's own, so no other step's comes between. */
    private final Map<String, List<String>> endedPartitions = new HashMap<>();

    /** Shows progress on {@code out} from now on; {@code redraw} on a terminal. */
    void showOn(PrintStream out, boolean redraw) {
        this.out = out;
        this.redraw = redraw;
    }

    @Override
    public synchronized void progress(StepProgress progress) {
        PrintStream target = out;
        if (target == null || !redraw && !progress.finished()) {
            return;
        }
        String step = progress.step();
        int partitionOf = step.indexOf(':');
        String line = String.format(Locale.ROOT, "%-26s %,12d rows %,10.0f rows/s%s",
                partitionOf >= 0 ? "  " + step : step, progress.done(), progress.rowsPerSecond(),
                progress.share() == null ? "" : String.format(Locale.ROOT, " %3.0f%%", 100 * progress.share()));
        if (progress.finished() && partitionOf >= 0) {
            endedPartitions.computeIfAbsent(step.substring(0, partitionOf), s -> new ArrayList<>()).add(line);
            return;
        }
        if (progress.finished()) {
            for (String partition : endedPartitions.getOrDefault(step, List.of())) {
                print(target, partition, true);
            }
            endedPartitions.remove(step);
        }
        print(target, line, progress.finished());
        target.flush();
    }

    private void print(PrintStream target, String line, boolean ended) {
        if (redraw) {
            target.print("\r" + line + (ended ? System.lineSeparator() : ""));
        } else {
            target.println(line);
        }
    }
}
