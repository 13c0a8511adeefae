package dev.mentorlens.batch;

import dev.mentorlens.ingest.IngestOrder;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * How the ingest steps after the referenced sources run ({@code mentorlens.ingest.flows}): in that many
 * flows at the same time, on threads of their own ({@code ingest-flow-1}, ...), or with 1 one after another.
 * Not an {@link java.util.concurrent.Executor} bean, so Boot still provides the application's task executor.
 */
@Component
class IngestFlows implements DisposableBean {

    private final IngestOrder order;
    private final ThreadPoolTaskExecutor threads = new ThreadPoolTaskExecutor();

    IngestFlows(@Value("${mentorlens.ingest.flows:2}") int flows) {
        if (flows < 1) {
            throw new IllegalArgumentException("mentorlens.ingest.flows must be 1 or more (got " + flows + ").");
        }
        this.order = IngestOrder.of(flows);
        threads.setCorePoolSize(flows);
        threads.setMaxPoolSize(flows);
        threads.setThreadNamePrefix("ingest-flow-");
        threads.setDaemon(true);
        threads.initialize();
    }

    IngestOrder order() {
        return order;
    }

    /** Runs the flows of a split: as many threads as flows, so two runs in one process queue their flows. */
    TaskExecutor threads() {
        return threads;
    }

    @Override
    public void destroy() {
        threads.shutdown();
    }
}
