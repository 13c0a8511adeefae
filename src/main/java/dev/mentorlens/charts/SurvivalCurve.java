package dev.mentorlens.charts;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The Kaplan–Meier curve of one arm (e.g. mentees, baseline, mentors): its subjects, the steps where
 * the estimate changes (in any order; the curve starts at 100% on day 0) and the longest follow-up in
 * days, up to which the last value is drawn.
 */
public record SurvivalCurve(String arm, int subjects, List<SurvivalStep> steps, int followUpDays) {

	public SurvivalCurve {
		Objects.requireNonNull(arm, "arm");
		steps = Objects.requireNonNull(steps, "steps").stream()
				.sorted(Comparator.comparingInt(SurvivalStep::day)).toList();
		if (subjects < 0 || followUpDays < 0) {
			throw new IllegalArgumentException("Negative subjects or follow-up for " + arm);
		}
	}

}
