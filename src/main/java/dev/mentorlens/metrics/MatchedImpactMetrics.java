package dev.mentorlens.metrics;

import static dev.mentorlens.metrics.MetricNames.*;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.mentorlens.metrics.ControlPool.Outcomes;
import dev.mentorlens.stats.MeanInterval;

/**
 * Mentees against similar colleagues who never enrolled (docs/metrics.md, programme health and impact): for each mentee with a
 * full year of follow-up, the colleagues of the same department, job level and tenure band at the
 * mentee's enrolment are its controls, and the mentee's one-year outcome (stayed, promoted) minus
 * the controls' share with that outcome is averaged over the mentees, with a t interval.
 */
final class MatchedImpactMetrics {

    static final int FOLLOW_UP_DAYS = 365;
    private static final double DAYS_PER_YEAR = 365.25;
    private static final double[] TENURE_BAND_STARTS = {1, 3, 5, 10};

    private final ControlPool baseline;
    private final Workforce workforce;
    private final JobLevels levels;
    private final Map<LocalDate, Map<Stratum, Outcomes>> controlsByStart = new HashMap<>();
    private final Map<LocalDate, Outcomes> everyoneByStart = new HashMap<>();

    /** @param enrolledByD everyone with an enrolment on or before D: never a control */
    MatchedImpactMetrics(Workforce workforce, JobLevels levels, Set<String> enrolledByD) {
        this.workforce = workforce;
        this.levels = levels;
        this.baseline = new ControlPool(workforce.outside(enrolledByD), levels);
    }

    /** Department, job level and tenure band of a person on a day. */
    record Stratum(String department, Integer level, int tenureBand) {
    }

    /** The tenure band of a person hired on {@code hired}, on {@code day}: 0 for [0,1) years … 4 for 10 and more. */
    static int tenureBand(LocalDate hired, LocalDate day) {
        return tenureBand(ChronoUnit.DAYS.between(hired, day));
    }

    static int tenureBand(long daysSinceHire) {
        double years = daysSinceHire / DAYS_PER_YEAR;
        int band = 0;
        while (band < TENURE_BAND_STARTS.length && years >= TENURE_BAND_STARTS[band]) {
            band++;
        }
        return band;
    }

    Stratum stratum(Employee e, LocalDate day) {
        return new Stratum(e.department(), levels.levelAt(e.employeeId(), day), tenureBand(e.hireDate(), day));
    }

    /** No termination in {@code (start, start + 365]}, for someone employed at start. */
    static boolean retained(Employee e, LocalDate start) {
        LocalDate end = start.plusDays(FOLLOW_UP_DAYS);
        return e.terminationDate() == null || e.terminationDate().isAfter(end);
    }

    /** At least one promotion dated in {@code (start, start + 365]}. */
    static boolean promoted(Employee e, LocalDate start) {
        LocalDate end = start.plusDays(FOLLOW_UP_DAYS);
        return e.promotions().stream().anyMatch(p -> p.isAfter(start) && !p.isAfter(end));
    }

    private Map<Stratum, Outcomes> controls(LocalDate start) {
        return controlsByStart.computeIfAbsent(start, s -> baseline.strata(s.toEpochDay(), FOLLOW_UP_DAYS));
    }

    List<MetricRow> rows(String period, Programme programme, String cohort, LocalDate d) {
        Estimates estimates = estimates(programme, cohort, d);
        String id = programme.programmeId();
        List<MetricRow> rows = new ArrayList<>();
        rows.add(MetricRow.count(period, id, cohort, MENTEES_WITH_CONTROLS, estimates.retention.count()));
        rows.add(row(period, id, cohort, MATCHED_RETENTION_12M_DIFF, estimates.retention.result()));
        rows.add(row(period, id, cohort, MATCHED_PROMOTION_12M_DIFF, estimates.promotion.result()));
        return rows;
    }

    /**
     * The naive comparison the workbook shows next to the matched estimate: the same mentees against every
     * baseline colleague employed at their enrolment, whatever the department, level or tenure. Named after
     * the metric it sits next to; not a metrics.csv row.
     */
    List<MetricRow> naiveRows(String period, Programme programme, String cohort, LocalDate d) {
        Estimates estimates = estimates(programme, cohort, d);
        String id = programme.programmeId();
        return List.of(row(period, id, cohort, MATCHED_RETENTION_12M_DIFF, estimates.naiveRetention.result()),
                row(period, id, cohort, MATCHED_PROMOTION_12M_DIFF, estimates.naivePromotion.result()));
    }

    /** The differences d_i of one group, against the mentee's stratum and against the whole baseline. */
    private static final class Estimates {
        final MeanInterval.Accumulator retention = MeanInterval.accumulator();
        final MeanInterval.Accumulator promotion = MeanInterval.accumulator();
        final MeanInterval.Accumulator naiveRetention = MeanInterval.accumulator();
        final MeanInterval.Accumulator naivePromotion = MeanInterval.accumulator();
    }

    private Estimates estimates(Programme programme, String cohort, LocalDate d) {
        Estimates estimates = new Estimates();
        ActivationMetrics.mentees(programme, cohort, d).forEach((id, start) -> {
            Employee mentee = workforce.get(id);
            if (mentee == null || start.plusDays(FOLLOW_UP_DAYS).isAfter(d) || !mentee.employedAt(start)) {
                return;
            }
            Outcomes controls = controls(start).get(stratum(mentee, start));
            if (controls == null) {
                return;
            }
            int retained = retained(mentee, start) ? 1 : 0;
            int promoted = promoted(mentee, start) ? 1 : 0;
            estimates.retention.add(retained - (double) controls.retained / controls.people);
            estimates.promotion.add(promoted - (double) controls.promoted / controls.people);
            Outcomes everyone = everyone(start);
            estimates.naiveRetention.add(retained - (double) everyone.retained / everyone.people);
            estimates.naivePromotion.add(promoted - (double) everyone.promoted / everyone.people);
        });
        return estimates;
    }

    /** Every stratum of a start day together: the whole baseline employed on it. */
    private Outcomes everyone(LocalDate start) {
        return everyoneByStart.computeIfAbsent(start, s -> {
            Outcomes all = new Outcomes();
            for (Outcomes o : controls(s).values()) {
                all.people += o.people;
                all.retained += o.retained;
                all.promoted += o.promoted;
            }
            return all;
        });
    }

    private static MetricRow row(String period, String programmeId, String cohort, String metric, MeanInterval mean) {
        return new MetricRow(period, programmeId, cohort, metric, Numbers.orNull(mean.mean()), mean.n(),
                Numbers.orNull(mean.ciLow()), Numbers.orNull(mean.ciHigh()), false);
    }
}
