package dev.mentorlens.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import dev.mentorlens.MentorLensApplication;
import dev.mentorlens.batch.MonthlyParameters;
import dev.mentorlens.batch.Preflight;
import dev.mentorlens.batch.PreflightException;
import dev.mentorlens.schedule.JobDefinitions;
import dev.mentorlens.web.InvalidServeSettingsException;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/** Entry point of the command line: parses, starts the application when needed, maps outcomes to exit codes. */
public final class Commands {

    static final List<String> NAMES = List.of("monthly", "compare", "rerun", "restart", "stop", "release", "status", "serve", "worker",
            "hash-password", "new-token", "generate");

    static final String USAGE = """
            Usage:
              mentorlens monthly --period YYYY-MM [--input DIR] [--output DIR] [--programme ID] [settings] [--recompute]
              mentorlens compare --programme ID --cohorts A,B --period YYYY-MM [--input DIR] [--output DIR] [settings]
              mentorlens rerun   --period YYYY-MM [--programme ID] [--input DIR] [--output DIR] [settings] [--recompute]
              mentorlens restart <job-execution-id>
              mentorlens stop    <job-execution-id>
              mentorlens release <job-execution-id>   (a run whose process died: free its locks, mark it FAILED)
              mentorlens status  [--limit N]
              mentorlens serve   [--server.port=8080]   (schedules the jobs of jobs/, serves the REST API)
              mentorlens worker  (runs partitions of other processes' runs, taken from RabbitMQ; needs PostgreSQL)
              mentorlens hash-password   (prints the BCrypt hash of a password typed or piped in, for mentorlens.users)
              mentorlens new-token       (prints a new API bearer token and the hash for a user's token-hashes)
              mentorlens generate --employees N --seed S --out DIR
            Site configuration: --config FILE (default: jobs/monthly-report.yml beside the jar or in its checkout)
            Settings: --zone Z --max-reject-ratio R --anonymity-threshold K --comment-threshold C --survey-window-months W
                      --breakdowns gender,generation (monthly, rerun: breakdowns.csv by location or employee attributes)
            Reuse:    a monthly or rerun whose inputs, settings and version match the run that published the period
                      takes over its results; --recompute computes them again.
            Database: embedded H2 under ./data by default; --spring.profiles.active=postgres for PostgreSQL.
            Partitions: --mentorlens.partitions.count=N (threads of this process); add the profile remote
                      (--spring.profiles.active=postgres,remote) to send them to workers over RabbitMQ.
            Progress: one line per step (redrawn on a terminal); --quiet for none, e.g. under cron.
            Exit codes: 0 success, 1 job failed, 2 usage error. Add --debug for stack traces.""";

