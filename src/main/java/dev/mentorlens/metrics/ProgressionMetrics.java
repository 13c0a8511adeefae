package dev.mentorlens.metrics;

import static dev.mentorlens.metrics.MetricNames.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;

import dev.mentorlens.stats.KaplanMeier;
import dev.mentorlens.stats.LogRank;
import dev.mentorlens.stats.RateRatio;

/** Progression and retention of one group as of D: mentees and mentors against the baseline. */
final class ProgressionMetrics {

    private static final double ONE_YEAR_DAYS = 365;

    private ProgressionMetrics() {
    }

    /**
     * The people with an enrolment in the role with enrolled_on &lt;= D, once, followed from their
     * earliest such enrolment. People missing from the workforce are left out.
     */
    static List<FollowUp> enrolled(List<Enrolment> enrolments, String role, LocalDate d, Workforce workforce) {
        Map<String, LocalDate> earliest = new TreeMap<>();
        for (Enrolment e : enrolments) {
            if (e.role().equals(role) && !e.enrolledOn().isAfter(d)) {
                earliest.merge(e.employeeId(), e.enrolledOn(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        List<FollowUp> people = new ArrayList<>();
        earliest.forEach((id, start) -> {
            Employee employee = workforce.get(id);
            if (employee != null) {
                people.add(FollowUp.of(employee, start, d));
            }
        });
        return people;
    }

    /** The people a group's progression and retention compare; no baseline when the group has no mentees. */
    record Arms(List<FollowUp> mentees, List<FollowUp> mentors, List<FollowUp> baseline, boolean hasBaseline) {
    }

    static Arms arms(List<Enrolment> enrolments, LocalDate d, Workforce workforce, Set<String> enrolledByD) {
        Optional<LocalDate> w0 = enrolments.stream()
                .filter(e -> e.role().equals(Enrolment.MENTEE) && !e.enrolledOn().isAfter(d))
                .map(Enrolment::enrolledOn).min(LocalDate::compareTo);
        return new Arms(enrolled(enrolments, Enrolment.MENTEE, d, workforce),
                enrolled(enrolments, Enrolment.MENTOR, d, workforce),
                w0.map(start -> baseline(start, d, workforce, enrolledByD)).orElse(List.of()), w0.isPresent());
    }

    /** Baseline: never enrolled on or before D, employed at W0, followed from W0. */
    static List<FollowUp> baseline(LocalDate w0, LocalDate d, Workforce workforce, Set<String> enrolledByD) {
        List<FollowUp> people = new ArrayList<>();
        for (Employee e : workforce.outside(enrolledByD)) {
            if (e.employedAt(w0)) {
                people.add(FollowUp.of(e, w0, d));
            }
        }
        return people;
    }

    static List<MetricRow> of(String period, Programme programme, String cohort, LocalDate d, Workforce workforce,
            Set<String> enrolledByD) {
        String id = programme.programmeId();
        Arms arms = arms(programme.enrolmentsOf(cohort), d, workforce, enrolledByD);
        List<FollowUp> mentees = arms.mentees();
        List<FollowUp> mentors = arms.mentors();
        List<FollowUp> baseline = arms.baseline();
        boolean hasBaseline = arms.hasBaseline();

        long a = FollowUp.promotions(mentees);
        double pyA = FollowUp.personYears(mentees);
        long b = FollowUp.promotions(baseline);
        double pyB = FollowUp.personYears(baseline);
        RateRatio ratio = RateRatio.of(a, pyA, b, pyB);
        long both = mentees.size() + baseline.size();

        List<MetricRow> rows = new ArrayList<>();
        rows.add(MetricRow.of(period, id, cohort, PROMOTION_RATE_MENTEES,
                Numbers.orNull(RateRatio.ratePer100PersonYears(a, pyA)), mentees.size()));
        rows.add(MetricRow.of(period, id, cohort, PROMOTION_RATE_BASELINE,
                hasBaseline ? Numbers.orNull(RateRatio.ratePer100PersonYears(b, pyB)) : null, baseline.size()));
        rows.add(new MetricRow(period, id, cohort, PROMOTION_RATE_RATIO,
                hasBaseline ? Numbers.orNull(ratio.ratio()) : null, both,
                hasBaseline ? Numbers.orNull(ratio.ciLow()) : null,
                hasBaseline ? Numbers.orNull(ratio.ciHigh()) : null, false));
        rows.add(MetricRow.of(period, id, cohort, RETENTION_12M_MENTEES, retention(mentees), mentees.size()));
        rows.add(MetricRow.of(period, id, cohort, RETENTION_12M_MENTORS, retention(mentors), mentors.size()));
        rows.add(MetricRow.of(period, id, cohort, RETENTION_12M_BASELINE,
                hasBaseline ? retention(baseline) : null, baseline.size()));
        rows.add(MetricRow.of(period, id, cohort, RETENTION_LOGRANK_P, logRankP(mentees, baseline), both));
        long voluntary = mentees.stream().filter(FollowUp::voluntaryExit).count();
        rows.add(MetricRow.of(period, id, cohort, VOLUNTARY_ATTRITION_RATE,
                Numbers.orNull(RateRatio.ratePer100PersonYears(voluntary, pyA)), mentees.size()));
        return rows;
    }

    static Double retention(List<FollowUp> people) {
        OptionalDouble s = KaplanMeier.estimate(FollowUp.times(people)).observedSurvivalAt(ONE_YEAR_DAYS);
        return Numbers.orNull(s);
    }

    static Double logRankP(List<FollowUp> groupA, List<FollowUp> groupB) {
        return LogRank.test(FollowUp.times(groupA), FollowUp.times(groupB)).map(LogRank::pValue).orElse(null);
    }
}
