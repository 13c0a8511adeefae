package dev.mentorlens.web;

import java.net.URI;
import java.security.Principal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.mentorlens.delivery.Deliveries;
import dev.mentorlens.delivery.Delivery;
import dev.mentorlens.runs.LaunchResult;
import dev.mentorlens.runs.RunState;
import dev.mentorlens.runs.RunView;
import dev.mentorlens.runs.Runs;
import dev.mentorlens.schedule.DefinitionRuns;
import dev.mentorlens.schedule.JobScheduler;
import dev.mentorlens.schedule.JobScheduler.ScheduledJob;
import dev.mentorlens.schedule.Launch;
import dev.mentorlens.schedule.Launches;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The runs as the job repository records them (from {@code serve}, the command line or another host):
 * listed with filters, one with its steps' counts and failure reason, and restart and stop.
 */
@RestController
@ConditionalOnWebApplication
@RequestMapping("/api/runs")
class RunsApi {

    /** How many of the most recent runs a filtered list looks through. */
    static final int SCANNED = 500;

    private final Runs runs;
    private final Launches launches;
    private final AuditLog audit;
    private final Deliveries deliveries;
    private final DefinitionRuns definitionRuns;
    private final JobScheduler scheduler;

    RunsApi(Runs runs, Launches launches, AuditLog audit, Deliveries deliveries, DefinitionRuns definitionRuns,
            JobScheduler scheduler) {
        this.runs = runs;
        this.launches = launches;
        this.audit = audit;
        this.deliveries = deliveries;
        this.definitionRuns = definitionRuns;
        this.scheduler = scheduler;
    }

    /** A run with the e-mail sent after it and how the sending went. */
    record RunJson(@JsonUnwrapped RunView run, List<Delivery> deliveries) {
    }

    /**
     * The most recent runs, newest first, among the last {@value #SCANNED}; each filter is optional. A user
     * limited to some programmes sees only the runs that concern them.
     */
    @GetMapping
    List<RunView> list(@RequestParam Optional<String> job, @RequestParam Optional<String> period,
            @RequestParam Optional<String> programme, @RequestParam Optional<String> state,
            @RequestParam(defaultValue = "50") int limit, Principal user) {
        if (limit < 1 || limit > SCANNED) {
            throw ApiException.badRequest("limit must be from 1 to " + SCANNED + " (got " + limit + ").");
        }
        Optional<RunState> wanted = state.map(RunsApi::state);
        ProgrammeAccess access = ProgrammeAccess.of(user);
        boolean filtered = job.isPresent() || period.isPresent() || programme.isPresent() || wanted.isPresent()
                || access.limited();
        return runs.list(filtered ? SCANNED : limit).stream()
                .filter(access::sees)
                .filter(run -> job.map(run.job()::equals).orElse(true))
                .filter(run -> period.map(p -> p.equals(run.parameter("period"))).orElse(true))
                .filter(run -> programme.map(p -> p.equals(run.parameter("programme"))).orElse(true))
                .filter(run -> wanted.map(run.state()::equals).orElse(true))
                .limit(limit)
                .map(access::shown)
                .toList();
    }

    /** The run; one that does not concern the user's programmes is answered as if it did not exist. */
    @GetMapping("/{id}")
    RunJson json(@PathVariable long id, Principal user) {
        ProgrammeAccess access = ProgrammeAccess.of(user);
        List<Delivery> sent = deliveries.of(id).stream()
                .filter(delivery -> !access.limited() || access.programmes().contains(delivery.programme()))
                .toList();
        return new RunJson(one(id, user), sent);
    }

    RunView one(long id, Principal user) {
        ProgrammeAccess access = ProgrammeAccess.of(user);
        return runs.view(id).filter(access::sees).map(access::shown)
                .orElseThrow(() -> ApiException.notFound("There is no run " + id + "."));
    }

    /**
     * What a run has done so far, light enough to poll: its state, the step it is in and each step's counts
     * as of its last commit. The console's run page polls it while the run goes.
     */
    record ProgressJson(long id, RunState state, boolean running, String currentStep, Long elapsedSeconds,
            List<RunView.StepView> steps) {

        static ProgressJson of(RunView run) {
            // the ingest flows run two steps at once: both are named
            String current = run.steps().stream().filter(step -> ConsolePages.RUNNING.contains(stepState(step)))
                    .map(RunView.StepView::name).reduce((first, next) -> first + ", " + next).orElse(null);
            Long elapsed = run.duration() != null ? Long.valueOf(run.duration().toSeconds()) : run.start() == null
                    ? null : Long.valueOf(Duration.between(run.start(), LocalDateTime.now()).toSeconds());
            return new ProgressJson(run.id(), run.state(), ConsolePages.RUNNING.contains(run.state()), current,
                    elapsed, run.steps());
        }

        private static RunState stepState(RunView.StepView step) {
            try {
                return RunState.valueOf(step.state());
            } catch (IllegalArgumentException e) {
                return RunState.UNKNOWN;
            }
        }
    }

    @GetMapping("/{id}/progress")
    ProgressJson progress(@PathVariable long id, Principal user) {
        return ProgressJson.of(one(id, user));
    }

    /** Resumes a failed, stopped or dead run from its last commit, in the background. */
    @PostMapping("/{id}/restart")
    ResponseEntity<LaunchJson> restart(@PathVariable long id, Principal user) {
        RunView run = one(id, user);
        switch (run.state()) {
            case COMPLETED -> throw ApiException.conflict("Run " + id + " completed; there is nothing to restart"
                    + " (rerun its period to run it again).");
            case STARTING, STARTED, STOPPING -> throw ApiException.conflict("Run " + id + " is still running;"
                    + " stop it first, or wait for it to end.");
            case ABANDONED -> throw ApiException.conflict("Run " + id + " was abandoned and cannot be restarted.");
            default -> {
                // FAILED, STOPPED, DIED (recovered first), UNKNOWN: the runs service decides
            }
        }
        String key = run.parameters().containsKey("rerun")
                ? "monthly-report " + run.parameter("period") + " " + run.parameter("programme") : "run " + id;
        Launch launch = launches.submit("run " + id, "restart", run.parameter("period"), AuditLog.name(user),
                List.of(definitionRuns.restart(run, key, scheduler.jobs().stream().map(ScheduledJob::definition)
                        .toList())), null);
        audit.record(user, "restart", "run " + id, "launch " + launch.id());
        return accepted(launch);
    }

    /** Asks a running run to stop at its next commit. */
    @PostMapping("/{id}/stop")
    LaunchResult stop(@PathVariable long id, Principal user) {
        LaunchResult result = runs.stop(id);
        switch (result.outcome()) {
            case NOT_FOUND -> throw ApiException.notFound("There is no run " + id + ".");
            case NOTHING_TO_DO -> throw ApiException.conflict("Run " + id + " is not running ("
                    + result.run().state() + "); there is nothing to stop.");
            default -> audit.record(user, "stop", "run " + id, result.outcome().name());
        }
        return result;
    }

    static ResponseEntity<LaunchJson> accepted(Launch launch) {
        return ResponseEntity.accepted().location(URI.create("/api/launches/" + launch.id())).body(LaunchJson.of(launch));
    }

    private static RunState state(String name) {
        try {
            return RunState.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("state must be one of " + List.of(RunState.values()) + " (got '" + name
                    + "').");
        }
    }
}
