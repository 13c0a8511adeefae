package dev.mentorlens.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.mentorlens.report.Glance.Action;
import dev.mentorlens.report.Glance.Area;
import dev.mentorlens.report.Glance.Change;
import org.junit.jupiter.api.Test;

class GlanceTests {

    private static final Figure HIDDEN = new Figure(null, null, null, null, true);

    @Test
    void judgesEachAreaAgainstItsTargetWithAWatchBand() {
        Map<String, Figure> all = healthy();
        all.put("match_rate", shown(0.65));          // 5 points short of 70%: watch
        all.put("pair_activity_rate", shown(0.30));  // 30 points short of 60%: act
        all.put("active_matches", shown(40));
        all.put("active_pairs", shown(12));

        Glance glance = Glance.of(Map.of("ALL", all), Map.of(), Targets.BUILT_IN, 5);

        assertThat(glance.areas()).extracting(Area::name, a -> a.status().text()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Participation", "watch"),
                org.assertj.core.groups.Tuple.tuple("Engagement", "act"),
                org.assertj.core.groups.Tuple.tuple("Satisfaction", "on track"),
                org.assertj.core.groups.Tuple.tuple("Outcomes", "on track"));
        assertThat(glance.actions()).extracting(Action::text).contains(
                "28 running pairs did not meet this month (pair activity 30%, target ≥ 60%): remind them to book a"
                        + " session.");
    }

    @Test
    void aProgrammesOwnTargetOverridesTheDefaultFieldByField() {
        TargetSettings settings = new TargetSettings(new Targets(null, 0.5, null, null, null, null, null),
                Map.of("peer", new Targets(0.5, null, null, null, null, null, null)));

        assertThat(settings.of("peer").matchRate()).isEqualTo(0.5);
        assertThat(settings.of("peer").pairActivity()).isEqualTo(0.5);
        assertThat(settings.of("peer").satisfaction()).isEqualTo(4.0);
        assertThat(settings.of("career").matchRate()).isEqualTo(0.70);
        Map<String, Figure> all = healthy();
        all.put("match_rate", shown(0.55));
        assertThat(Glance.of(Map.of("ALL", all), Map.of(), settings.of("peer"), 5).areas().get(0).status())
                .isEqualTo(Status.ON_TRACK);
        assertThat(Glance.of(Map.of("ALL", all), Map.of(), settings.of("career"), 5).areas().get(0).status())
                .isEqualTo(Status.ACT);
    }

    @Test
    void theJobDefinitionSetsDefaultsAndAPerProgrammeOverride() {
        TargetSettings site = SiteTargets.load();

        assertThat(site.of("career-mentoring")).isEqualTo(Targets.BUILT_IN);
        assertThat(site.of("peer-coaching").matchRate()).isEqualTo(0.5);
        assertThat(site.of("peer-coaching").pairActivity()).isEqualTo(0.6);
    }

    @Test
    void rejectsATargetWrittenAsAPercentageNamingItsSetting() {
        assertThatThrownBy(() -> new TargetSettings(null,
                Map.of("peer", new Targets(70.0, null, null, null, null, null, null))))
                .hasMessage("mentorlens.targets.programmes.peer.match-rate is 70.0; it is a share between 0 and 1"
                        + " (write 0.70 for 70%).");
    }

    @Test
    void showsNothingDerivedFromASuppressedSatisfaction() {
        Map<String, Map<String, Figure>> figures = new LinkedHashMap<>();
        Map<String, Figure> all = healthy();
        all.put("satisfaction_mean", HIDDEN);
        all.put("response_rate", HIDDEN);
        all.put("respondents", HIDDEN);
        figures.put("ALL", all);
        figures.put("2026-spring", Map.of("satisfaction_mean", HIDDEN, "respondents", HIDDEN));

        Glance glance = Glance.of(figures, Map.of("satisfaction_mean", shown(4.5)), Targets.BUILT_IN, 5);

        Area satisfaction = glance.areas().get(2);
        assertThat(satisfaction.status()).isEqualTo(Status.NOT_SHOWN);
        assertThat(satisfaction.figure()).isEqualTo(Out.suppressed(5));
        assertThat(satisfaction.reading()).doesNotContainPattern("[0-9]\\.[0-9]");
        assertThat(glance.changes()).extracting(Change::metric).doesNotContain("satisfaction_mean");
        assertThat(glance.actions()).extracting(Action::text).contains(
                "Satisfaction of the 2026-spring cohort is suppressed: fewer than 5 respondents. Ask for more"
                        + " answers.");
    }

    @Test
    void listsDormantPairsFirstAmongTheNextSteps() {
        Map<String, Figure> all = healthy();
        all.put("dormant_pairs", shown(12));

        Glance glance = Glance.of(Map.of("ALL", all), Map.of(), Targets.BUILT_IN, 5);

        assertThat(glance.actions().get(0).text())
                .isEqualTo("12 pairs have not met for two cadences: contact them first (see Dormant pairs).");
        // 12 of 40 running matches = 30% dormant, target at most 10% with a 10-point band
        assertThat(glance.areas().get(1).status()).isEqualTo(Status.ACT);
    }

