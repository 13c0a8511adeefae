package dev.mentorlens.stats;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LogRankTests {

	@Test
	void logRankOnLungBySexMatchesPublishedChiSquare() {
		// given lung cancer patients, men (sex 1) against women (sex 2)
		List<TimeToEvent> men = SurvivalDatasets.lung("1");
		List<TimeToEvent> women = SurvivalDatasets.lung("2");

		// when (R: survdiff(Surv(time, status) ~ sex, lung))
		LogRank result = LogRank.test(men, women).orElseThrow();

		// then
		assertThat(result.chiSquare()).isCloseTo(10.3267, within(1e-3));
		assertThat(result.pValue()).isCloseTo(0.001311, within(1e-5));
		assertThat(result.observedA()).isEqualTo(112);
		assertThat(result.observedB()).isEqualTo(53);
		assertThat(result.expectedA()).isCloseTo(91.58, within(5e-3));
		assertThat(result.expectedB()).isCloseTo(73.42, within(5e-3));
	}

	@Test
	void logRankOnAmlMatchesPublishedChiSquare() {
		// given the AML trial, maintained (group 1) against not maintained (group 2)
		List<TimeToEvent> maintained = SurvivalDatasets.aml("1");
		List<TimeToEvent> notMaintained = SurvivalDatasets.aml("2");

		// when (R: survdiff(Surv(time, status) ~ x, aml))
		LogRank result = LogRank.test(maintained, notMaintained).orElseThrow();

		// then
		assertThat(result.chiSquare()).isCloseTo(3.3964, within(1e-3));
		assertThat(result.pValue()).isCloseTo(0.06534, within(1e-5));
		assertThat(result.observedA()).isEqualTo(7);
		assertThat(result.observedB()).isEqualTo(11);
		assertThat(result.expectedA()).isCloseTo(10.69, within(5e-3));
		assertThat(result.expectedB()).isCloseTo(7.31, within(5e-3));
	}

	@Test
	void swappingTheGroupsGivesTheSameChiSquare() {
		// given
		List<TimeToEvent> maintained = SurvivalDatasets.aml("1");
		List<TimeToEvent> notMaintained = SurvivalDatasets.aml("2");

		// when
		LogRank forward = LogRank.test(maintained, notMaintained).orElseThrow();
		LogRank backward = LogRank.test(notMaintained, maintained).orElseThrow();

		// then
		assertThat(backward.chiSquare()).isCloseTo(forward.chiSquare(), within(1e-9));
		assertThat(backward.expectedA()).isCloseTo(forward.expectedB(), within(1e-9));
	}

	@Test
	void logRankIsEmptyWhenAGroupIsEmpty() {
		// given
		List<TimeToEvent> some = List.of(TimeToEvent.event(5), TimeToEvent.censored(9));

		// when / then
		assertThat(LogRank.test(some, List.of())).isEmpty();
		assertThat(LogRank.test(List.of(), some)).isEmpty();
	}

	@Test
	void logRankIsEmptyWhenThereAreNoEvents() {
		// given everyone censored: no event, so the variance is 0
		List<TimeToEvent> a = List.of(TimeToEvent.censored(5), TimeToEvent.censored(9));
		List<TimeToEvent> b = List.of(TimeToEvent.censored(7));

		// when / then
		assertThat(LogRank.test(a, b)).isEmpty();
	}

	@Test
	void logRankIsEmptyWhenTheOnlyEventsHitEveryoneStillAtRisk() {
		// given the only event time is the last one, and all at risk then die: (n - d) = 0
		List<TimeToEvent> a = List.of(TimeToEvent.censored(1), TimeToEvent.event(10));
		List<TimeToEvent> b = List.of(TimeToEvent.event(10));

		// when / then
		assertThat(LogRank.test(a, b)).isEmpty();
	}

}
