package dev.mentorlens.web;

import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.mentorlens.runs.RunState;
import dev.mentorlens.runs.RunView;
import dev.mentorlens.schedule.Launch;
import dev.mentorlens.web.RunsApi.RunJson;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The console's pages, rendered on the server from what the API answers: the jobs, the runs with filters,
 * one run with its rejects and files, the launches and, for ops, the audit log. A page showing a running run
 * or launch reloads itself; a run's page instead updates its steps from {@code /runs/{id}/progress} while
 * the run goes, and reloads once it ended.
 */
@Controller
@ConditionalOnWebApplication
class ConsolePages {

    static final Set<RunState> RUNNING = EnumSet.of(RunState.STARTING, RunState.STARTED, RunState.STOPPING);
    /** Seconds between reloads of a page that shows a running run or a queued launch. */
    static final int REFRESH_SECONDS = 5;
    /** Seconds between two looks of a run page at its run's progress. */
    static final int PROGRESS_SECONDS = 3;
    private static final ConsoleFormat FORMAT = new ConsoleFormat();

    private final JobsApi jobs;
    private final RunsApi runs;
    private final RunFilesApi files;
    private final AuditApi audit;

    ConsolePages(JobsApi jobs, RunsApi runs, RunFilesApi files, AuditApi audit) {
        this.jobs = jobs;
        this.runs = runs;
        this.files = files;
        this.audit = audit;
    }

    @GetMapping("/login")
    String login() {
        return "console/login";
    }

    @GetMapping("/")
    String jobs(Model model, HttpServletRequest request, Principal user) {
        common(model, request, "jobs");
        model.addAttribute("jobs", jobs.jobs(user));
        List<LaunchJson> launches = jobs.launches(user);
        model.addAttribute("launches", launches.stream().limit(10).toList());
        // the outcome of a launch still going is not known yet: the job's name says it runs
        model.addAttribute("lastLaunch", launches.stream().filter(launch -> launch.outcome() != null)
                .collect(Collectors.toMap(LaunchJson::job, launch -> launch, (a, b) -> a.id() > b.id() ? a : b)));
        refreshIf(model, launches.stream().anyMatch(launch -> launch.state() != Launch.State.ENDED));
        return "console/jobs";
    }

    @GetMapping("/runs")
    String runs(@RequestParam Optional<String> job, @RequestParam Optional<String> period,
            @RequestParam Optional<String> programme, @RequestParam Optional<String> state, Model model,
            HttpServletRequest request, Principal user) {
        common(model, request, "runs");
        Optional<String> given = state.filter(s -> !s.isBlank());
        List<RunView> found = runs.list(job.filter(s -> !s.isBlank()), period.filter(s -> !s.isBlank()),
                programme.filter(s -> !s.isBlank()), given, 100, user);
        model.addAttribute("runs", found);
        model.addAttribute("states", RunState.values());
        model.addAttribute("jobLabels", RunView.JOB_LABELS);
        model.addAttribute("filter", new Filter(job.orElse(""), period.orElse(""), programme.orElse(""),
                state.orElse("")));
        refreshIf(model, found.stream().anyMatch(run -> RUNNING.contains(run.state())));
        return "console/runs";
    }

    @GetMapping("/runs/{id}")
    String run(@PathVariable long id, Model model, HttpServletRequest request, Principal user) {
        common(model, request, "runs");
        RunJson json = runs.json(id, user);
        RunView run = json.run();
        model.addAttribute("run", run);
        model.addAttribute("deliveries", json.deliveries());
        model.addAttribute("files", files.list(id, user));
        model.addAttribute("running", RUNNING.contains(run.state()));
        // while it runs, the page's script polls its progress; a browser without scripts reloads the page
        model.addAttribute("live", RUNNING.contains(run.state()) ? PROGRESS_SECONDS : 0);
        model.addAttribute("currentStep", RunsApi.ProgressJson.of(run).currentStep());
        refreshIf(model, false);
        return "console/run";
    }

    /** The run's progress for the run page's script: the API's answer, on the console's session. */
    @GetMapping("/runs/{id}/progress")
    @ResponseBody
    RunsApi.ProgressJson progress(@PathVariable long id, Principal user) {
        return runs.progress(id, user);
    }

    @GetMapping("/runs/{id}/files/{*path}")
    ResponseEntity<Resource> download(@PathVariable long id, @PathVariable String path, Principal user) {
        return files.download(id, path, user);
    }

    @GetMapping("/audit")
    String audit(Model model, HttpServletRequest request) {
        common(model, request, "audit");
        model.addAttribute("entries", audit.recent(200));
        return "console/audit";
    }

    /** The filters of the runs page as typed, to show them again. */
    record Filter(String job, String period, String programme, String state) {
    }

    private static void common(Model model, HttpServletRequest request, String page) {
        model.addAttribute("page", page);
        model.addAttribute("ops", request.isUserInRole(SecurityConfiguration.OPS));
        model.addAttribute("user", request.getRemoteUser());
        model.addAttribute("fmt", FORMAT);
    }

    private static void refreshIf(Model model, boolean live) {
        model.addAttribute("refresh", live ? REFRESH_SECONDS : 0);
    }
}
