package dev.mentorlens.charts;

import java.time.YearMonth;
import java.util.Objects;

/** Participation of one programme in one month: held sessions and the mentoring hours they add up to. */
public record MonthlyParticipation(YearMonth month, int sessionsHeld, double mentoringHours) {

	public MonthlyParticipation {
		Objects.requireNonNull(month, "month");
		if (sessionsHeld < 0 || mentoringHours < 0 || Double.isNaN(mentoringHours)) {
			throw new IllegalArgumentException("Negative participation for " + month);
		}
	}

}
