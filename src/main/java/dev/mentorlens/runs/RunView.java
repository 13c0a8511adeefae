package dev.mentorlens.runs;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

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

    /** One step: rows read, written and rejected (skipped or filtered). */
    public record StepView(String name, String state, long read, long written, long rejected) {
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
}
