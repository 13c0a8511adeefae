package dev.mentorlens.web;

import java.security.Principal;
import java.util.function.Supplier;

import dev.mentorlens.schedule.AlreadyRunningException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console's actions, each a form posted with its CSRF token and taken by the same API methods that
 * curl calls (same checks, same audit log). Only ops reach them; the answer, or the refusal in one
 * sentence, is shown on the page the action returns to.
 */
@Controller
@ConditionalOnWebApplication
class ConsoleActions {

    private final JobsApi jobs;
    private final RunsApi runs;

    ConsoleActions(JobsApi jobs, RunsApi runs) {
        this.jobs = jobs;
        this.runs = runs;
    }

    @PostMapping("/jobs/{name}/start")
    String start(@PathVariable String name, @RequestParam(required = false) String period, Principal user,
            RedirectAttributes flash) {
        return act(flash, "/", () -> "Launch " + jobs.start(name, blankToNull(period), user).getBody().id()
                + " of " + name + " accepted.");
    }

    @PostMapping("/jobs/{name}/rerun")
    String rerun(@PathVariable String name, @RequestParam(required = false) String period, Principal user,
            RedirectAttributes flash) {
        return act(flash, "/", () -> "Launch " + jobs.rerun(name, blankToNull(period), user).getBody().id()
                + " reruns " + name + " " + period + ".");
    }

    @PostMapping("/jobs/{name}/backfill")
    String backfill(@PathVariable String name, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(defaultValue = "false") boolean rerun,
            Principal user, RedirectAttributes flash) {
        return act(flash, "/", () -> "Launch " + jobs.backfill(name, from, to, rerun, user).getBody().id()
                + " backfills " + name + " from " + from + " to " + to + (rerun ? ", running completed months again."
                        : ", keeping completed months."));
    }

    @PostMapping("/runs/{id}/restart")
    String restart(@PathVariable long id, Principal user, RedirectAttributes flash) {
        return act(flash, "/runs/" + id, () -> "Launch " + runs.restart(id, user).getBody().id() + " restarts run "
                + id + ".");
    }

    @PostMapping("/runs/{id}/stop")
    String stop(@PathVariable long id, Principal user, RedirectAttributes flash) {
        return act(flash, "/runs/" + id, () -> "Run " + id + ": " + runs.stop(id, user).outcome() + ".");
    }

    private static String act(RedirectAttributes flash, String back, Supplier<String> action) {
        try {
            flash.addFlashAttribute("message", action.get());
        } catch (ApiException | AlreadyRunningException e) {
            flash.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:" + back;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
