package dev.mentorlens.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.mentorlens.report.Glance.Action;
import dev.mentorlens.report.Glance.Area;
import dev.mentorlens.report.Glance.Change;
import dev.mentorlens.report.OrganisationData.ProgrammeRow;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * "At a glance" as a few lines of plain text, for a message that goes with a workbook: the status of each
 * area, the key numbers against last month, what changed most and the first next steps. Read from the
 * stored results like the workbooks, so the text and the attached workbook say the same; a suppressed
 * figure is written as suppressed, never as a number.
 */
@Service
public class GlanceText {

    /** The few numbers of a programme a message shows, in this order. */
    static final List<String> KEY_NUMBERS = List.of("enrolled_mentees", "active_matches", "sessions_held",
            "pair_activity_rate", "satisfaction_mean", "response_rate");
    private static final int NEXT_STEPS = 3;

    /** A programme's (or the organisation's) name and its summary, lines separated by {@code \n}. */
    public record Summary(String name, String text) {
    }

    private final ReportRepository repository;
    private final ReportDataRepository stored;
    private final TargetSettings targets;

    GlanceText(JdbcTemplate jdbc, TargetSettings targets) {
        this.repository = new ReportRepository(jdbc);
        this.stored = new ReportDataRepository(jdbc);
        this.targets = targets;
    }

    /** The summary of one programme's month; fails when no run stored the programme for that month. */
    public Summary programme(String period, String programmeId) {
        ProgrammeData data = new ReportLoader(repository, stored, period).programme(programmeId, List.of());
        int k = data.anonymityThreshold();
        Glance glance = Glance.of(data.figures(), data.lastMonth(), targets.of(programmeId), k);
        StringBuilder text = new StringBuilder();
        text.append(data.name()).append(", ").append(period).append(": ").append(glance.overall().text())
                .append(" overall.\n\n");
        for (Area area : glance.areas()) {
            text.append("- ").append(area.name()).append(": ").append(area.status().text()).append(". ")
                    .append(area.reading()).append('\n');
        }
        text.append("\nKey numbers:\n");
        for (String metric : KEY_NUMBERS) {
            Measure measure = Measure.of(metric);
            text.append("- ").append(measure.label()).append(": ").append(figure(data.all().get(metric), measure, k))
                    .append(" (last month: ").append(figure(data.lastMonth().get(metric), measure, k)).append(")\n");
        }
        changes(text, glance.changes(), List.of(), k);
        text.append("\nNext steps:\n");
        List<Action> actions = glance.actions();
        for (int i = 0; i < Math.min(NEXT_STEPS, actions.size()); i++) {
            text.append(i + 1).append(". ").append(actions.get(i).text()).append('\n');
        }
        return new Summary(data.name(), text.toString());
    }

    /** The summary of every programme stored for the month, for the organisation's recipients. */
    public Summary organisation(String period) {
        OrganisationData data = new ReportLoader(repository, stored, period)
                .organisation(repository.programmes(period), Set.of());
        int k = data.anonymityThreshold();
        StringBuilder text = new StringBuilder("Every programme, " + period
                + " (participation / engagement / satisfaction / outcomes):\n");
        List<Change> changes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (ProgrammeRow programme : data.programmes()) {
            Glance glance = Glance.of(Map.of(ProgrammeData.ALL, programme.now()), programme.lastMonth(),
                    targets.of(programme.programmeId()), k);
            text.append("- ").append(programme.name()).append(": ").append(String.join(" / ",
                    glance.areas().stream().map(area -> area.status().text()).toList())).append(". ")
                    .append(glance.actions().get(0).text()).append('\n');
            for (Change change : glance.changes()) {
                changes.add(change);
                names.add(programme.name() + ", ");
            }
        }
        List<Integer> top = Glance.largest(changes, NEXT_STEPS);
        changes(text, top.stream().map(changes::get).toList(), top.stream().map(names::get).toList(), k);
        return new Summary("organisation", text.toString());
    }

    private static void changes(StringBuilder text, List<Change> changes, List<String> prefixes, int k) {
        text.append("\nChanged most since last month:\n");
        if (changes.isEmpty()) {
            text.append("- nothing comparable to last month\n");
        }
        for (int i = 0; i < changes.size(); i++) {
            Change change = changes.get(i);
            Measure measure = Measure.of(change.metric());
            text.append("- ").append(prefixes.isEmpty() ? "" : prefixes.get(i)).append(measure.label()).append(": ")
                    .append(figure(change.now(), measure, k))
                    .append(change.now().value() > change.before().value() ? ", up from " : ", down from ")
                    .append(figure(change.before(), measure, k)).append('\n');
        }
    }

    /** A figure as text in its measure's format: "suppressed (n < k)" when hidden, "no data" when empty. */
    static String figure(Figure figure, Measure measure, int k) {
        if (figure != null && figure.suppressed()) {
            return Out.suppressedText(k);
        }
        if (figure == null || figure.value() == null) {
            return "no data";
        }
        double value = figure.value();
        return switch (measure.fmt()) {
            case COUNT -> String.format(Locale.ROOT, "%,.0f", value);
            case WHOLE -> String.format(Locale.ROOT, "%.0f", value);
            case PERCENT -> Glance.percent(value);
            case PVALUE -> String.format(Locale.ROOT, "%.4f", value);
            default -> String.format(Locale.ROOT, "%.2f", value);
        };
    }
}
