package dev.mentorlens.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import dev.mentorlens.batch.ComparisonParameters;
import dev.mentorlens.batch.MonthlyParameters;
import dev.mentorlens.runs.CompareRequest;
import dev.mentorlens.runs.LaunchResult;
import dev.mentorlens.runs.MonthlyRequest;
import dev.mentorlens.runs.MonthlySettings;
import dev.mentorlens.runs.Runs;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The commands that run or inspect jobs: monthly, rerun, restart, stop, release, status, compare. */
@Component
class JobCommands {

    private static final Set<String> RUN_OPTIONS = Set.of("period", "programme", "input", "output", "zone",
            "max-reject-ratio", "anonymity-threshold", "comment-threshold", "survey-window-months", "breakdowns",
            "recompute");

    private static final Set<String> COMPARE_OPTIONS = Set.of("programme", "cohorts", "period", "input", "output",
            "zone", "max-reject-ratio", "anonymity-threshold", "comment-threshold", "survey-window-months");

    private final Runs runs;
    private final MonthlySettings settings;
    private final TerminalProgress progress;
    private final Path configBase;

    JobCommands(Runs runs, MonthlySettings settings, TerminalProgress progress,
            @Value("${mentorlens.config-base:}") String configBase) {
        this.runs = runs;
        this.settings = settings;
        this.progress = progress;
        this.configBase = Path.of(configBase);
    }

    /** Checks what can be checked before the application starts, so usage errors exit 2 quickly. */
    static void checkArguments(Arguments arguments) {
        switch (arguments.command()) {
            case "monthly", "rerun" -> {
                arguments.allowOnly(RUN_OPTIONS);
                arguments.period();
            }
            case "restart", "stop", "release" -> {
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

    int run(Arguments arguments, PrintStream out, PrintStream err) {
        RunText text = new RunText(out, err);
        if (!arguments.quiet()) {
            progress.showOn(out, out == System.out && System.console() != null);
        }
        return switch (arguments.command()) {
            case "status" -> {
                out.print(RunText.table(runs.list(arguments.integer("limit", 20, 1, 10_000))));
                yield 0;
            }
            case "monthly" -> text.launched(runs.monthly(request(arguments)), "monthly");
            case "rerun" -> text.launched(runs.rerun(request(arguments)), "rerun");
            case "restart" -> text.launched(runs.restart(executionId(arguments)), "restart", executionId(arguments));
            case "stop" -> text.launched(runs.stop(executionId(arguments)), "stop", executionId(arguments));
            case "release" -> text.launched(runs.release(executionId(arguments)), "release", executionId(arguments));
            case "compare" -> {
                List<String> pair = cohorts(arguments);
                LaunchResult compared = runs.compare(new CompareRequest(arguments.required("programme"),
                        pair.get(0), pair.get(1), request(arguments)));
                if (compared.outcome() == LaunchResult.Outcome.COMPLETED) {
                    Path file = ComparisonParameters.fileBase(compared.run().output(),
                            compared.run().parameter(ComparisonParameters.PROGRAMME),
                            compared.run().parameter(ComparisonParameters.COHORT_A),
                            compared.run().parameter(ComparisonParameters.COHORT_B),
                            compared.run().parameter(ComparisonParameters.PERIOD));
                    out.println("Comparison written to " + file + ".csv and " + file.getFileName() + ".xlsx.");
                    yield 0;
                }
                yield text.launched(compared, "compare");
            }
            default -> throw new UsageException("Unknown command " + arguments.command() + ".");
        };
    }

    private MonthlyRequest request(Arguments a) {
        return new MonthlyRequest(a.period(), a.optional("programme", MonthlyParameters.ALL_PROGRAMMES),
                folder(a, "input", settings.input()), folder(a, "output", settings.output()),
                zone(a.optional("zone", settings.zone())),
                a.ratio("max-reject-ratio", settings.maxRejectRatio()),
                a.integer("anonymity-threshold", settings.anonymityThreshold(), 1, 1000),
                a.integer("comment-threshold", settings.commentThreshold(), 1, 100_000),
                a.integer("survey-window-months", settings.surveyWindowMonths(), 1, 24),
                a.optional("breakdowns", settings.breakdowns()).strip(),
                Boolean.parseBoolean(a.optional("recompute", "false")));
    }

    /** A folder given on the command line is relative to the working folder; one from the site file, to its base. */
    private String folder(Arguments arguments, String option, String configured) {
        String given = arguments.options().get(option);
        Path folder = given != null ? Path.of(given) : configBase.resolve(configured);
        return folder.toAbsolutePath().normalize().toString();
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
        String command = arguments.command();
        if (positional.size() != 1) {
            throw new UsageException(command + " needs exactly one job execution id, e.g. '" + command + " 42'.");
        }
        try {
            return Long.parseLong(positional.get(0));
        } catch (NumberFormatException e) {
            throw new UsageException(command + " needs a numeric job execution id (got '" + positional.get(0) + "').");
        }
    }
}
