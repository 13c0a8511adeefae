package dev.mentorlens.stats;

/**
 * One subject of a survival analysis: follow-up time (days) and whether it ended in the event
 * ({@code false} = censored).
 *
 * @param time follow-up time, finite and {@code >= 0}
 * @param event {@code true} when the follow-up ended with the event, {@code false} when censored
 */
public record TimeToEvent(double time, boolean event) {

	public TimeToEvent {
		if (!Double.isFinite(time) || time < 0) {
			throw new IllegalArgumentException(
					"Follow-up time must be a finite number >= 0, got " + time);
		}
	}

	/** A subject whose follow-up ended with the event at {@code time}. */
	public static TimeToEvent event(double time) {
		return new TimeToEvent(time, true);
	}

	/** A subject still event-free when its follow-up stopped at {@code time}. */
	public static TimeToEvent censored(double time) {
		return new TimeToEvent(time, false);
	}

}
