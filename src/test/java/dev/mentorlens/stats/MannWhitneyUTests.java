package dev.mentorlens.stats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MannWhitneyUTests {

	@Test
	void mannWhitneyWithTiesMatchesTheTieCorrectedNormalApproximation() {
		// given x = {1,2,2,3,4}, y = {3,4,4,5,5}; pooled ranks: 1 -> 1, 2 -> 2.5, 3 -> 4.5, 4 -> 7, 5 -> 9.5
		double[] x = { 1, 2, 2, 3, 4 };
		double[] y = { 3, 4, 4, 5, 5 };

		// when
		MannWhitneyU result = MannWhitneyU.test(x, y).orElseThrow();

		// then R1 = 1 + 2.5 + 2.5 + 4.5 + 7 = 17.5, U = R1 - 5*6/2 = 2.5, mean U = 5*5/2 = 12.5;
		// ties of sizes 2, 2, 3, 2 give sum(t^3 - t) = 6 + 6 + 24 + 6 = 42, N = 10, so
		// var = 5*5/12 * (11 - 42/90) = 21.944444, z = (2.5 - 12.5) / 4.684490 = -2.134704,
		// p = 2 * Phi(-2.134704) = 0.032785 (R: wilcox.test(x, y, exact = FALSE, correct = FALSE),
		// W = 2.5; scipy mannwhitneyu(x, y, use_continuity=False, method="asymptotic") agrees)
		assertThat(result.u()).isEqualTo(2.5);
		assertThat(result.z()).isCloseTo(-2.134704, within(1e-6));
		assertThat(result.pValue()).isCloseTo(0.0327852, within(1e-7));
	}

	@Test
	void mannWhitneyWithoutTiesMatchesTheNormalApproximation() {
		// given x entirely below y: U = 0, var = 3*4*(3+4+1)/12 = 8, z = (0 - 6)/sqrt(8) = -2.121320
		double[] x = { 1, 2, 3 };
		double[] y = { 4, 5, 6, 7 };

		// when
		MannWhitneyU result = MannWhitneyU.test(x, y).orElseThrow();

		// then p = 2 * Phi(-2.121320) = 0.033895
		assertThat(result.u()).isEqualTo(0);
		assertThat(result.pValue()).isCloseTo(0.0338949, within(1e-7));
	}

	@Test
	void swappingTheSamplesGivesTheSamePValue() {
		// given
		double[] x = { 1, 2, 2, 3, 4 };
		double[] y = { 3, 4, 4, 5, 5 };

		// when
		MannWhitneyU forward = MannWhitneyU.test(x, y).orElseThrow();
		MannWhitneyU backward = MannWhitneyU.test(y, x).orElseThrow();

		// then U of y = n1*n2 - U of x, same |z|, same p
		assertThat(backward.u()).isEqualTo(25 - forward.u());
		assertThat(backward.z()).isCloseTo(-forward.z(), within(1e-12));
		assertThat(backward.pValue()).isCloseTo(forward.pValue(), within(1e-12));
	}

	@Test
	void identicalSamplesGiveAPValueOfOne() {
		// given
		double[] x = { 1, 3, 5 };
		double[] y = { 5, 3, 1 };

		// when
		MannWhitneyU result = MannWhitneyU.test(x, y).orElseThrow();

		// then
		assertThat(result.z()).isEqualTo(0);
		assertThat(result.pValue()).isEqualTo(1.0);
	}

	@Test
	void mannWhitneyIsEmptyWhenEveryValueIsTied() {
		// given every answer is 4: sum(t^3 - t) = N^3 - N, so the tie-corrected variance is 0
		double[] x = { 4, 4, 4 };
		double[] y = { 4, 4 };

		// when / then
		assertThat(MannWhitneyU.test(x, y)).isEmpty();
	}

	@Test
	void mannWhitneyIsEmptyWhenASampleIsEmpty() {
		// given
		double[] some = { 1, 2, 3 };

		// when / then
		assertThat(MannWhitneyU.test(some, new double[0])).isEmpty();
		assertThat(MannWhitneyU.test(new double[0], some)).isEmpty();
	}

}
