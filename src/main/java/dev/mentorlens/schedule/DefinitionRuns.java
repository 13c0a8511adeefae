package dev.mentorlens.schedule;

import java.util.List;
import java.util.Optional;

import dev.mentorlens.runs.CompareRequest;
import dev.mentorlens.runs.MonthlyRequest;
import dev.mentorlens.runs.Runs;
import dev.mentorlens.schedule.JobDefinition.Comparison;
import dev.mentorlens.schedule.JobDefinition.JobSettings;
import dev.mentorlens.schedule.Launch.Target;
import org.springframework.stereotype.Component;

/**
 * Turns a job definition and a period into the runs it makes: a monthly report of every programme
 * (one run), or one run per programme it lists; a cohort comparison, one run per pair of cohorts.
 */
@Component
public class DefinitionRuns {

    /** The programme id of a run of every programme. */
    public static final String ALL_PROGRAMMES = "ALL";

    private final Runs runs;

    DefinitionRuns(Runs runs) {
        this.runs = runs;
    }

    /** The runs of a definition for a period; {@code rerun} runs completed periods again (monthly reports only). */
    public List<Target> targets(JobDefinition definition, String period, boolean rerun) {
        if (definition.kind() == JobKind.COHORT_COMPARISON) {
            return definition.comparisons().stream().map(c -> comparison(definition, period, c)).toList();
        }
        List<String> programmes = definition.programmes().isEmpty() ? List.of(ALL_PROGRAMMES) : definition.programmes();
        return programmes.stream().map(programme -> {
            MonthlyRequest request = request(definition, period, programme);
            return new Target(definition.kind().label() + " " + period + " " + programme,
                    () -> rerun ? runs.rerun(request) : runs.monthly(request), () -> runs.running(period, programme));
        }).toList();
    }

    private Target comparison(JobDefinition definition, String period, Comparison comparison) {
        CompareRequest request = new CompareRequest(comparison.programme(), comparison.cohortA(), comparison.cohortB(),
                request(definition, period, comparison.programme()));
        return new Target(definition.kind().label() + " " + period + " " + comparison.programme() + " "
                + comparison.cohortA() + "-vs-" + comparison.cohortB(), () -> runs.compare(request), Optional::empty);
    }

    private static MonthlyRequest request(JobDefinition definition, String period, String programme) {
        JobSettings settings = definition.settings();
        return new MonthlyRequest(period, programme, definition.input().toString(), definition.output().toString(),
                settings.zone(), settings.maxRejectRatio(), settings.anonymityThreshold(), settings.commentThreshold(),
                settings.surveyWindowMonths(), String.join(",", settings.breakdowns()));
    }
}
