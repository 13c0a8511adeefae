package dev.mentorlens.charts;

/** A point where a Kaplan–Meier curve changes: from {@code day} on, {@code survival} (0 to 1) is still employed. */
public record SurvivalStep(int day, double survival) {

	public SurvivalStep {
		if (day < 0 || !(survival >= 0 && survival <= 1)) {
			throw new IllegalArgumentException("Invalid survival step: day " + day + ", survival " + survival);
		}
	}

}
