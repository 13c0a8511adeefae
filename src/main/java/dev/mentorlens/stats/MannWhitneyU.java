package dev.mentorlens.stats;

import java.util.Arrays;
import java.util.Optional;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Two-sided Mann–Whitney U test by the normal approximation with the tie correction of the
 * variance and no continuity correction (R: {@code wilcox.test(x, y, exact = FALSE,
 * correct = FALSE)}). Ties matter here: satisfaction answers are integers 1–5.
 *
 * @param u U of the first sample: pairs (x, y) with x &gt; y, ties counting one half (R's W)
 * @param z (U − n₁n₂/2) / σ with the tie-corrected σ
 * @param pValue two-sided p-value, 2·Φ(−|z|)
 */
public record MannWhitneyU(double u, double z, double pValue) {

	private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution((RandomGenerator) null, 0, 1,
			NormalDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);

	/**
	 * Tests whether x and y come from the same distribution; empty when either sample is empty
	 * or the tie-corrected variance is 0 (every value equal).
	 */
	public static Optional<MannWhitneyU> test(double[] x, double[] y) {
		if (x.length == 0 || y.length == 0) {
			return Optional.empty();
		}
		double[] pooled = new double[x.length + y.length];
		System.arraycopy(x, 0, pooled, 0, x.length);
		System.arraycopy(y, 0, pooled, x.length, y.length);
		for (double value : pooled) {
			if (!Double.isFinite(value)) {
				throw new IllegalArgumentException("Samples must hold finite numbers, got " + value);
			}
		}
		Arrays.sort(pooled);

		double n1 = x.length;
		double n2 = y.length;
		double n = pooled.length;
		double tieSum = 0;
		for (int i = 0; i < pooled.length;) {
			int j = i;
			while (j < pooled.length && pooled[j] == pooled[i]) {
				j++;
			}
			double t = j - i;
			tieSum += t * t * t - t;
			i = j;
		}
		double variance = n1 * n2 / 12 * ((n + 1) - tieSum / (n * (n - 1)));
		if (!(variance > 0)) {
			return Optional.empty();
		}
		double rankSumX = 0;
		for (double value : x) {
			rankSumX += midRank(pooled, value);
		}
		double u = rankSumX - n1 * (n1 + 1) / 2;
		double z = (u - n1 * n2 / 2) / Math.sqrt(variance);
		double pValue = Math.min(1.0, 2 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(z)));
		return Optional.of(new MannWhitneyU(u, z, pValue));
	}

	/** Average of the 1-based ranks that {@code value} occupies in the sorted array. */
	private static double midRank(double[] sorted, double value) {
		int first = lowerBound(sorted, value);
		int end = lowerBound(sorted, Math.nextUp(value));
		return (first + 1 + end) / 2.0;
	}

	private static int lowerBound(double[] sorted, double value) {
		int low = 0;
		int high = sorted.length;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (sorted[mid] < value) {
				low = mid + 1;
			}
			else {
				high = mid;
			}
		}
		return low;
	}

}
