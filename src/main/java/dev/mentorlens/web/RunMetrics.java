package dev.mentorlens.web;

import java.util.Set;

import dev.mentorlens.ingest.SourceCounts;
import dev.mentorlens.runs.LaunchResult;
import dev.mentorlens.runs.LaunchResult.Outcome;
import dev.mentorlens.schedule.Launch;
import dev.mentorlens.schedule.Launches.LaunchListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Metrics of the runs {@code serve} launches (Prometheus: {@code mentorlens_runs_started_total},
 * {@code mentorlens_runs_failed_total}, {@code mentorlens_runs_duration_seconds},
 * {@code mentorlens_rows_ingested_total}, {@code mentorlens_launches_refused_total}), tagged by job.
 * Runs of the command line in other processes are not counted.
 */
@Component
@ConditionalOnWebApplication
class RunMetrics implements LaunchListener {

    private static final Set<Outcome> RAN = Set.of(Outcome.COMPLETED, Outcome.FAILED);
    private static final Set<Outcome> FAILED = Set.of(Outcome.FAILED, Outcome.INVALID_INPUT_FILES);

    private final MeterRegistry registry;

    RunMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void ran(Launch launch, LaunchResult result) {
        String job = launch.job().startsWith("run ") ? "restart" : launch.job();
        if (RAN.contains(result.outcome())) {
            Counter.builder("mentorlens.runs.started").description("Runs started or resumed by serve")
                    .tag("job", job).register(registry).increment();
        }
        if (FAILED.contains(result.outcome())) {
            Counter.builder("mentorlens.runs.failed").description("Runs that failed, their inputs included")
                    .tag("job", job).register(registry).increment();
        } else if (!RAN.contains(result.outcome()) && result.outcome() != Outcome.ALREADY_COMPLETED) {
            Counter.builder("mentorlens.launches.refused").description("Launches refused: invalid, locked, running")
                    .tag("job", job).tag("outcome", result.outcome().name()).register(registry).increment();
        }
        if (result.run() != null && RAN.contains(result.outcome())) {
            if (result.run().duration() != null) {
                Timer.builder("mentorlens.runs.duration").description("Duration of the runs serve launched")
                        .tag("job", job).tag("outcome", result.outcome().name()).register(registry)
                        .record(result.run().duration());
            }
            for (SourceCounts source : result.run().sources()) {
                Counter.builder("mentorlens.rows.ingested").description("Input rows read, per source")
                        .tag("source", source.source()).register(registry).increment(source.read());
            }
        }
    }
}
