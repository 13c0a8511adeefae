package dev.mentorlens.web;

import java.security.Principal;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.mentorlens.schedule.DefinitionRuns;
import dev.mentorlens.schedule.FireTimes.LastFire;
import dev.mentorlens.schedule.JobDefinition;
import dev.mentorlens.schedule.JobDefinition.Comparison;
import dev.mentorlens.schedule.JobDefinition.JobSettings;
import dev.mentorlens.schedule.JobDefinitions;
import dev.mentorlens.schedule.JobKind;
import dev.mentorlens.schedule.JobScheduler;
import dev.mentorlens.schedule.JobScheduler.ScheduledJob;
import dev.mentorlens.schedule.Launch;
import dev.mentorlens.schedule.Launch.Target;
import dev.mentorlens.schedule.Launches;
import dev.mentorlens.schedule.MonthRange;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The job definitions as scheduled, running one for a period now, again or for a range of months, reloading
 * them, and the launches.
 */
@RestController
@ConditionalOnWebApplication
@RequestMapping("/api")
class JobsApi {

    private final JobScheduler scheduler;
    private final DefinitionRuns definitionRuns;
    private final Launches launches;
    private final AuditLog audit;

    JobsApi(JobScheduler scheduler, DefinitionRuns definitionRuns, Launches launches, AuditLog audit) {
        this.scheduler = scheduler;
        this.definitionRuns = definitionRuns;
        this.launches = launches;
        this.audit = audit;
    }

    /** A scheduled job as the API shows it. */
    record JobJson(String name, String kind, String cron, String zone, String period, String input, String output,
            List<String> programmes, List<Comparison> comparisons, JobSettings settings, String templates,
            Map<String, List<String>> recipients, List<String> alerts, String file, ZonedDateTime nextFire,
            LastFire lastFire, boolean active) {

        /** The job as the user may see it: a user limited to some programmes sees only their recipients. */
        static JobJson of(ScheduledJob job, ProgrammeAccess access) {
            JobDefinition d = job.definition();
            Map<String, List<String>> recipients = d.recipients().entrySet().stream()
                    .filter(e -> access.sees(e.getKey()))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
            return new JobJson(d.name(), d.kind().label(), d.cron(), d.scheduleZone().getId(), d.period().label(),
                    d.input().toString(), d.output().toString(), d.programmes(), d.comparisons(), d.settings(),
                    d.templates() == null ? null : d.templates().toString(), recipients,
                    access.limited() ? List.of() : d.alerts(), d.file().toString(), job.nextFire(),
                    job.lastFire().orElse(null), job.active());
        }
    }

    /** The definitions in use, and one sentence per file left out. */
    record JobsJson(List<JobJson> jobs, List<String> problems) {
    }

    /** The definitions in use; a user limited to some programmes sees those that run them, and no problems. */
    @GetMapping("/jobs")
    JobsJson jobs(Principal user) {
        ProgrammeAccess access = ProgrammeAccess.of(user);
        return new JobsJson(visible(access).map(job -> JobJson.of(job, access)).toList(),
                access.limited() ? List.of() : scheduler.problems());
    }

    @GetMapping("/jobs/{name}")
    JobJson job(@PathVariable String name, Principal user) {
        ProgrammeAccess access = ProgrammeAccess.of(user);
        return visible(access).filter(j -> j.definition().name().equals(name)).findFirst()
                .map(job -> JobJson.of(job, access)).orElseThrow(() -> unknownJob(name, access));
    }

    /** Reads {@code jobs/} again and schedules what it holds. */
    @PostMapping("/jobs/reload")
    JobsJson reload(Principal user) {
        JobDefinitions.Loaded loaded = scheduler.reload();
        audit.record(user, "reload", "jobs", loaded.definitions().size() + " definitions, " + loaded.problems().size()
                + " left out");
        return jobs(user);
    }

    /** Runs a job for a period now (default: the period its rule gives for this moment), in the background. */
    @PostMapping("/jobs/{name}/start")
    ResponseEntity<LaunchJson> start(@PathVariable String name, @RequestParam(required = false) String period,
            Principal user) {
        JobDefinition definition = definition(name);
        String month = period == null ? definition.period().periodAt(ZonedDateTime.now(definition.scheduleZone()))
                : checked(period);
        return launch(definition, month, false, user);
    }

