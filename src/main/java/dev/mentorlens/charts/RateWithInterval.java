package dev.mentorlens.charts;

import java.util.Objects;

/**
 * Promotions per 100 person-years of one group, with its 95% confidence interval. An empty
 * {@code rate} (undefined) is drawn as "no data"; an interval is drawn only when both bounds exist.
 */
public record RateWithInterval(String group, Double rate, Double ciLow, Double ciHigh) {

	public RateWithInterval {
		Objects.requireNonNull(group, "group");
	}

	public static RateWithInterval of(String group, double rate, Double ciLow, Double ciHigh) {
		return new RateWithInterval(group, rate, ciLow, ciHigh);
	}

	public static RateWithInterval noData(String group) {
		return new RateWithInterval(group, null, null, null);
	}

	boolean hasInterval() {
		return this.rate != null && this.ciLow != null && this.ciHigh != null;
	}

}
