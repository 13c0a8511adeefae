package dev.mentorlens.stats;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class MeanIntervalTests {

	@Test
	void tIntervalOfFiveAnswersMatchesTheWorkedExample() {
		// given satisfaction answers 3, 4, 4, 5, 5
		double[] answers = { 3, 4, 4, 5, 5 };

		// when
		MeanInterval interval = MeanInterval.of(answers);

		// then mean = 4.2, s = sqrt(2.8 / 4) = 0.836660, t(0.975, 4) = 2.776445,
		// half-width = 2.776445 * 0.836660 / sqrt(5) = 1.038851
		assertThat(interval.n()).isEqualTo(5);
		assertThat(interval.mean().getAsDouble()).isCloseTo(4.2, within(1e-12));
		assertThat(interval.standardDeviation().getAsDouble()).isCloseTo(0.836660, within(1e-6));
		assertThat(interval.ciLow().getAsDouble()).isCloseTo(3.161149, within(1e-6));
		assertThat(interval.ciHigh().getAsDouble()).isCloseTo(5.238851, within(1e-6));
	}

	@Test
	void accumulatingOneValueAtATimeGivesTheSameInterval() {
		// given
		MeanInterval.Accumulator accumulator = MeanInterval.accumulator();

		// when
		for (double answer : new double[] { 3, 4, 4, 5, 5 }) {
			accumulator.add(answer);
		}

		// then
		MeanInterval streamed = accumulator.result();
		assertThat(accumulator.count()).isEqualTo(5);
		assertThat(streamed.ciLow().getAsDouble()).isCloseTo(3.161149, within(1e-6));
		assertThat(MeanInterval.of(List.of(3, 4, 4, 5, 5)).ciHigh().getAsDouble())
				.isCloseTo(5.238851, within(1e-6));
	}

	@Test
	void standardDeviationStaysExactForValuesFarFromZero() {
		// given 1e9 + {1..5}: a naive sum of squares would lose every digit of the spread
		double[] values = { 1e9 + 1, 1e9 + 2, 1e9 + 3, 1e9 + 4, 1e9 + 5 };

		// when
		MeanInterval interval = MeanInterval.of(values);

		// then s = sqrt(2.5)
		assertThat(interval.standardDeviation().getAsDouble()).isCloseTo(Math.sqrt(2.5), within(1e-9));
	}

	@Test
	void singleValueHasAMeanButNoInterval() {
		// given / when
		MeanInterval interval = MeanInterval.of(4);

		// then
		assertThat(interval.mean()).hasValue(4);
		assertThat(interval.standardDeviation()).isEmpty();
		assertThat(interval.ciLow()).isEmpty();
		assertThat(interval.ciHigh()).isEmpty();
	}

	@Test
	void identicalValuesGiveTheDegenerateIntervalAtTheMean() {
		// given / when
		MeanInterval interval = MeanInterval.of(0.1, 0.1, 0.1, 0.1);

		// then s = 0, so [mean, mean]
		assertThat(interval.standardDeviation()).hasValue(0);
		assertThat(interval.ciLow()).hasValue(0.1);
		assertThat(interval.ciHigh()).hasValue(0.1);
	}

	@Test
	void noValuesGiveNoMean() {
		// given / when
		MeanInterval interval = MeanInterval.of();

		// then
		assertThat(interval.n()).isZero();
		assertThat(interval.mean()).isEmpty();
		assertThat(interval.ciLow()).isEmpty();
	}

	@Test
	void rejectsValuesThatAreNotFinite() {
		assertThatIllegalArgumentException().isThrownBy(() -> MeanInterval.of(1, Double.NaN))
				.withMessageContaining("NaN");
	}

}