    /** Runs a completed period of a monthly-report job again; its outputs replace the published folder. */
    @PostMapping("/jobs/{name}/rerun")
    ResponseEntity<LaunchJson> rerun(@PathVariable String name, @RequestParam(required = false) String period,
            Principal user) {
        JobDefinition definition = definition(name);
        if (period == null) {
            throw ApiException.badRequest("rerun needs the period to run again, e.g. ?period=2026-10.");
        }
        if (definition.kind() != JobKind.MONTHLY_REPORT) {
            throw ApiException.badRequest(name + " is a " + definition.kind().label() + "; every start of it is a"
                    + " new comparison, so use start.");
        }
        return launch(definition, checked(period), true, user);
    }

    /**
     * Runs a monthly-report job for every month of a range, oldest first, as one launch: a month that
     * completed before is kept (its run shows as ALREADY_COMPLETED) unless {@code rerun} asks to run it again.
     * A month that fails does not stop the later ones.
     */
    @PostMapping("/jobs/{name}/backfill")
    ResponseEntity<LaunchJson> backfill(@PathVariable String name, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(defaultValue = "false") boolean rerun,
            Principal user) {
        JobDefinition definition = definition(name);
        if (definition.kind() != JobKind.MONTHLY_REPORT) {
            throw ApiException.badRequest(name + " is a " + definition.kind().label() + "; a backfill runs monthly"
                    + " reports, so start it once per month instead.");
        }
        MonthRange range;
        try {
            range = MonthRange.parse(from, to);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        List<Target> targets = range.months().stream()
                .flatMap(month -> definitionRuns.targets(definition, month, rerun).stream()).toList();
        Launch launch = launches.submit(definition.name(), "backfill", range.toString(), AuditLog.name(user), targets,
                null);
        audit.record(user, "backfill", definition.name() + " " + range, "launch " + launch.id() + ", " + range.size()
                + " months, " + (rerun ? "completed months run again" : "completed months kept"));
        return RunsApi.accepted(launch);
    }

    /** The recent launches; a user limited to some programmes sees those of the jobs that run them. */
    @GetMapping("/launches")
    List<LaunchJson> launches(Principal user) {
        ProgrammeAccess access = ProgrammeAccess.of(user);
        return launches.recent().stream().filter(launch -> sees(access, launch)).map(l -> LaunchJson.of(l, access))
                .toList();
    }

    @GetMapping("/launches/{id}")
    LaunchJson launch(@PathVariable long id, Principal user) {
        ProgrammeAccess access = ProgrammeAccess.of(user);
        return launches.find(id).filter(launch -> sees(access, launch)).map(l -> LaunchJson.of(l, access))
                .orElseThrow(() -> ApiException.notFound("There is no launch " + id + " among the recent ones (they"
                        + " are kept in memory until serve stops)."));
    }

    private Stream<ScheduledJob> visible(ProgrammeAccess access) {
        return scheduler.jobs().stream().filter(job -> access.sees(job.definition()));
    }

    /** Launches of a job definition that runs one of the user's programmes; not restarts (named after a run). */
    private boolean sees(ProgrammeAccess access, Launch launch) {
        return !access.limited() || scheduler.definition(launch.job()).filter(access::sees).isPresent();
    }

    private ResponseEntity<LaunchJson> launch(JobDefinition definition, String period, boolean rerun, Principal user) {
        String action = rerun ? "rerun" : "start";
        Launch launch = launches.submit(definition.name(), action, period, AuditLog.name(user),
                definitionRuns.targets(definition, period, rerun), null);
        audit.record(user, action, definition.name() + " " + period, "launch " + launch.id());
        return RunsApi.accepted(launch);
    }

    private JobDefinition definition(String name) {
        return scheduler.definition(name).orElseThrow(() -> unknownJob(name, ProgrammeAccess.EVERYTHING));
    }

    private ApiException unknownJob(String name, ProgrammeAccess access) {
        List<String> names = visible(access).map(j -> j.definition().name()).toList();
        return ApiException.notFound("There is no job '" + name + "'; the jobs are " + names + ".");
    }

    private static String checked(String period) {
        try {
            return MonthRange.month("period", period).toString();
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }
}
