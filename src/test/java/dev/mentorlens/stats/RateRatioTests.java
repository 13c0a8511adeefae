package dev.mentorlens.stats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class RateRatioTests {

	@Test
	void rateRatioMatchesTheWorkedExample() {
		// given 3 promotions in 12.5 person-years against 4 in 50 person-years
		// when
		RateRatio result = RateRatio.of(3, 12.5, 4, 50);

		// then rates 24 and 8 per 100 person-years, RR = 3,
		// CI = exp(ln 3 ± 1.96 * sqrt(1/3 + 1/4)) = exp(1.098612 ± 1.496975) = [0.671419, 13.404454]
		assertThat(result.rateA()).hasValue(24);
		assertThat(result.rateB()).hasValue(8);
		assertThat(result.ratio().getAsDouble()).isCloseTo(3, within(1e-12));
		assertThat(result.ciLow().getAsDouble()).isCloseTo(0.671419, within(1e-6));
		assertThat(result.ciHigh().getAsDouble()).isCloseTo(13.404454, within(1e-6));
	}

	@Test
	void ratioIsEmptyWhenTheBaselineRateIsZero() {
		// given / when
		RateRatio result = RateRatio.of(3, 12.5, 0, 50);

		// then
		assertThat(result.rateB()).hasValue(0);
		assertThat(result.ratio()).isEmpty();
		assertThat(result.ciLow()).isEmpty();
		assertThat(result.ciHigh()).isEmpty();
	}

	@Test
	void ratioIsEmptyWhenTheBaselineHasNoPersonTime() {
		// given / when
		RateRatio result = RateRatio.of(3, 12.5, 0, 0);

		// then
		assertThat(result.rateB()).isEmpty();
		assertThat(result.ratio()).isEmpty();
	}

	@Test
	void ratioIsEmptyWhenTheComparedGroupHasNoPersonTime() {
		// given / when
		RateRatio result = RateRatio.of(0, 0, 4, 50);

		// then
		assertThat(result.rateA()).isEmpty();
		assertThat(result.ratio()).isEmpty();
	}

	@Test
	void ratioIsZeroWithoutIntervalWhenTheComparedGroupHasNoEvents() {
		// given / when
		RateRatio result = RateRatio.of(0, 12.5, 4, 50);

		// then
		assertThat(result.rateA()).hasValue(0);
		assertThat(result.ratio()).hasValue(0);
		assertThat(result.ciLow()).isEmpty();
		assertThat(result.ciHigh()).isEmpty();
	}

	@Test
	void ratePer100PersonYearsIsEmptyWithoutPersonTime() {
		assertThat(RateRatio.ratePer100PersonYears(2, RateRatio.personYears(730.5))).hasValue(100);
		assertThat(RateRatio.ratePer100PersonYears(2, 0)).isEmpty();
	}

	@Test
	void rejectsNegativeCountsAndPersonTime() {
		assertThatIllegalArgumentException().isThrownBy(() -> RateRatio.of(-1, 1, 1, 1))
				.withMessageContaining("-1");
		assertThatIllegalArgumentException().isThrownBy(() -> RateRatio.of(1, 1, 1, -2))
				.withMessageContaining("-2");
	}

}
