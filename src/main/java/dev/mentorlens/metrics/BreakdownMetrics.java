package dev.mentorlens.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.mentorlens.metrics.ActivationMetrics.Activation;
import dev.mentorlens.metrics.LatestResponses.AttributedResponse;
import dev.mentorlens.stats.MeanInterval;
import dev.mentorlens.stats.RateRatio;

/**
 * The programme's mentees broken down by attribute values (SPEC section 6), cohort ALL only. Every
 * row, counts included, is under anonymity, and differencing protection runs across the values of
 * one attribute per metric, the mentees without a value being the hidden remainder: a table of
 * outcomes by gender over a small programme must not identify anyone.
 */
final class BreakdownMetrics {

    static final String MENTEES = "mentees";
    static final String MATCHED_SHARE = "matched_share";
    static final List<String> METRICS = List.of(MENTEES, MATCHED_SHARE, MetricNames.ACTIVATION_RATE,
            MetricNames.SATISFACTION_MEAN, MetricNames.RETENTION_12M_MENTEES, MetricNames.PROMOTION_RATE_MENTEES);

    private BreakdownMetrics() {
    }

    /**
     * @param attributes each employee's values by attribute name ({@code location} included); absent = empty
     * @param responses the programme's latest in-window response per respondent
     */
    static List<BreakdownRow> of(String period, Programme programme, LocalDate d, List<String> names,
            Map<String, Map<String, String>> attributes, Activation activation, List<AttributedResponse> responses,
            Workforce workforce, int k) {
        Map<String, Integer> menteeAnswers = new HashMap<>();
        for (AttributedResponse r : responses) {
            if (r.response().role().equals(Enrolment.MENTEE) && activation.mentees().containsKey(
                    r.response().respondentId())) {
                menteeAnswers.put(r.response().respondentId(), r.response().satisfaction());
            }
        }
        List<BreakdownRow> rows = new ArrayList<>();
        for (String name : names) {
            Map<String, List<String>> byValue = new TreeMap<>();
            List<String> remainder = new ArrayList<>();
            for (String mentee : activation.mentees().keySet()) {
                String value = attributes.getOrDefault(mentee, Map.of()).get(name);
                if (value == null || value.isEmpty()) {
                    remainder.add(mentee);
                } else {
                    byValue.computeIfAbsent(value, v -> new ArrayList<>()).add(mentee);
                }
            }
            Map<String, Map<String, BreakdownRow>> cells = new LinkedHashMap<>();
            byValue.forEach((value, people) -> cells.put(value, cells(period, programme.programmeId(), name, value,
                    people, d, activation, menteeAnswers, workforce)));
            Map<String, BreakdownRow> rest = cells(period, programme.programmeId(), name, "", remainder, d,
                    activation, menteeAnswers, workforce);
            for (String metric : METRICS) {
                Map<String, Long> parts = new TreeMap<>();
                cells.forEach((value, byMetric) -> parts.put(value, byMetric.get(metric).n()));
                Set<String> hidden = DifferencingProtection.hiddenParts(parts, rest.get(metric).n(), k);
                for (String value : new TreeSet<>(cells.keySet())) {
                    BreakdownRow row = cells.get(value).get(metric);
                    cells.get(value).put(metric, hidden.contains(value) ? row.hidden() : row);
                }
            }
            cells.values().forEach(byMetric -> rows.addAll(byMetric.values()));
        }
        return rows;
    }

    /** The six rows of one attribute value (or of the remainder), in metric order, none suppressed yet. */
    private static Map<String, BreakdownRow> cells(String period, String programmeId, String name, String value,
            List<String> people, LocalDate d, Activation activation, Map<String, Integer> menteeAnswers,
            Workforce workforce) {
        long mentees = people.size();
        long matched = people.stream().filter(activation.firstMatch()::containsKey).count();
        long met = people.stream().filter(activation.firstMeeting()::containsKey).count();
        MeanInterval satisfaction = MeanInterval.of(people.stream().filter(menteeAnswers::containsKey)
                .map(menteeAnswers::get).toList());
        List<FollowUp> followUps = new ArrayList<>();
        for (String id : people) {
            Employee employee = workforce.get(id);
            if (employee != null) {
                followUps.add(FollowUp.of(employee, activation.mentees().get(id), d));
            }
        }
        Map<String, BreakdownRow> rows = new LinkedHashMap<>();
        rows.put(MENTEES, row(period, programmeId, name, value, MENTEES, (double) mentees, mentees));
        rows.put(MATCHED_SHARE, row(period, programmeId, name, value, MATCHED_SHARE, Numbers.ratio(matched, mentees),
                mentees));
        rows.put(MetricNames.ACTIVATION_RATE, row(period, programmeId, name, value, MetricNames.ACTIVATION_RATE,
                Numbers.ratio(met, mentees), mentees));
        rows.put(MetricNames.SATISFACTION_MEAN, new BreakdownRow(period, programmeId, name, value,
                MetricNames.SATISFACTION_MEAN, Numbers.orNull(satisfaction.mean()), satisfaction.n(),
                Numbers.orNull(satisfaction.ciLow()), Numbers.orNull(satisfaction.ciHigh()), false));
        rows.put(MetricNames.RETENTION_12M_MENTEES, row(period, programmeId, name, value,
                MetricNames.RETENTION_12M_MENTEES, ProgressionMetrics.retention(followUps), mentees));
        rows.put(MetricNames.PROMOTION_RATE_MENTEES, row(period, programmeId, name, value,
                MetricNames.PROMOTION_RATE_MENTEES, Numbers.orNull(RateRatio.ratePer100PersonYears(
                        FollowUp.promotions(followUps), FollowUp.personYears(followUps))), mentees));
        return rows;
    }

    private static BreakdownRow row(String period, String programmeId, String name, String value, String metric,
            Double result, long n) {
        return new BreakdownRow(period, programmeId, name, value, metric, result, n, null, null, false);
    }
}