    @Test
    void namesThePairsThatNeedACheckInRightAfterTheDormantOnes() {
        Map<String, Figure> all = healthy();
        all.put("dormant_pairs", shown(1));
        all.put("pairs_needs_check_in", shown(3));

        Glance glance = Glance.of(Map.of("ALL", all), Map.of(), Targets.BUILT_IN, 5);

        assertThat(glance.actions()).extracting(Action::text).startsWith(
                "1 pair has not met for two cadences: contact them first (see Dormant pairs).",
                "3 pairs need a check-in: see Dormant pairs. They met one to two cadences ago and not since:"
                        + " contact them before they go dormant.");
    }

    @Test
    void aPairThatNeedsACheckInIsANextStepEvenWhenNoPairIsDormant() {
        Map<String, Figure> all = healthy();
        all.put("pairs_needs_check_in", shown(1));

        Glance glance = Glance.of(Map.of("ALL", all), Map.of(), Targets.BUILT_IN, 5);

        assertThat(glance.actions().get(0).text()).startsWith("1 pair needs a check-in: see Dormant pairs.");
    }

    @Test
    void picksTheThreeMeasuresThatChangedMostRelativeToLastMonth() {
        Map<String, Figure> now = healthy();
        now.put("sessions_held", shown(30));      // +50%
        now.put("enrolled_mentees", shown(44));   // +10%
        now.put("match_rate", shown(0.9));        // +12.5%
        now.put("respondents", shown(5));         // -75%
        Map<String, Figure> before = Map.of("sessions_held", shown(20), "enrolled_mentees", shown(40),
                "match_rate", shown(0.8), "respondents", shown(20), "satisfaction_mean", HIDDEN);

        List<Change> changes = Glance.changes(now, before);

        assertThat(changes).extracting(Change::metric).containsExactly("respondents", "sessions_held", "match_rate");
    }

    @Test
    void saysNothingNeedsActionWhenEveryAreaIsOnTrack() {
        Glance glance = Glance.of(Map.of("ALL", healthy()), Map.of(), Targets.BUILT_IN, 5);

        assertThat(glance.overall()).isEqualTo(Status.ON_TRACK);
        assertThat(glance.actions()).extracting(Action::text)
                .containsExactly("Nothing needs action this month: every area with data is on track.");
    }

    @Test
    void outcomesWithNoClearDifferenceMeetTheirNotWorseTargetAndSayItIsNoProofOfABenefit() {
        Map<String, Figure> all = healthy();

        Area outcomes = Glance.of(Map.of("ALL", all), Map.of(), Targets.BUILT_IN, 5).areas().get(3);

        assertThat(outcomes.status()).isEqualTo(Status.ON_TRACK);
        assertThat(outcomes.target()).isEqualTo("not worse than baseline");
        assertThat(outcomes.reading()).startsWith("No sign that mentees fare worse than colleagues never enrolled,"
                + " which is the target; no clear benefit either. Promotions: no clear difference (range 0.93–3.33"
                + " includes 1).");

        all.put("promotion_rate_ratio", new Figure(0.8, 300L, 0.5, 1.3, false));
        outcomes = Glance.of(Map.of("ALL", all), Map.of(), Targets.BUILT_IN, 5).areas().get(3);
        assertThat(outcomes.status()).isEqualTo(Status.WATCH);
        assertThat(outcomes.reading()).startsWith("Mentees may fare worse than colleagues never enrolled, though not"
                + " clearly.");

        all.put("promotion_rate_ratio", new Figure(2.1, 300L, 1.3, 3.4, false));
        outcomes = Glance.of(Map.of("ALL", all), Map.of(), Targets.BUILT_IN, 5).areas().get(3);
        assertThat(outcomes.status()).isEqualTo(Status.ON_TRACK);
        assertThat(outcomes.reading()).startsWith("Mentees fare better than colleagues never enrolled. Promotions:"
                + " promoted more often");
    }

    static Map<String, Figure> healthy() {
        Map<String, Figure> all = new LinkedHashMap<>();
        all.put("enrolled_mentees", shown(40));
        all.put("matched_mentees", shown(32));
        all.put("match_rate", shown(0.8));
        all.put("active_matches", shown(40));
        all.put("active_pairs", shown(30));
        all.put("pair_activity_rate", shown(0.75));
        all.put("dormant_pairs", shown(0));
        all.put("respondents", shown(20));
        all.put("response_rate", shown(0.5));
        all.put("satisfaction_mean", new Figure(4.2, 20L, 3.9, 4.5, false));
        all.put("promotion_rate_ratio", new Figure(1.4, 300L, 0.93, 3.33, false));
        all.put("retention_12m_mentees", shown(0.9));
        all.put("retention_12m_baseline", shown(0.88));
        all.put("retention_logrank_p", shown(0.41));
        return all;
    }

    static Figure shown(double value) {
        return new Figure(value, null, null, null, false);
    }
}
