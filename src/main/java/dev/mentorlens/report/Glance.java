package dev.mentorlens.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The "At a glance" reading of one programme: a status per area against its targets, the measures that
 * changed most since last month, and what to do next. Built only from shown figures: a suppressed figure
 * gives "not shown" and no number, status or sentence derived from it.
 */
record Glance(List<Area> areas, List<Change> changes, List<Action> actions, String promotion,
        Status promotionStatus, String retention, Status retentionStatus) {

    static final String PARTICIPATION = "Participation";
    static final String ENGAGEMENT = "Engagement";
    static final String SATISFACTION = "Satisfaction";
    static final String OUTCOMES = "Outcomes";
    /** The outcomes' target as docs/targets.md sets it: no fixed number, no worse than the baseline. */
    static final String OUTCOMES_TARGET = "not worse than baseline";

    /** An area's status, its lead figure and target, and one sentence saying what was seen. */
    record Area(String name, Status status, Out figure, String target, String reading) {
    }

    /** A measure that moved since last month. */
    record Change(String metric, Figure now, Figure before) {
    }

    /** A next step and the area it belongs to. */
    record Action(String area, String text) {
    }

    /** Measures eligible for "changed most": the Summary's, without the ratio (shown as a verdict). */
    static final List<String> CHANGE_METRICS = SummarySheet.KEY_METRICS.stream()
            .filter(m -> !m.equals("promotion_rate_ratio")).toList();

    private static final int CHANGES = 3;

    /**
     * @param figures this month's figures per cohort, ALL first
     * @param lastMonth last month's figures of ALL
     */
    static Glance of(Map<String, Map<String, Figure>> figures, Map<String, Figure> lastMonth, Targets targets,
            int k) {
        return of(figures, lastMonth, targets, k, ProgrammeFormat.PAIRS);
    }

    /** @param format the programme's format, whose words the readings and next steps use */
    static Glance of(Map<String, Map<String, Figure>> figures, Map<String, Figure> lastMonth, Targets targets,
            int k, ProgrammeFormat format) {
        Map<String, Figure> all = figures.getOrDefault(ProgrammeData.ALL, Map.of());
        Reader r = new Reader(all, targets, k, format);
        List<Area> areas = List.of(r.participation(), r.engagement(), r.satisfaction(), r.outcomes());
        List<Action> actions = new ArrayList<>(r.actions);
        figures.forEach((cohort, cohortFigures) -> {
            Figure mean = cohortFigures.get("satisfaction_mean");
            if (mean != null && mean.suppressed()) {
                String group = ProgrammeData.ALL.equals(cohort) ? "the whole programme"
                        : "the " + cohort + " cohort";
                actions.add(new Action(SATISFACTION, "Satisfaction of " + group + " is suppressed: fewer than " + k
                        + " respondents. Ask for more answers."));
            }
        });
        // the steps of the areas in the worst state first; within an area, in the order found
        Map<String, Status> statusOf = new java.util.HashMap<>();
        areas.forEach(area -> statusOf.put(area.name(), area.status()));
        actions.sort(Comparator.comparingInt(action -> statusOf.getOrDefault(action.area(), Status.TOO_EARLY)
                .ordinal()));
        if (actions.isEmpty()) {
            actions.add(new Action("", "Nothing needs action this month: every area with data is on track."));
        }
        Figure ratio = all.get("promotion_rate_ratio");
        Figure mentees = all.get("retention_12m_mentees");
        Figure baseline = all.get("retention_12m_baseline");
        Figure logRank = all.get("retention_logrank_p");
        return new Glance(areas, changes(all, lastMonth), actions, Verdicts.promotion(ratio, k),
                Verdicts.promotionStatus(ratio),
                Verdicts.retention(mentees, baseline, logRank, k),
                Verdicts.retentionStatus(mentees, baseline, logRank, targets.shareBand()));
    }

    /** The worst status of any area, for a one-word reading of the programme. */
    Status overall() {
        return areas.stream().map(Area::status).reduce(Status.TOO_EARLY, Status::worst);
    }

    /** The measures with the largest relative change, both months shown, largest first. */
    static List<Change> changes(Map<String, Figure> now, Map<String, Figure> before) {
        List<Change> changes = new ArrayList<>();
        for (String metric : CHANGE_METRICS) {
            Double a = shown(now.get(metric));
            Double b = shown(before.get(metric));
            if (a != null && b != null && Math.abs(a - b) > 1e-9) {
                changes.add(new Change(metric, now.get(metric), before.get(metric)));
            }
        }
        changes.sort(Comparator.comparingDouble(Glance::relativeChange).reversed()
                .thenComparing(c -> CHANGE_METRICS.indexOf(c.metric())));
        return List.copyOf(changes.subList(0, Math.min(CHANGES, changes.size())));
    }

    /** The positions of the {@code n} largest relative changes of a list, largest first. */
    static List<Integer> largest(List<Change> changes, int n) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> relativeChange(changes.get(i))).reversed());
        return List.copyOf(order.subList(0, Math.min(n, order.size())));
    }

    static double relativeChange(Change change) {
        double a = change.now().value();
        double b = change.before().value();
        // symmetric, so that a count rising from 0 ranks as a full change, not an infinite one
        return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
    }

    static Double shown(Figure figure) {
        return figure == null || figure.suppressed() ? null : figure.value();
    }

    /** Reads the areas of one programme and collects the actions they call for. */
    private static final class Reader {

        private final Map<String, Figure> all;
        private final Targets targets;
        private final int k;
        private final ProgrammeFormat format;
        final List<Action> actions = new ArrayList<>();

        Reader(Map<String, Figure> all, Targets targets, int k, ProgrammeFormat format) {
            this.all = all;
            this.targets = targets;
            this.k = k;
            this.format = format;
        }

        Area participation() {
            Double rate = shown(all.get("match_rate"));
            String target = "≥ " + percent(targets.matchRate());
            String people = format.people();
            if (rate == null) {
                return new Area(PARTICIPATION, Status.TOO_EARLY, Out.label(Verdicts.NO_DATA), target,
                        "No enrolled " + people + " at the end of the month.");
            }
            Status status = Status.atLeast(rate, targets.matchRate(), targets.shareBand());
            String rateLabel = format.measure("match_rate").label();
            String reading = rateLabel + " " + percent(rate) + ": share of enrolled " + people + " with "
                    + format.placed() + ".";
            Double enrolled = shown(all.get("enrolled_mentees"));
            Double matched = shown(all.get("matched_mentees"));
            if (enrolled != null && matched != null && enrolled > matched) {
                long unmatched = Math.round(enrolled - matched);
                String without = "no " + format.placed().replaceFirst("^an? ", "");
                reading = String.format(Locale.ROOT, "%s %s: %,d of %,d enrolled %s %s %s.", rateLabel,
                        percent(rate), unmatched, Math.round(enrolled), people, unmatched == 1 ? "has" : "have",
                        without);
                if (status != Status.ON_TRACK) {
                    actions.add(new Action(PARTICIPATION, String.format(Locale.ROOT, "%,d enrolled %s %s %s (%s %s,"
                            + " target %s): %s.", unmatched, people, unmatched == 1 ? "has" : "have", without,
                            rateLabel.toLowerCase(Locale.ROOT), percent(rate), target, format.unplacedAction())));
                }
            }
            return new Area(PARTICIPATION, status, Out.number(rate, Fmt.PERCENT), target, reading);
        }

        Area engagement() {
            String target = "≥ " + percent(targets.pairActivity());
            Double activity = shown(all.get("pair_activity_rate"));
            Double matches = shown(all.get("active_matches"));
            Double active = shown(all.get("active_pairs"));
            Double dormant = shown(all.get("dormant_pairs"));
            if (dormant != null && dormant > 0) {
                long count = Math.round(dormant);
                actions.add(0, new Action(ENGAGEMENT, String.format(Locale.ROOT, "%,d %s not met for two cadences:"
                        + " contact them first (see Dormant pairs).", count, format.units(count)
                        + (count == 1 ? " has" : " have"))));
            }
            Double checkIn = shown(all.get("pairs_needs_check_in"));
            if (checkIn != null && checkIn > 0) {
                long count = Math.round(checkIn);
                actions.add(dormant != null && dormant > 0 ? 1 : 0, new Action(ENGAGEMENT, String.format(Locale.ROOT,
                        "%,d %s a check-in: see Dormant pairs. They met one to two cadences ago and not since:"
                                + " contact them before they go dormant.", count,
                        count == 1 ? "pair needs" : "pairs need")));
            }
            if (activity == null) {
                return new Area(ENGAGEMENT, Status.TOO_EARLY, Out.label(Verdicts.NO_DATA), target,
                        "No running " + format.units(0) + " at the end of the month.");
            }
            Status status = Status.atLeast(activity, targets.pairActivity(), targets.shareBand());
            String activityLabel = format.measure("pair_activity_rate").label();
            StringBuilder reading = new StringBuilder(activityLabel + " " + percent(activity));
            if (matches != null && active != null) {
                reading.append(String.format(Locale.ROOT, ": %,d of %,d running %s met this month",
                        Math.round(active), Math.round(matches), format.units(Math.round(matches))));
                if (status != Status.ON_TRACK) {
                    long quiet = Math.round(matches - active);
                    actions.add(new Action(ENGAGEMENT, String.format(Locale.ROOT, "%,d running %s did not meet this"
                            + " month (%s %s, target %s): remind them to book a session.", quiet, format.units(quiet),
                            activityLabel.toLowerCase(Locale.ROOT), percent(activity), target)));
                }
            }
            if (dormant != null && matches != null && matches > 0) {
                double share = dormant / matches;
                Status dormantStatus = Status.atMost(share, targets.dormantShare(), targets.shareBand());
                status = status.worst(dormantStatus);
                reading.append(String.format(Locale.ROOT, "; %,d dormant (%s of running %s, target ≤ %s)",
                        Math.round(dormant), percent(share), format.units(2), percent(targets.dormantShare())));
            }
            return new Area(ENGAGEMENT, status, Out.number(activity, Fmt.PERCENT), target, reading + ".");
        }

        Area satisfaction() {
            String target = "≥ " + String.format(Locale.ROOT, "%.1f", targets.satisfaction());
            Figure meanFigure = all.get("satisfaction_mean");
            Figure rateFigure = all.get("response_rate");
            if (meanFigure != null && meanFigure.suppressed()) {
                return new Area(SATISFACTION, Status.NOT_SHOWN, Out.suppressed(k), target,
                        "Not shown: fewer than " + k + " people answered, too few to keep their answers anonymous.");
            }
            Double mean = shown(meanFigure);
            Double rate = shown(rateFigure);
            if (mean == null) {
                return new Area(SATISFACTION, Status.TOO_EARLY, Out.label(Verdicts.NO_DATA), target,
                        "Nobody answered the survey in its window.");
            }
            Status status = Status.atLeast(mean, targets.satisfaction(), targets.satisfactionBand());
            StringBuilder reading = new StringBuilder(String.format(Locale.ROOT, "Average satisfaction %.2f of 5",
                    mean));
            if (meanFigure.ciLow() != null && meanFigure.ciHigh() != null) {
                reading.append(String.format(Locale.ROOT, " (range %.2f–%.2f)", meanFigure.ciLow(),
                        meanFigure.ciHigh()));
            }
            if (status != Status.ON_TRACK) {
                actions.add(new Action(SATISFACTION, String.format(Locale.ROOT, "Satisfaction %.2f is below the"
                        + " target %.1f: read what people say on the Satisfaction sheet and talk to the pairs.", mean,
                        targets.satisfaction())));
            }
            if (rate != null) {
                Status rateStatus = Status.atLeast(rate, targets.responseRate(), targets.shareBand());
                status = status.worst(rateStatus);
                reading.append("; response rate ").append(percent(rate)).append(" (target ≥ ")
                        .append(percent(targets.responseRate())).append(")");
                if (rateStatus != Status.ON_TRACK) {
                    actions.add(new Action(SATISFACTION, "Response rate " + percent(rate) + " is below the target "
                            + percent(targets.responseRate()) + ": remind mentors and mentees to answer the survey."));
                }
            }
            return new Area(SATISFACTION, status, Out.number(mean, Fmt.SCORE), target, reading + ".");
        }

        /**
         * The outcomes against their target, "not worse than the baseline" (docs/targets.md): on track means no
         * sign that mentees fare worse, which the reading says in so many words unless they clearly fare better.
         */
        Area outcomes() {
            Figure ratio = all.get("promotion_rate_ratio");
            Figure mentees = all.get("retention_12m_mentees");
            Figure baseline = all.get("retention_12m_baseline");
            Figure logRank = all.get("retention_logrank_p");
            Status status = Verdicts.retentionStatus(mentees, baseline, logRank, targets.shareBand());
            boolean better = Verdicts.retainedBetter(mentees, baseline, logRank);
            String promotions = Verdicts.promotion(ratio, k);
            String retained = Verdicts.retention(mentees, baseline, logRank, k);
            String detail;
            if (format.promotionIsAnAim()) {
                status = Verdicts.promotionStatus(ratio).worst(status);
                better |= Verdicts.promotedMoreOften(ratio);
                detail = "Promotions: " + promotions + ". Retention: " + retained + ".";
            } else {
                // reverse mentoring does not aim at promoting its senior mentees: their promotions only inform
                detail = "Retention: " + retained + ". Promotions of the senior mentees (not an aim of reverse"
                        + " mentoring): " + promotions + ".";
            }
            if (status == Status.ACT) {
                actions.add(new Action(OUTCOMES, "Mentees do clearly worse than colleagues never enrolled (see"
                        + " Progression & Retention): review the programme with its owner."));
            }
            return new Area(OUTCOMES, status, Out.label(""), OUTCOMES_TARGET,
                    Verdicts.outcomesLead(status, better) + detail);
        }
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100 + 0.0).replace(".0%", "%");
    }
}
