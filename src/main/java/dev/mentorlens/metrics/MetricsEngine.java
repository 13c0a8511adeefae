package dev.mentorlens.metrics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;

import dev.mentorlens.metrics.LatestResponses.AttributedResponse;
import dev.mentorlens.metrics.ProgrammeReport.GroupComment;

/** Computes the metrics of a programme for a period from the accepted input rows. */
final class MetricsEngine {

    static final int TREND_MONTHS = 12;

    private final MetricsRepository repository;
    private final MetricsSettings settings;
    private final Workforce workforce;
    private final Set<String> enrolledByD;
    private final HealthRepository health;
    private final MatchedImpactMetrics impact;
    private Set<String> enrolledByLastMonth;

    /** A programme's report and cohort ALL's measures of the month before, from the same reads. */
    record Monthly(ProgrammeReport report, List<MetricRow> lastMonth) {
    }

    MetricsEngine(MetricsRepository repository, MetricsSettings settings) {
        this.repository = repository;
        this.settings = settings;
        this.workforce = repository.workforce();
        this.enrolledByD = repository.enrolledBy(settings.lastDay());
        this.health = repository.health();
        this.impact = new MatchedImpactMetrics(workforce, health.jobLevels(), enrolledByD);
    }

    /** The programme's report, without the month before. */
    ProgrammeReport programme(String programmeId) {
        return computed(programmeId, false).report();
    }

    /** The programme's report and its month before (the monthly run's "Last month"). */
    Monthly monthly(String programmeId) {
        Computed computed = computed(programmeId, true);
        ProgrammeReport report = computed.report();
        return new Monthly(report, lastMonth(report.programme(), computed.activityBefore(), computed.reachBefore()));
    }

    /** A report, and what its reads gave of the month before when asked for: its activity and network reach. */
    private record Computed(ProgrammeReport report, MonthActivity activityBefore, List<MetricRow> reachBefore) {
    }

    private Computed computed(String programmeId, boolean withMonthBefore) {
        Programme programme = repository.programme(programmeId);
        String period = settings.label();
        LocalDate d = settings.lastDay();
        Map<YearMonth, MonthActivity> activity = activity(programme,
                settings.period().minusMonths(TREND_MONTHS - 1L), settings.period());
        MonthActivity current = activity.get(settings.period());

        LatestResponses latest = new LatestResponses();
        repository.responses(programmeId, settings.surveyWindowStart(), d, latest);
        List<AttributedResponse> responses = LatestResponses.attribute(latest.responses(), programme.enrolments());
        Map<String, List<MetricRow>> satisfaction = new SatisfactionMetrics(period, programme, d,
                settings.anonymityThreshold(), responses).rows();

        NetworkMetrics network = withMonthBefore
                ? NetworkMetrics.withMonthBefore(period, programmeId, d, settings.previous(), repository, workforce)
                : NetworkMetrics.of(period, programmeId, d, repository, workforce);
        HealthMetrics programmeHealth = new HealthMetrics(period, programme, d, health, impact);
        List<MetricRow> rows = new ArrayList<>();
        List<MetricRow> naiveImpact = new ArrayList<>();
        for (String group : programme.groups()) {
            naiveImpact.addAll(programmeHealth.naiveImpact(group));
            rows.addAll(ParticipationMetrics.of(period, programme, group, d, current));
            rows.addAll(satisfaction.get(group));
            rows.addAll(ProgressionMetrics.of(period, programme, group, d, workforce, enrolledByD));
            if (Groups.isAll(group)) {
                rows.addAll(network.rows());
            }
            rows.addAll(programmeHealth.rows(group));
        }
        List<DormantPair> dormant = ParticipationMetrics.dormantPairs(programme,
                programme.matches().stream().filter(m -> m.activeAt(d)).toList(), d, current);
        ReportDetails details = ReportDetails.of(programme, rows, responses, network, d, workforce, enrolledByD,
                settings.anonymityThreshold()).withNaiveImpact(naiveImpact);
        ProgrammeReport report = new ProgrammeReport(programme, rows, dormant, programmeHealth.checkInPairs(),
                network.bridges(), trends(programme, activity), responses, comments(programme, responses, satisfaction),
                details);
        // the month before is one of the trend months: its activity needs no read of its own
        return new Computed(report, activity.get(settings.period().minusMonths(1)), network.monthBeforeRows());
    }

    /**
     * Cohort ALL's measures of the month before the period, from the same inputs (SPEC section 3): the
     * workbooks' "Last month" then depends on the inputs only, never on which months ran before.
     * Participation, satisfaction (with its suppression), progression and retention, and network reach;
     * health, impact and bridges are not computed for it.
     */
    private List<MetricRow> lastMonth(Programme programme, MonthActivity activity, List<MetricRow> reach) {
        MetricsSettings before = settings.previous();
        String period = before.label();
        LocalDate d = before.lastDay();
        String id = programme.programmeId();
        List<MetricRow> rows = new ArrayList<>(ParticipationMetrics.of(period, programme, Groups.ALL, d, activity));
        LatestResponses latest = new LatestResponses();
        repository.responses(id, before.surveyWindowStart(), d, latest);
        rows.addAll(new SatisfactionMetrics(period, programme, d, before.anonymityThreshold(),
                LatestResponses.attribute(latest.responses(), programme.enrolments())).rows().get(Groups.ALL));
        if (enrolledByLastMonth == null) {
            enrolledByLastMonth = repository.enrolledBy(d);
        }
        rows.addAll(ProgressionMetrics.of(period, programme, Groups.ALL, d, workforce, enrolledByLastMonth));
        rows.addAll(reach);
        return rows;
    }