    private Commands() {
    }

    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        boolean debug = List.of(args).contains("--debug");
        try {
            if (args.length == 1 && (args[0].equals("help") || args[0].equals("--help"))) {
                out.println(USAGE);
                return 0;
            }
            Arguments arguments = Arguments.parse(args);
            return switch (arguments.command()) {
                case "generate" -> new GenerateCommand(out).run(arguments);
                case "serve" -> serve(arguments, out);
                case "worker" -> WorkerCommand.run(arguments, out);
                case "new-token" -> new NewTokenCommand(out).run(arguments);
                case "hash-password" -> new HashPasswordCommand(System.in, out == System.out ? System.console() : null,
                        out).run(arguments);
                case "monthly", "rerun", "restart", "stop", "release", "status", "compare" -> withApplication(arguments, out, err);
                default -> throw new UsageException("Unknown command '" + arguments.command() + "'; expected one of: "
                        + String.join(", ", NAMES) + ".");
            };
        } catch (PreflightException e) {
            // found before the application started: a problem of the input files fails the run (exit 1)
            err.println(e.getMessage());
            return e.inputFiles() ? 1 : 2;
        } catch (UsageException e) {
            err.println(e.getMessage());
            if (e.aboutSyntax()) {
                err.println("Run 'mentorlens help' for usage.");
            }
            return 2;
        } catch (Exception e) {
            err.println(Failures.sentence(e));
            if (debug) {
                e.printStackTrace(err);
            }
            return 1;
        }
    }

    private static int withApplication(Arguments arguments, PrintStream out, PrintStream err) throws Exception {
        JobCommands.checkArguments(arguments);
        checkFoldersGiven(arguments);
        List<String> springArgs = new ArrayList<>(arguments.springArgs());
        if (arguments.debug()) {
            springArgs.add("--logging.level.root=WARN");
            springArgs.add("--logging.level.org.springframework.batch=INFO");
        }
        SiteConfig.locate(arguments.config()).ifPresent(file -> {
            springArgs.add("--spring.config.import=file:" + file);
            springArgs.add("--mentorlens.config-base=" + SiteConfig.base(file));
        });
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(MentorLensApplication.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .listeners(new ServeOnlyAutoConfigurations())
                .run(springArgs.toArray(String[]::new))) {
            return context.getBean(JobCommands.class).run(arguments, out, err);
        }
    }

    /**
     * Starts the web application: the scheduler of the job definitions and the REST API. It runs until
     * the process is stopped (Ctrl-C, SIGTERM), which closes the application cleanly.
     */
    private static int serve(Arguments arguments, PrintStream out) throws InterruptedException {
        arguments.allowOnly(java.util.Set.of());
        if (!arguments.positional().isEmpty()) {
            throw new UsageException("serve takes no arguments besides settings such as --server.port=8080.");
        }
        List<String> springArgs = new ArrayList<>(arguments.springArgs());
        // the command line wins over application.yml, which keeps the batch commands without a web server
        springArgs.add("--spring.main.web-application-type=servlet");
        if (springArgs.stream().noneMatch(arg -> arg.startsWith("--logging.level.root"))) {
            springArgs.add("--logging.level.root=INFO");
            // one warning per step-scoped bean at start-up, about listener annotations the steps do not use
            springArgs.add("--logging.level.org.springframework.batch.core.listener=ERROR");
        }
        SiteConfig.locate(arguments.config()).ifPresent(file -> {
            springArgs.add("--spring.config.import=file:" + file);
            springArgs.add("--mentorlens.config-base=" + SiteConfig.base(file));
        });
        ConfigurableApplicationContext context;
        try {
            context = new SpringApplicationBuilder(MentorLensApplication.class).web(WebApplicationType.SERVLET)
                    .bannerMode(Banner.Mode.OFF).run(springArgs.toArray(String[]::new));
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof InvalidServeSettingsException settings) {
                    throw new UsageException(settings.getMessage(), false);
                }
            }
            throw e;
        }
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener((ApplicationListener<ContextClosedEvent>) event -> closed.countDown());
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        out.println("MentorLens serves on port " + port + ": the API under http://localhost:" + port
                + "/api; the jobs of " + context.getBean(JobDefinitions.class).folder() + " are scheduled."
                + " Stop it with Ctrl-C.");
        closed.await();
        return 0;
    }

    /**
     * Checks the input and output folders given on the command line, and the programme asked for,
     * before the application starts: such a mistake is answered in well under a second. The run
     * checks them again, with the site configuration's folders, before it is recorded.
     */
    private static void checkFoldersGiven(Arguments arguments) {
        if (!List.of("monthly", "rerun", "compare").contains(arguments.command())
                || !arguments.options().containsKey("input") || !arguments.options().containsKey("output")) {
            return;
        }
        Preflight.checkFolders(Path.of(arguments.options().get("input")).toAbsolutePath().normalize(),
                arguments.options().getOrDefault("programme", MonthlyParameters.ALL_PROGRAMMES),
                Path.of(arguments.options().get("output")).toAbsolutePath().normalize());
    }
}
