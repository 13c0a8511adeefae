package dev.mentorlens.ingest;

import java.time.ZoneId;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** The reporting zone of the running step, taken from the job parameter {@code zone}. */
final class ZoneHolder implements StepExecutionListener {

    private volatile ZoneId zone = ZoneId.of("UTC");

    @Override
    public void beforeStep(StepExecution stepExecution) {
        String value = stepExecution.getJobParameters().getString(IngestParameters.ZONE, "UTC");
        zone = ZoneId.of(value);
    }

    ZoneId get() {
        return zone;
    }
}
