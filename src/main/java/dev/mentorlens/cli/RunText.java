package dev.mentorlens.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.mentorlens.batch.MonthlyParameters;
import dev.mentorlens.batch.OutputFolders;
import dev.mentorlens.batch.RunSummary;
import dev.mentorlens.runs.LaunchResult;
import dev.mentorlens.runs.PartitionView;
import dev.mentorlens.runs.RunState;
import dev.mentorlens.runs.RunView;

/** Outcomes of the runs service as the terminal shows them: sentences, tables and exit codes. */
final class RunText {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final PrintStream out;
    private final PrintStream err;

    RunText(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Prints what a launch, restart, stop or release gave; returns the exit code. */
    int launched(LaunchResult result, String command) {
        return launched(result, command, null);
    }

    /** As {@link #launched(LaunchResult, String)}, for a command given an execution id. */
    int launched(LaunchResult result, String command, Long executionId) {
        RunView run = result.run();
        return switch (result.outcome()) {
            case COMPLETED -> {
                sources(run);
                String period = run.parameter(MonthlyParameters.PERIOD);
                out.println("Run " + run.id() + " completed in " + seconds(run.duration()) + "; reports for " + period
                        + " are in " + new OutputFolders(Path.of(run.output())).published(period) + ".");
                yield 0;
            }
            case FAILED -> {
                sources(run);
                // a partition's reason names the partition itself: "Partition metricsStep:partition1 ... stopped"
                String reason = run.failureReason();
                err.println(run.inputProblem() ? reason : "Run " + run.id() + " failed"
                        + (reason != null && reason.startsWith("Partition ") ? ": " : " in ") + reason
                        + " (resume it with 'restart " + run.id() + "').");
                yield 1;
            }
            case ALREADY_COMPLETED -> {
                out.println("Period " + period(run) + " already completed at " + time(run.end()) + " (execution "
                        + run.id() + "); its outputs are in " + published(run) + ". Use 'rerun --period "
                        + run.parameter(MonthlyParameters.PERIOD) + "' to run it again.");
                yield 0;
            }
            case COMPLETED_FOR_OTHER_FOLDERS -> {
                err.println("Period " + period(run) + " completed at " + time(run.end()) + " (execution " + run.id()
                        + ") from input " + run.input() + " into output " + run.output() + ", not from "
                        + result.requested().input() + " into " + result.requested().output()
                        + " as asked; use 'rerun' with these folders to run it again, or the same --input and"
                        + " --output to keep that run.");
                yield 2;
            }
            case STILL_RUNNING -> {
                err.println("Execution " + run.id() + " is still running in a live process; wait for it to end,"
                        + " or stop it with 'stop " + run.id() + "'.");
                yield 1;
            }
            case ABANDONED -> {
                err.println("Execution " + run.id() + " was abandoned and cannot be resumed; use rerun.");
                yield 1;
            }
            case NOT_FOUND -> {
                err.println("There is no job execution with id " + executionId + "; 'status' lists the runs.");
                yield 2;
            }
            case NOTHING_TO_DO -> {
                out.println("Execution " + run.id() + " is " + run.state() + "; there is nothing to " + command + ".");
                yield 0;
            }
            case INVALID -> {
                err.println(result.detail());
                yield 2;
            }
            case INVALID_INPUT_FILES -> {
                err.println(result.detail());
                yield 1;
            }
            case LOCKED -> {
                err.println(result.detail());
                yield 1;
            }
            case STOP_REQUESTED -> {
                out.println("Execution " + run.id() + " stops at its next commit; resume it later with 'restart "
                        + run.id() + "'.");
                yield 0;
            }
            case RELEASED -> {
                out.println("Execution " + run.id() + " is released: its locks are free and it is marked FAILED;"
                        + " resume it with 'restart " + run.id() + "'.");
                yield 0;
            }
        };
    }

    /** The runs of {@code status}: one line each, then their folders and why they failed. */
    static String table(List<RunView> runs) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-9s %-20s %-40s %-10s %-19s %9s%n",
                "execution", "job", "parameters", "status", "started", "duration"));
        for (RunView run : runs) {
            String parameters = String.join(" ", run.parameters().entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).toList());
            text.append(String.format(Locale.ROOT, "%-9d %-20s %-40s %-10s %-19s %9s%n", run.id(), run.job(),
                    parameters, run.state(), run.start() == null ? "" : WHEN.format(run.start()),
                    run.duration() == null ? "" : seconds(run.duration())));
            detail(text, "input", run.input());
            detail(text, "output", run.output());
            detail(text, "results", run.reused());
            detail(text, "reason", run.failureReason());
            partitions(text, run);
            if (run.state() == RunState.DIED) {
                detail(text, "next", "its process is gone: 'restart " + run.id() + "' resumes it");
            }
        }
        return text.toString();
    }

    /**
     * Each partitioned step of the run, its partitions under it; not a step that ran as one partition, in the
     * run's own process, to the end (the default layout), which tells nothing its run's line does not.
     */
    private static void partitions(StringBuilder text, RunView run) {
        for (RunView.StepView step : run.steps()) {
            if (step.partitions().isEmpty() || step.partitions().size() == 1 && step.partitions().get(0).thisProcess()
                    && step.partitions().get(0).state().equals("COMPLETED")) {
                continue;
            }
            detail(text, "step", step.name() + " " + step.state() + ", " + step.written() + " written, "
                    + step.partitions().size() + (step.partitions().size() == 1 ? " partition" : " partitions"));
            step.partitions().forEach(partition -> text.append(partition(partition)));
        }
    }

    /** One partition: its name, state, programmes, worker, rows written and time, then why it failed. */
    static String partition(PartitionView partition) {
        List<String> parts = new ArrayList<>();
        if (!partition.programmesText().isEmpty()) {
            parts.add("programmes " + partition.programmesText());
        }
        if (partition.worker() != null) {
            parts.add("on " + partition.where());
        }
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-19s %-11s %-9s %s", "",
                partition.name(), partition.state(), String.join(", ", parts)));
        if (partition.duration() != null) {
            line.append(", ").append(partition.written()).append(" written in ").append(seconds(partition.duration()));
        }
        String detail = partition.stateDetail();
        if (partition.state().equals("FAILED")) {
            line.append(String.format(Locale.ROOT, "%n%-19s %s", "", detail));
        } else if (!detail.isEmpty()) {
            line.append(" (").append(detail).append(')');
        }
        return line.append(System.lineSeparator()).toString();
    }

    private static void detail(StringBuilder text, String label, String value) {
        if (value != null) {
            text.append(String.format(Locale.ROOT, "%-9s %-7s %s%n", "", label, value));
        }
    }

    private void sources(RunView run) {
        if (!run.sources().isEmpty()) {
            out.print(RunSummary.table(run.sources()));
            run.notices().forEach(out::println);
        }
    }

    private static String period(RunView run) {
        String programme = run.parameter(MonthlyParameters.PROGRAMME);
        return run.parameter(MonthlyParameters.PERIOD)
                + (MonthlyParameters.ALL_PROGRAMMES.equals(programme) ? "" : " for programme " + programme);
    }

    private static Path published(RunView run) {
        return new OutputFolders(Path.of(run.output())).published(run.parameter(MonthlyParameters.PERIOD));
    }

    private static String time(LocalDateTime time) {
        return time == null ? "an unknown time" : WHEN.format(time);
    }

    private static String seconds(Duration duration) {
        return duration == null ? "an unknown time"
                : String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
