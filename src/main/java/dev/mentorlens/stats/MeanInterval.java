package dev.mentorlens.stats;

import java.util.OptionalDouble;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Mean of a sample with its 95% t confidence interval, mean ± t(0.975, n-1)·s/√n, s the sample
 * standard deviation.
 *
 * @param n number of values
 * @param mean the mean; empty when {@code n = 0}
 * @param standardDeviation sample standard deviation (n-1 denominator); empty when {@code n < 2}
 * @param ciLow lower bound of the interval; empty when {@code n < 2}
 * @param ciHigh upper bound of the interval; empty when {@code n < 2}
 */
public record MeanInterval(long n, OptionalDouble mean, OptionalDouble standardDeviation,
		OptionalDouble ciLow, OptionalDouble ciHigh) {

	/** The interval of the given values. */
	public static MeanInterval of(double... values) {
		Accumulator accumulator = new Accumulator();
		for (double value : values) {
			accumulator.add(value);
		}
		return accumulator.result();
	}

	/** The interval of the given values. */
	public static MeanInterval of(Iterable<? extends Number> values) {
		Accumulator accumulator = new Accumulator();
		for (Number value : values) {
			accumulator.add(value.doubleValue());
		}
		return accumulator.result();
	}

	/** A new, empty accumulator for values that arrive one at a time. */
	public static Accumulator accumulator() {
		return new Accumulator();
	}

	/**
	 * Running mean and sum of squared deviations (Welford's update), so a stream of values
	 * never needs to be held in memory and large means do not cancel out. Not thread-safe.
	 */
	public static final class Accumulator {

		private long n;

		private double mean;

		private double sumSquaredDeviations;

		/** Adds one value; it must be finite. */
		public Accumulator add(double value) {
			if (!Double.isFinite(value)) {
				throw new IllegalArgumentException("Values must be finite numbers, got " + value);
			}
			this.n++;
			double delta = value - this.mean;
			this.mean += delta / this.n;
			this.sumSquaredDeviations += delta * (value - this.mean);
			return this;
		}

		/** Number of values added so far. */
		public long count() {
			return this.n;
		}

		/** The interval of the values added so far. */
		public MeanInterval result() {
			if (this.n == 0) {
				return new MeanInterval(0, OptionalDouble.empty(), OptionalDouble.empty(),
						OptionalDouble.empty(), OptionalDouble.empty());
			}
			if (this.n == 1) {
				return new MeanInterval(1, OptionalDouble.of(this.mean), OptionalDouble.empty(),
						OptionalDouble.empty(), OptionalDouble.empty());
			}
			double s = Math.sqrt(Math.max(0, this.sumSquaredDeviations) / (this.n - 1));
			double t = new TDistribution((RandomGenerator) null, this.n - 1).inverseCumulativeProbability(0.975);
			double halfWidth = t * s / Math.sqrt(this.n);
			return new MeanInterval(this.n, OptionalDouble.of(this.mean), OptionalDouble.of(s),
					OptionalDouble.of(this.mean - halfWidth), OptionalDouble.of(this.mean + halfWidth));
		}

	}

}
