package dev.mentorlens.stats;

import java.util.OptionalDouble;

/**
 * Ratio of two event rates per 100 person-years, group A over baseline group B, with the 95%
 * interval exp(ln RR ± 1.96·√(1/a + 1/b)), a and b the event counts.
 *
 * @param rateA events of A per 100 person-years; empty when A has no person-time
 * @param rateB events of B per 100 person-years; empty when B has no person-time
 * @param ratio rateA / rateB; empty when either rate is empty or rateB is 0, and 0 when a = 0
 * @param ciLow lower bound of the interval; empty when the ratio is empty or a count is 0
 * @param ciHigh upper bound of the interval; empty when the ratio is empty or a count is 0
 */
public record RateRatio(OptionalDouble rateA, OptionalDouble rateB, OptionalDouble ratio,
		OptionalDouble ciLow, OptionalDouble ciHigh) {

	/** Days in a person-year. */
	public static final double DAYS_PER_YEAR = 365.25;

	private static final double Z_975 = 1.96;

	/**
	 * Compares {@code eventsA} over {@code personYearsA} with {@code eventsB} over
	 * {@code personYearsB}; counts and person-years must be {@code >= 0}.
	 */
	public static RateRatio of(long eventsA, double personYearsA, long eventsB, double personYearsB) {
		OptionalDouble rateA = ratePer100PersonYears(eventsA, personYearsA);
		OptionalDouble rateB = ratePer100PersonYears(eventsB, personYearsB);
		OptionalDouble none = OptionalDouble.empty();
		if (rateA.isEmpty() || rateB.isEmpty() || rateB.getAsDouble() == 0) {
			return new RateRatio(rateA, rateB, none, none, none);
		}
		double ratio = rateA.getAsDouble() / rateB.getAsDouble();
		if (eventsA == 0) {
			return new RateRatio(rateA, rateB, OptionalDouble.of(0), none, none);
		}
		double halfWidth = Z_975 * Math.sqrt(1.0 / eventsA + 1.0 / eventsB);
		return new RateRatio(rateA, rateB, OptionalDouble.of(ratio),
				OptionalDouble.of(Math.exp(Math.log(ratio) - halfWidth)),
				OptionalDouble.of(Math.exp(Math.log(ratio) + halfWidth)));
	}

	/** Events per 100 person-years; empty when there is no person-time. */
	public static OptionalDouble ratePer100PersonYears(long events, double personYears) {
		if (events < 0) {
			throw new IllegalArgumentException("Event count must be >= 0, got " + events);
		}
		if (!Double.isFinite(personYears) || personYears < 0) {
			throw new IllegalArgumentException("Person-years must be a finite number >= 0, got " + personYears);
		}
		return (personYears == 0) ? OptionalDouble.empty() : OptionalDouble.of(100.0 * events / personYears);
	}

	/** Person-years of a follow-up of {@code days} days (days / 365.25). */
	public static double personYears(double days) {
		return days / DAYS_PER_YEAR;
	}

}
