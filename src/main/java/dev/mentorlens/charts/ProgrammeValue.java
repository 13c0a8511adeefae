package dev.mentorlens.charts;

import java.util.Objects;

/**
 * One programme's value of a metric in the organisation comparison. An empty value is drawn as
 * "no data", a suppressed one as "suppressed (n < k)"; neither is drawn as a zero bar.
 */
public record ProgrammeValue(String programme, Double value, boolean suppressed, int anonymityThreshold) {

	public ProgrammeValue {
		Objects.requireNonNull(programme, "programme");
		if (suppressed && value != null) {
			throw new IllegalArgumentException("A suppressed value must be empty: " + programme);
		}
	}

	public static ProgrammeValue of(String programme, double value) {
		return new ProgrammeValue(programme, value, false, 0);
	}

	public static ProgrammeValue noData(String programme) {
		return new ProgrammeValue(programme, null, false, 0);
	}

	public static ProgrammeValue suppressed(String programme, int anonymityThreshold) {
		return new ProgrammeValue(programme, null, true, anonymityThreshold);
	}

}
