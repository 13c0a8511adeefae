package dev.mentorlens.runs;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.mentorlens.batch.ComparisonParameters;
import dev.mentorlens.batch.MonthlyParameters;
import dev.mentorlens.ingest.SourceCounts;

/**
 * One job execution as the command line, the console or an API shows it.
 *
 * @param parameters the identifying parameters (period, programme, rerun; or the comparison's)
 * @param input the input folder the run read
 * @param output the output folder the run wrote to
 * @param duration null while the run has not ended
 * @param failureReason one sentence, null unless the run failed
 * @param inputProblem whether the failure is about the inputs (a restart cannot cure it)
 * @param sources read/accepted/rejected rows per source, once the inputs were checked
 * @param notices sentences about the inputs besides the counts: removed input files, warnings about rows read
 * @param reused the sentence naming the earlier run whose results the run took over; null when it computed them
 */
public record RunView(long id, String job, Map<String, String> parameters, String input, String output,
        RunState state, LocalDateTime start, LocalDateTime end, Duration duration, List<StepView> steps,
        String failureReason, boolean inputProblem, List<SourceCounts> sources, List<String> notices, String reused) {

    /**
     * One step: rows read, written and rejected (skipped or filtered), totals of its partitions when it
     * has some.
     *
     * @param partitions the partitions of a partitioned step, in order; empty for any other step
     */
    public record StepView(String name, String state, long read, long written, long rejected,
            List<PartitionView> partitions) {

        public StepView {
            partitions = List.copyOf(partitions);
        }

        public StepView(String name, String state, long read, long written, long rejected) {
            this(name, state, read, written, rejected, List.of());
        }
    }

    /** The jobs as people name them, by their internal names, in the order a list shows them. */
    public static final Map<String, String> JOB_LABELS = jobLabels();

    /** The job as people name it ("Monthly report"); its internal name for a job without a label. */
    public String jobLabel() {
        return JOB_LABELS.getOrDefault(job, job);
    }

    /** A run that computed its own results. */
    public RunView(long id, String job, Map<String, String> parameters, String input, String output, RunState state,
            LocalDateTime start, LocalDateTime end, Duration duration, List<StepView> steps, String failureReason,
            boolean inputProblem, List<SourceCounts> sources, List<String> notices) {
        this(id, job, parameters, input, output, state, start, end, duration, steps, failureReason, inputProblem,
                sources, notices, null);
    }

    public String parameter(String name) {
        return parameters.get(name);
    }

    private static Map<String, String> jobLabels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(MonthlyParameters.JOB_NAME, "Monthly report");
        labels.put(ComparisonParameters.JOB_NAME, "Cohort comparison");
        return Collections.unmodifiableMap(labels);
    }

    /** This run with other steps, the same otherwise. */
    public RunView withSteps(List<StepView> otherSteps) {
        return new RunView(id, job, parameters, input, output, state, start, end, duration, otherSteps,
                failureReason, inputProblem, sources, notices);
    }
}
