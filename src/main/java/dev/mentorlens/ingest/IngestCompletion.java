package dev.mentorlens.ingest;

import java.util.function.Consumer;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After an ingest step has read everything: settles what was staged (PostgreSQL), counts each file's
 * outcome and marks it done, in one transaction. A file
 * whose counts do not add up fails the step (Spring Batch only logs what a listener throws), so a
 * lost or doubled row never passes unnoticed.
 */
final class IngestCompletion implements StepExecutionListener {

    private final Source source;
    private final IngestFiles files;
    private final Consumer<Source> settlement;
    private final TransactionTemplate transaction;

    IngestCompletion(Source source, IngestFiles files, Consumer<Source> settlement,
            PlatformTransactionManager transactionManager) {
        this.source = source;
        this.files = files;
        this.settlement = settlement;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (stepExecution.getStatus().isUnsuccessful()) {
            return stepExecution.getExitStatus();
        }
        try {
            Integer completed = transaction.execute(status -> {
                settlement.accept(source);
                return files.completePending(source);
            });
            // a source that did not change keeps the statistics it had
            if (completed != null && completed > 0) {
                files.refreshStatistics(source);
            }
            return stepExecution.getExitStatus();
        } catch (RuntimeException e) {
            stepExecution.setStatus(BatchStatus.FAILED);
            stepExecution.addFailureException(e);
            return ExitStatus.FAILED.addExitDescription(e);
        }
    }
}