    /** The breakdowns of a programme's mentees by the given attributes (SPEC section 6), cohort ALL. */
    List<BreakdownRow> breakdowns(String programmeId, List<String> names) {
        Programme programme = repository.programme(programmeId);
        LocalDate d = settings.lastDay();
        LatestResponses latest = new LatestResponses();
        repository.responses(programmeId, settings.surveyWindowStart(), d, latest);
        return BreakdownMetrics.of(settings.label(), programme, d, names, health.attributes(),
                ActivationMetrics.activation(programme, Groups.ALL, d, health.heldDates(programmeId, d)),
                LatestResponses.attribute(latest.responses(), programme.enrolments()), workforce,
                settings.anonymityThreshold());
    }

    Workforce workforce() {
        return workforce;
    }

    /** Everyone with an enrolment (any programme, any role) on or before D. */
    Set<String> enrolledByD() {
        return enrolledByD;
    }

    /** The organisation-wide network of every programme. */
    /** Session activity of each month from {@code first} to {@code last}, from two grouped queries. */
    private Map<YearMonth, MonthActivity> activity(Programme programme, YearMonth first, YearMonth last) {
        LocalDate from = first.atDay(1);
        LocalDate to = last.atEndOfMonth();
        Map<YearMonth, Map<String, Map<String, long[]>>> counts = new HashMap<>();
        repository.sessionCounts(programme.programmeId(), from, to,
                c -> MonthActivity.add(counts.computeIfAbsent(c.month(), m -> MonthActivity.emptyCounts()), c));
        Map<String, NavigableMap<YearMonth, LocalDate>> held = repository.heldByMatchAndMonth(
                programme.programmeId(), to);
        Map<YearMonth, MonthActivity> activity = new HashMap<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            Set<String> heldInMonth = new HashSet<>();
            Map<String, LocalDate> lastHeld = new HashMap<>();
            for (Map.Entry<String, NavigableMap<YearMonth, LocalDate>> match : held.entrySet()) {
                Map.Entry<YearMonth, LocalDate> latest = match.getValue().floorEntry(month);
                if (latest != null) {
                    lastHeld.put(match.getKey(), latest.getValue());
                    if (latest.getKey().equals(month)) {
                        heldInMonth.add(match.getKey());
                    }
                }
            }
            activity.put(month, new MonthActivity(counts.getOrDefault(month, MonthActivity.emptyCounts()),
                    heldInMonth, lastHeld));
        }
        return activity;
    }

    private List<TrendValue> trends(Programme programme, Map<YearMonth, MonthActivity> activity) {
        List<TrendValue> trends = new ArrayList<>();
        activity.keySet().stream().sorted().forEach(month -> {
            for (String group : programme.groups()) {
                for (MetricRow row : ParticipationMetrics.of(month.toString(), programme, group, month.atEndOfMonth(),
                        activity.get(month))) {
                    trends.add(new TrendValue(group, month, row.metric(), row.value(), row.n()));
                }
            }
        });
        return trends;
    }

    /**
     * The comment lists of docs/metrics.md: ALL's list when ALL reaches the comment threshold; the cohorts'
     * lists only when every cohort and the no-cohort remainder (when it has respondents) reach it too,
     * since the ALL list minus the shown lists would otherwise give the others' comments away. A list
     * is never shown for a group whose respondent count is suppressed.
     */
    private List<GroupComment> comments(Programme programme, List<AttributedResponse> responses,
            Map<String, List<MetricRow>> satisfaction) {
        int threshold = settings.commentThreshold();
        Map<String, List<Response>> byGroup = new HashMap<>();
        programme.groups().forEach(group -> byGroup.put(group, new ArrayList<>()));
        long remainder = 0;
        for (AttributedResponse r : responses) {
            byGroup.get(Groups.ALL).add(r.response());
            if (r.cohort() != null && byGroup.containsKey(r.cohort())) {
                byGroup.get(r.cohort()).add(r.response());
            } else {
                remainder++;
            }
        }
        boolean cohortsShown = (remainder == 0 || remainder >= threshold)
                && programme.cohorts().stream().allMatch(c -> byGroup.get(c).size() >= threshold);
        List<GroupComment> comments = new ArrayList<>();
        for (String group : programme.groups()) {
            boolean countShown = satisfaction.get(group).stream()
                    .anyMatch(r -> r.metric().equals(MetricNames.RESPONDENTS) && !r.suppressed());
            boolean listShown = byGroup.get(group).size() >= threshold && (Groups.isAll(group) || cohortsShown);
            if (countShown && listShown) {
                byGroup.get(group).stream().map(Response::comment).filter(c -> c != null && !c.isBlank()).sorted()
                        .forEach(text -> comments.add(new GroupComment(group, text)));
            }
        }
        return comments;
    }
}
