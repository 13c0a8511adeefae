package dev.mentorlens.batch;

import java.util.List;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Tells the progress listeners (none, the terminal, later the console) how each step goes: after
 * chunks at most once a second, and once when the step ends. Rows are the rows read, or for a
 * tasklet step the rows it wrote.
 */
@Component
class ProgressReporting implements StepExecutionListener, ChunkListener {

    private static final long EVERY_NANOS = 1_000_000_000L;

    private final ObjectProvider<StepProgress.Listener> listeners;
    private final ThreadLocal<long[]> started = new ThreadLocal<>();

    ProgressReporting(ObjectProvider<StepProgress.Listener> listeners) {
        this.listeners = listeners;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        long now = System.nanoTime();
        started.set(new long[] {now, now});
    }

    @Override
    public void afterChunk(ChunkContext context) {
        long[] times = started.get();
        long now = System.nanoTime();
        if (times != null && now - times[1] >= EVERY_NANOS) {
            times[1] = now;
            report(context.getStepContext().getStepExecution(), false);
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        report(stepExecution, true);
        started.remove();
        return stepExecution.getExitStatus();
    }

    private void report(StepExecution step, boolean finished) {
        List<StepProgress.Listener> all = listeners.orderedStream().toList();
        if (all.isEmpty()) {
            return;
        }
        long[] times = started.get();
        double seconds = times == null ? 0 : (System.nanoTime() - times[0]) / 1e9;
        long done = step.getReadCount() > 0 ? step.getReadCount() : step.getWriteCount();
        StepProgress progress = new StepProgress(step.getStepName(), done, null,
                seconds > 0 ? done / seconds : 0, finished);
        all.forEach(listener -> listener.progress(progress));
    }
}
