package dev.mentorlens.delivery;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.mentorlens.batch.MonthlyParameters;
import dev.mentorlens.report.GlanceText;
import dev.mentorlens.report.GlanceText.Summary;
import dev.mentorlens.runs.LaunchResult;
import dev.mentorlens.runs.LaunchResult.Outcome;
import dev.mentorlens.runs.RunFiles;
import dev.mentorlens.runs.RunView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The messages a run's end calls for: after a completed monthly run, one per programme with recipients (its
 * summary and workbook) and one for the organisation's recipients; after a failed run, one alert.
 */
@Component
class Messages {

    /** Outcomes that mean the run, or the launch of it, failed: the definition's alerts hear of them. */
    private static final List<Outcome> FAILURES = List.of(Outcome.FAILED, Outcome.INVALID_INPUT_FILES,
            Outcome.INVALID);

    private final GlanceText glance;
    private final String baseUrl;

    Messages(GlanceText glance, @Value("${mentorlens.serve.base-url:http://localhost:8080}") String baseUrl) {
        this.glance = glance;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The messages after a launch of {@code what} (e.g. {@code monthly-report 2026-10 ALL}) gave this result. */
    List<Message> after(DeliveryPlan plan, String what, LaunchResult result) {
        if (result.outcome() == Outcome.COMPLETED && result.run() != null
                && MonthlyParameters.JOB_NAME.equals(result.run().job())) {
            return reports(plan, result.run());
        }
        if (FAILURES.contains(result.outcome())) {
            RunView run = result.run();
            String reason = run != null && run.failureReason() != null ? run.failureReason()
                    : result.detail() != null ? result.detail() : "it ended " + result.outcome() + ".";
            return alert(plan, what, run, reason);
        }
        return List.of();
    }

    /** The alert about a launch that stopped with an exception before it gave a result. */
    List<Message> alert(DeliveryPlan plan, String what, RuntimeException failure) {
        return alert(plan, what, null, failure.getMessage() == null ? failure.getClass().getSimpleName()
                : failure.getMessage());
    }

    private List<Message> alert(DeliveryPlan plan, String what, RunView run, String reason) {
        if (plan.alerts().isEmpty()) {
            return List.of();
        }
        String subject = "MentorLens: " + plan.job() + " failed (" + what + ")";
        String link = run == null ? baseUrl + "/" : baseUrl + "/runs/" + run.id();
        String text = "The launch of " + what + " by the job " + plan.job() + " failed.\n\n"
                + "Why: " + reason + "\n\n"
                + (run == null ? "No run was recorded. The jobs and their launches: " + link
                        : "Run " + run.id() + ", with its steps, rejects and a restart button: " + link) + "\n";
        return List.of(new Message(run == null ? null : run.id(), plan.job(), Message.ALERT, null, plan.alerts(),
                subject, text, null, null));
    }

    private List<Message> reports(DeliveryPlan plan, RunView run) {
        String period = run.parameter(MonthlyParameters.PERIOD);
        String ran = run.parameter(MonthlyParameters.PROGRAMME);
        Optional<Path> folder = RunFiles.of(run).map(RunFiles::folder);
        List<Message> messages = new ArrayList<>();
        // the programmes by id, the organisation last, whatever order the definition was read in
        List<Map.Entry<String, List<String>>> entries = plan.recipients().entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, List<String>> e) ->
                        DeliveryPlan.ORGANISATION.equals(e.getKey())).thenComparing(Map.Entry::getKey))
                .toList();
        for (Map.Entry<String, List<String>> entry : entries) {
            String programme = entry.getKey();
            boolean organisation = DeliveryPlan.ORGANISATION.equals(programme);
            // a run of one programme sends only that programme's report; the organisation's comes with runs of all
            if (entry.getValue().isEmpty() || !(MonthlyParameters.ALL_PROGRAMMES.equals(ran) || programme.equals(ran))) {
                continue;
            }
            String file = organisation ? "organisation-" + period + ".xlsx" : programme + "-" + period + ".xlsx";
            Path workbook = folder.map(f -> f.resolve(programme).resolve(file)).orElse(null);
            String subject = "MentorLens " + period + ": ";
            if (workbook == null || !Files.isRegularFile(workbook, LinkOption.NOFOLLOW_LINKS)) {
                messages.add(Message.unsendable(run.id(), plan.job(), programme, entry.getValue(),
                        subject + programme, "Run " + run.id() + " published no " + programme + "/" + file
                                + (folder.isPresent() ? " in " + folder.get() : "")
                                + "; check the programme id in the job's recipients."));
                continue;
            }
            Summary summary;
            try {
                summary = organisation ? glance.organisation(period) : glance.programme(period, programme);
            } catch (RuntimeException e) {
                messages.add(Message.unsendable(run.id(), plan.job(), programme, entry.getValue(),
                        subject + programme, "The summary of " + programme + " could not be read: " + e.getMessage()));
                continue;
            }
            subject += organisation ? "mentoring programmes of the organisation" : summary.name();
            String text = summary.text() + "\nThe workbook " + file + " is attached; run " + run.id() + ": "
                    + baseUrl + "/runs/" + run.id() + "\n";
            messages.add(new Message(run.id(), plan.job(), Message.REPORT, programme, entry.getValue(), subject, text,
                    workbook, null));
        }
        return messages;
    }
}
