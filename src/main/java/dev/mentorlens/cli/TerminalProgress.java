package dev.mentorlens.cli;

import java.io.PrintStream;
import java.util.Locale;

import dev.mentorlens.batch.StepProgress;
import org.springframework.stereotype.Component;

/**
 * Shows how each step goes: on a terminal one line per step, redrawn as rows are done; otherwise
 * (cron, a pipe, a log file) one line per step when it ends; nothing with {@code --quiet}. The partitions
 * of a partitioned step show as indented lines of their own before the step's.
 */
@Component
class TerminalProgress implements StepProgress.Listener {

    private volatile PrintStream out;
    private volatile boolean redraw;

    /** Shows progress on {@code out} from now on; {@code redraw} on a terminal. */
    void showOn(PrintStream out, boolean redraw) {
        this.out = out;
        this.redraw = redraw;
    }

    @Override
    public void progress(StepProgress progress) {
        PrintStream target = out;
        if (target == null || !redraw && !progress.finished()) {
            return;
        }
        // a partition (metricsStep:partition0) is indented under the line its step prints when all have ended
        String label = progress.step().contains(":") ? "  " + progress.step() : progress.step();
        String line = String.format(Locale.ROOT, "%-26s %,12d rows %,10.0f rows/s%s", label,
                progress.done(), progress.rowsPerSecond(),
                progress.share() == null ? "" : String.format(Locale.ROOT, " %3.0f%%", 100 * progress.share()));
        if (redraw) {
            target.print("\r" + line + (progress.finished() ? System.lineSeparator() : ""));
        } else {
            target.println(line);
        }
        target.flush();
    }
}
