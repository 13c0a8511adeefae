package dev.mentorlens.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import dev.mentorlens.metrics.ComparisonParameters;
import dev.mentorlens.monthly.MonthlyParameters;
import dev.mentorlens.monthly.OutputFolders;
import dev.mentorlens.monthly.RunSummary;
import dev.mentorlens.ops.CohortComparisons;
import dev.mentorlens.ops.CompareRequest;
import dev.mentorlens.ops.LaunchLock;
import dev.mentorlens.ops.LaunchRefusedException;
import dev.mentorlens.ops.MonthlyRequest;
import dev.mentorlens.ops.MonthlySettings;
import dev.mentorlens.ops.PeriodRuns;
import dev.mentorlens.ops.RunHistory;
import dev.mentorlens.ops.RunOutcome;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

/** The commands that run or inspect jobs: monthly, rerun, restart, status, compare. */
@Component
class JobCommands {

    private static final Set<String> RUN_OPTIONS = Set.of("period", "programme", "input", "output", "zone",
            "max-reject-ratio", "anonymity-threshold", "comment-threshold", "survey-window-months", "breakdowns");

    private static final Set<String> COMPARE_OPTIONS = Set.of("programme", "cohorts", "period", "input", "output",
            "zone", "max-reject-ratio", "anonymity-threshold", "comment-threshold", "survey-window-months");

    private final PeriodRuns periodRuns;
    private final CohortComparisons comparisons;
    private final RunHistory history;
    private final LaunchLock launchLock;
    private final MonthlySettings settings;

    JobCommands(PeriodRuns periodRuns, CohortComparisons comparisons, RunHistory history, LaunchLock launchLock,
            MonthlySettings settings) {
        this.launchLock = launchLock;
        this.periodRuns = periodRuns;
        this.comparisons = comparisons;
        this.history = history;
        this.settings = settings;
    }

    /** Checks what can be checked before the application starts, so usage errors exit 2 quickly. */
    static void checkArguments(Arguments arguments) {
        switch (arguments.command()) {
            case "monthly", "rerun" -> {
                arguments.allowOnly(RUN_OPTIONS);
                arguments.period();
            }
            case "restart" -> {
                arguments.allowOnly(Set.of());
                executionId(arguments);
            }
            case "status" -> {
                arguments.allowOnly(Set.of("limit"));
                arguments.integer("limit", 20, 1, 10_000);
            }
            case "compare" -> {
                arguments.allowOnly(COMPARE_OPTIONS);
                arguments.period();
                arguments.required("programme");
                cohorts(arguments);
            }
            default -> throw new UsageException("Unknown command " + arguments.command() + ".");
        }
    }

    int run(Arguments arguments, PrintStream out, PrintStream err) throws Exception {
        if (arguments.command().equals("status")) {
            out.print(history.table(arguments.integer("limit", 20, 1, 10_000)));
            return 0;
        }
        try (LaunchLock.Held held = launchLock.acquire()) {
            return launch(arguments, out, err);
        } catch (LaunchRefusedException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    private int launch(Arguments arguments, PrintStream out, PrintStream err) throws Exception {
        RunOutcome outcome = switch (arguments.command()) {
            case "monthly" -> periodRuns.monthly(request(arguments));
            case "rerun" -> periodRuns.rerun(request(arguments));
            case "restart" -> periodRuns.restart(executionId(arguments));
            case "compare" -> {
                List<String> pair = cohorts(arguments);
                RunOutcome compared = comparisons.compare(new CompareRequest(arguments.required("programme"),
                        pair.get(0), pair.get(1), request(arguments)));
                if (compared.exitCode() == 0) {
                    Path file = ComparisonParameters.fileBase(compared.execution().getJobParameters());
                    out.println("Comparison written to " + file + ".csv and " + file.getFileName() + ".xlsx.");
                } else {
                    err.println(compared.message());
                }
                yield new RunOutcome(null, "", compared.exitCode());
            }
            default -> throw new UsageException("Unknown command " + arguments.command() + ".");
        };
        report(outcome, out, err);
        return outcome.exitCode();
    }

    private static void report(RunOutcome outcome, PrintStream out, PrintStream err) {
        JobExecution execution = outcome.execution();
        boolean ran = execution != null && (outcome.message().isEmpty() || outcome.exitCode() == 1);
        if (ran) {
            String counts = execution.getExecutionContext().getString(RunSummary.COUNTS_KEY, null);
            if (counts != null) {
                out.print(RunSummary.table(RunSummary.decode(counts)));
            }
        }
        if (outcome.exitCode() == 0 && outcome.message().isEmpty() && execution != null) {
            String period = execution.getJobParameters().getString(MonthlyParameters.PERIOD);
            Path folder = new OutputFolders(Path.of(execution.getJobParameters().getString(MonthlyParameters.OUTPUT)))
                    .published(period);
            out.println("Run " + execution.getId() + " completed in " + seconds(execution) + "; reports for "
                    + period + " are in " + folder + ".");
        } else if (!outcome.message().isEmpty()) {
            (outcome.exitCode() == 0 ? out : err).println(outcome.message());
        }
    }

    private MonthlyRequest request(Arguments a) {
        return new MonthlyRequest(a.period(), a.optional("programme", MonthlyParameters.ALL_PROGRAMMES),
                Path.of(a.optional("input", settings.input())).toAbsolutePath().normalize().toString(),
                Path.of(a.optional("output", settings.output())).toAbsolutePath().normalize().toString(),
                zone(a.optional("zone", settings.zone())),
                a.ratio("max-reject-ratio", settings.maxRejectRatio()),
                a.integer("anonymity-threshold", settings.anonymityThreshold(), 1, 1000),
                a.integer("comment-threshold", settings.commentThreshold(), 1, 100_000),
                a.integer("survey-window-months", settings.surveyWindowMonths(), 1, 24),
                a.optional("breakdowns", settings.breakdowns()).strip());
    }

    private static List<String> cohorts(Arguments arguments) {
        String[] pair = arguments.required("cohorts").split(",", -1);
        if (pair.length != 2 || pair[0].isBlank() || pair[1].isBlank() || pair[0].equals(pair[1])) {
            throw new UsageException("--cohorts needs two different cohorts separated by a comma, e.g."
                    + " --cohorts 2025-autumn,2026-spring.");
        }
        return List.of(pair[0], pair[1]);
    }

    private static String zone(String zone) {
        try {
            return java.time.ZoneId.of(zone).getId();
        } catch (java.time.DateTimeException e) {
            throw new UsageException("--zone must be a time zone such as UTC or Europe/Berlin (got '" + zone + "').");
        }
    }

    private static long executionId(Arguments arguments) {
        List<String> positional = arguments.positional();
        if (positional.size() != 1) {
            throw new UsageException("restart needs exactly one job execution id, e.g. 'restart 42'.");
        }
        try {
            return Long.parseLong(positional.get(0));
        } catch (NumberFormatException e) {
            throw new UsageException("restart needs a numeric job execution id (got '" + positional.get(0) + "').");
        }
    }

    private static String seconds(JobExecution execution) {
        if (execution.getStartTime() == null || execution.getEndTime() == null) {
            return "an unknown time";
        }
        Duration d = Duration.between(execution.getStartTime(), execution.getEndTime());
        return String.format(java.util.Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }
}
