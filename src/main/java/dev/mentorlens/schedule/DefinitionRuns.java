package dev.mentorlens.schedule;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import dev.mentorlens.delivery.Deliveries;
import dev.mentorlens.delivery.DeliveryPlan;
import dev.mentorlens.runs.CompareRequest;
import dev.mentorlens.runs.LaunchResult;
import dev.mentorlens.runs.MonthlyRequest;
import dev.mentorlens.runs.RunView;
import dev.mentorlens.runs.Runs;
import dev.mentorlens.schedule.JobDefinition.Comparison;
import dev.mentorlens.schedule.JobDefinition.JobSettings;
import dev.mentorlens.schedule.Launch.Target;
import org.springframework.stereotype.Component;

/**
 * Turns a job definition and a period into the runs it makes: a monthly report of every programme
 * (one run), or one run per programme it lists; a cohort comparison, one run per pair of cohorts. Each run
 * ends with the e-mail its definition asks for (reports to its recipients, the failure to its alerts).
 */
@Component
public class DefinitionRuns {

    /** The programme id of a run of every programme. */
    public static final String ALL_PROGRAMMES = "ALL";

    private final Runs runs;
    private final Deliveries deliveries;

    DefinitionRuns(Runs runs, Deliveries deliveries) {
        this.runs = runs;
        this.deliveries = deliveries;
    }

    /** The runs of a definition for a period; {@code rerun} runs completed periods again (monthly reports only). */
    public List<Target> targets(JobDefinition definition, String period, boolean rerun) {
        if (definition.kind() == JobKind.COHORT_COMPARISON) {
            return definition.comparisons().stream().map(c -> comparison(definition, period, c)).toList();
        }
        List<String> programmes = definition.programmes().isEmpty() ? List.of(ALL_PROGRAMMES) : definition.programmes();
        return programmes.stream().map(programme -> {
            MonthlyRequest request = request(definition, period, programme);
            String key = definition.kind().label() + " " + period + " " + programme;
            return new Target(key, () -> deliveries.after(plan(definition), key,
                    () -> rerun ? runs.rerun(request) : runs.monthly(request)), () -> runs.running(period, programme));
        }).toList();
    }

    private Target comparison(JobDefinition definition, String period, Comparison comparison) {
        CompareRequest request = new CompareRequest(comparison.programme(), comparison.cohortA(), comparison.cohortB(),
                request(definition, period, comparison.programme()));
        String key = definition.kind().label() + " " + period + " " + comparison.programme() + " "
                + comparison.cohortA() + "-vs-" + comparison.cohortB();
        return new Target(key, () -> deliveries.after(plan(definition), key, () -> runs.compare(request)),
                Optional::empty);
    }

    /**
     * The restart of a run. A monthly run ends with the e-mail of the monthly-report definition among
     * {@code definitions} that makes it (same input and output folder, its programme among the definition's),
     * so that a run fixed and restarted sends the reports its failure held back.
     *
     * @param key what the restart runs, for the launch
     */
    public Target restart(RunView run, String key, List<JobDefinition> definitions) {
        Supplier<LaunchResult> restart = () -> runs.restart(run.id());
        String programme = run.parameter("programme");
        Optional<JobDefinition> maker = run.parameters().containsKey("rerun") ? definitions.stream()
                .filter(d -> d.kind() == JobKind.MONTHLY_REPORT && d.input().toString().equals(run.input())
                        && d.output().toString().equals(run.output()) && (d.programmes().isEmpty()
                                ? ALL_PROGRAMMES.equals(programme) : d.programmes().contains(programme)))
                .findFirst() : Optional.empty();
        return new Target(key, maker.<Supplier<LaunchResult>>map(d -> () -> deliveries.after(plan(d), key, restart))
                .orElse(restart), Optional::empty);
    }

    private static DeliveryPlan plan(JobDefinition definition) {
        return new DeliveryPlan(definition.name(), definition.recipients(), definition.alerts());
    }

    private static MonthlyRequest request(JobDefinition definition, String period, String programme) {
        JobSettings settings = definition.settings();
        return new MonthlyRequest(period, programme, definition.input().toString(), definition.output().toString(),
                settings.zone(), settings.maxRejectRatio(), settings.anonymityThreshold(), settings.commentThreshold(),
                settings.surveyWindowMonths(), String.join(",", settings.breakdowns()));
    }
}
