package dev.mentorlens.stats;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class KaplanMeierTests {

	@Test
	void kaplanMeierOnLungMatchesPublishedSurvival() {
		// given all 228 lung cancer patients (R survival: survfit(Surv(time, status) ~ 1, lung))
		List<TimeToEvent> lung = SurvivalDatasets.lung(null);

		// when
		KaplanMeier km = KaplanMeier.estimate(lung);

		// then
		assertThat(km.subjects()).isEqualTo(228);
		assertThat(km.survivalAt(180)).isCloseTo(0.7217, within(1e-4));
		assertThat(km.survivalAt(365)).isCloseTo(0.4092, within(1e-4));
		assertThat(km.survivalAt(730)).isCloseTo(0.1157, within(1e-4));
		assertThat(km.longestTime()).hasValue(1022);
	}

	@Test
	void kaplanMeierOnAmlMaintainedMatchesPublishedSteps() {
		// given the maintained arm of the AML trial (R survival: aml, x == "Maintained")
		List<TimeToEvent> maintained = SurvivalDatasets.aml("1");

		// when
		KaplanMeier km = KaplanMeier.estimate(maintained);

		// then the event times carry the published survival; censor-only times keep it unchanged
		Map<Double, Double> eventSteps = km.steps().stream().filter((step) -> step.events() > 0)
				.collect(Collectors.toMap(KaplanMeier.Step::time, KaplanMeier.Step::survival));
		assertThat(eventSteps).containsOnlyKeys(9.0, 13.0, 18.0, 23.0, 31.0, 34.0, 48.0);
		assertThat(eventSteps.get(9.0)).isCloseTo(0.909, within(1e-3));
		assertThat(eventSteps.get(13.0)).isCloseTo(0.818, within(1e-3));
		assertThat(eventSteps.get(18.0)).isCloseTo(0.716, within(1e-3));
		assertThat(eventSteps.get(23.0)).isCloseTo(0.614, within(1e-3));
		assertThat(eventSteps.get(31.0)).isCloseTo(0.491, within(1e-3));
		assertThat(eventSteps.get(34.0)).isCloseTo(0.368, within(1e-3));
		assertThat(eventSteps.get(48.0)).isCloseTo(0.184, within(1e-3));
		KaplanMeier.Step first = km.steps().get(0);
		assertThat(first.atRisk()).isEqualTo(11);
		assertThat(first.events()).isEqualTo(1);
		assertThat(first.survival()).isCloseTo(10.0 / 11, within(1e-12));
		assertThat(km.survivalAt(161)).isCloseTo(0.184, within(1e-3));
		assertThat(km.longestTime()).hasValue(161);
	}

	@Test
	void survivalIsRightContinuousAndIncludesEventsAtTheQueriedTime() {
		// given
		KaplanMeier km = KaplanMeier.estimate(List.of(TimeToEvent.event(365), TimeToEvent.censored(400)));

		// when / then
		assertThat(km.survivalAt(364.999)).isEqualTo(1.0);
		assertThat(km.survivalAt(365)).isEqualTo(0.5);
		assertThat(km.survivalAt(1000)).isEqualTo(0.5);
	}

	@Test
	void subjectsCensoredAtAnEventTimeAreStillAtRiskThen() {
		// given 4 subjects: at day 10 one event and one censoring, then one event at 20
		List<TimeToEvent> subjects = List.of(TimeToEvent.event(10), TimeToEvent.censored(10),
				TimeToEvent.event(20), TimeToEvent.censored(30));

		// when
		KaplanMeier km = KaplanMeier.estimate(subjects);

		// then S(10) = 1 - 1/4 (both day-10 subjects at risk), S(20) = 3/4 * (1 - 1/2)
		assertThat(km.steps()).containsExactly(new KaplanMeier.Step(10, 0.75, 4, 1, 1),
				new KaplanMeier.Step(20, 0.375, 2, 1, 0), new KaplanMeier.Step(30, 0.375, 1, 0, 1));
	}

	@Test
	void observedSurvivalIsEmptyWhenNobodyWasFollowedThatLong() {
		// given a longest follow-up of 364 days
		KaplanMeier km = KaplanMeier.estimate(List.of(TimeToEvent.event(100), TimeToEvent.censored(364)));

		// when / then
		assertThat(km.observedSurvivalAt(365)).isEmpty();
		assertThat(km.observedSurvivalAt(364)).hasValue(0.5);
	}

	@Test
	void emptyInputHasNoStepsNoLongestTimeAndNoObservedSurvival() {
		// given / when
		KaplanMeier km = KaplanMeier.estimate(List.of());

		// then
		assertThat(km.steps()).isEmpty();
		assertThat(km.longestTime()).isEmpty();
		assertThat(km.observedSurvivalAt(0)).isEmpty();
		assertThat(km.survivalAt(10)).isEqualTo(1.0);
	}

}
