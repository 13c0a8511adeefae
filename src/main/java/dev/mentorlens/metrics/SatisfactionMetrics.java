package dev.mentorlens.metrics;

import static dev.mentorlens.metrics.MetricNames.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.mentorlens.metrics.LatestResponses.AttributedResponse;
import dev.mentorlens.stats.MeanInterval;

/**
 * The satisfaction metrics of every group of a programme from the latest response per respondent,
 * with anonymity and differencing protection on the cohort and role lines applied.
 */
final class SatisfactionMetrics {

    private final String period;
    private final Programme programme;
    private final LocalDate d;
    private final int k;
    private final Map<String, Stats> statsByGroup = new LinkedHashMap<>();

    SatisfactionMetrics(String period, Programme programme, LocalDate d, int k, List<AttributedResponse> responses) {
        this.period = period;
        this.programme = programme;
        this.d = d;
        this.k = k;
        for (String group : programme.groups()) {
            statsByGroup.put(group, new Stats());
        }
        for (AttributedResponse r : responses) {
            statsByGroup.get(Groups.ALL).add(r.response());
            if (r.cohort() != null && statsByGroup.containsKey(r.cohort())) {
                statsByGroup.get(r.cohort()).add(r.response());
            }
        }
    }

    /** The rows of each group, keyed by group, in {@link MetricNames#SATISFACTION} order. */
    Map<String, List<MetricRow>> rows() {
        Set<String> hidden = hidden();
        Map<String, List<MetricRow>> rows = new LinkedHashMap<>();
        statsByGroup.forEach((group, stats) -> {
            List<MetricRow> groupRows = new ArrayList<>();
            for (String metric : SATISFACTION) {
                groupRows.add(hidden.contains(key(metric, group))
                        ? MetricRow.hidden(period, programme.programmeId(), group, metric)
                        : shown(group, metric, stats));
            }
            rows.put(group, groupRows);
        });
        return rows;
    }

    private MetricRow shown(String group, String metric, Stats stats) {
        String id = programme.programmeId();
        long n = stats.all.size();
        return switch (metric) {
            case RESPONDENTS -> MetricRow.count(period, id, group, metric, n);
            case RESPONSE_RATE -> {
                Set<String> enrolled = activePeople(programme.enrolmentsOf(group));
                long answered = stats.respondentIds.stream().filter(enrolled::contains).count();
                yield MetricRow.of(period, id, group, metric, Numbers.ratio(answered, enrolled.size()), n);
            }
            case SATISFACTION_MEAN -> {
                MeanInterval mean = MeanInterval.of(stats.all);
                yield new MetricRow(period, id, group, metric, Numbers.orNull(mean.mean()), n,
                        Numbers.orNull(mean.ciLow()), Numbers.orNull(mean.ciHigh()), false);
            }
            case SATISFACTION_MEAN_MENTOR -> MetricRow.of(period, id, group, metric,
                    Numbers.orNull(MeanInterval.of(stats.mentor).mean()), stats.mentor.size());
            case SATISFACTION_MEAN_MENTEE -> MetricRow.of(period, id, group, metric,
                    Numbers.orNull(MeanInterval.of(stats.mentee).mean()), stats.mentee.size());
            case NPS -> MetricRow.of(period, id, group, metric, stats.nps(), stats.nps.size());
            default -> throw new IllegalArgumentException(metric);
        };
    }

    /** Keys {@code metric|group} of the values to hide: anonymity, then differencing protection on lines. */
    private Set<String> hidden() {
        Map<String, Long> n = new HashMap<>();
        statsByGroup.forEach((group, stats) -> {
            for (String metric : SATISFACTION) {
                n.put(key(metric, group), stats.n(metric));
            }
        });
        List<DifferencingProtection.Line> lines = new ArrayList<>();
        for (String metric : SATISFACTION) {
            List<String> cohorts = new ArrayList<>();
            long remainder = n.get(key(metric, Groups.ALL));
            for (String cohort : programme.cohorts()) {
                cohorts.add(key(metric, cohort));
                remainder -= n.get(key(metric, cohort));
            }
            lines.add(new DifferencingProtection.Line(key(metric, Groups.ALL), cohorts, remainder));
        }
        for (String group : statsByGroup.keySet()) {
            lines.add(new DifferencingProtection.Line(key(SATISFACTION_MEAN, group),
                    List.of(key(SATISFACTION_MEAN_MENTEE, group), key(SATISFACTION_MEAN_MENTOR, group)), 0));
        }
        return DifferencingProtection.suppressed(n, lines, k);
    }

    /** Everyone with an enrolment of the group active at D, in any role, once. */
    private Set<String> activePeople(List<Enrolment> enrolments) {
        Set<String> people = new HashSet<>();
        enrolments.stream().filter(e -> e.activeAt(d)).forEach(e -> people.add(e.employeeId()));
        return people;
    }

    private static String key(String metric, String group) {
        return metric + '|' + group;
    }

    /** The satisfaction answers of the respondents of a group. */
    static final class Stats {
        final List<Integer> all = new ArrayList<>();
        final List<Integer> mentor = new ArrayList<>();
        final List<Integer> mentee = new ArrayList<>();
        final List<Integer> nps = new ArrayList<>();
        final Set<String> respondentIds = new HashSet<>();

        void add(Response r) {
            respondentIds.add(r.respondentId());
            all.add(r.satisfaction());
            if (Enrolment.MENTOR.equals(r.role())) {
                mentor.add(r.satisfaction());
            } else {
                mentee.add(r.satisfaction());
            }
            if (r.nps() != null) {
                nps.add(r.nps());
            }
        }

        long n(String metric) {
            return switch (metric) {
                case SATISFACTION_MEAN_MENTOR -> mentor.size();
                case SATISFACTION_MEAN_MENTEE -> mentee.size();
                case NPS -> nps.size();
                default -> all.size();
            };
        }

        Double nps() {
            if (nps.isEmpty()) {
                return null;
            }
            long promoters = nps.stream().filter(v -> v >= 9).count();
            long detractors = nps.stream().filter(v -> v <= 6).count();
            return 100.0 * (promoters - detractors) / nps.size();
        }
    }

    /** The latest satisfaction answers attributed to a cohort (for the Mann–Whitney comparison). */
    static double[] satisfactionOf(List<AttributedResponse> responses, String cohort) {
        return responses.stream().filter(r -> cohort.equals(r.cohort()))
                .mapToDouble(r -> r.response().satisfaction()).toArray();
    }

}
