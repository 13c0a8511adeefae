package dev.mentorlens.charts;

import java.util.Objects;

/**
 * How the running pairs of one group stand at the end of the month: on track, too early to tell, due a
 * check-in, dormant. A group whose counts are unknown (no data, or withheld) passes {@code null} counts
 * and is drawn as a note, never as an empty bar.
 */
public record PairStates(String group, Integer onTrack, Integer tooEarly, Integer needsCheckIn, Integer dormant,
		String note) {

	public PairStates {
		Objects.requireNonNull(group, "group");
		boolean known = onTrack != null && tooEarly != null && needsCheckIn != null && dormant != null;
		if (!known && note == null) {
			throw new IllegalArgumentException("A group without counts needs a note saying why: " + group);
		}
	}

	public static PairStates of(String group, int onTrack, int tooEarly, int needsCheckIn, int dormant) {
		return new PairStates(group, onTrack, tooEarly, needsCheckIn, dormant, null);
	}

	/** A group drawn as {@code note} (e.g. "no data" or "suppressed (n < 5)") instead of a bar. */
	public static PairStates unknown(String group, String note) {
		return new PairStates(group, null, null, null, null, note);
	}

	boolean known() {
		return note == null;
	}

	int total() {
		return onTrack + tooEarly + needsCheckIn + dormant;
	}

}
