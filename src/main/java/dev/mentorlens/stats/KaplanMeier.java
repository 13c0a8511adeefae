package dev.mentorlens.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Kaplan–Meier product-limit estimate of a survival function. Subjects censored at a time when
 * events happen are still at risk at that time (as in R's {@code survfit}).
 */
public final class KaplanMeier {

	private final int subjects;

	private final List<Step> steps;

	private KaplanMeier(int subjects, List<Step> steps) {
		this.subjects = subjects;
		this.steps = steps;
	}

	/** Estimates the survival function of the given subjects (any order; may be empty). */
	public static KaplanMeier estimate(Collection<TimeToEvent> subjects) {
		List<TimeToEvent> sorted = new ArrayList<>(subjects);
		sorted.sort(Comparator.comparingDouble(TimeToEvent::time));
		List<Step> steps = new ArrayList<>();
		int atRisk = sorted.size();
		double survival = 1.0;
		int i = 0;
		while (i < sorted.size()) {
			double time = sorted.get(i).time();
			int events = 0;
			int censored = 0;
			for (; i < sorted.size() && sorted.get(i).time() == time; i++) {
				if (sorted.get(i).event()) {
					events++;
				}
				else {
					censored++;
				}
			}
			survival *= 1.0 - (double) events / atRisk;
			steps.add(new Step(time, survival, atRisk, events, censored));
			atRisk -= events + censored;
		}
		return new KaplanMeier(sorted.size(), List.copyOf(steps));
	}

	/** Number of subjects behind the estimate. */
	public int subjects() {
		return this.subjects;
	}

	/**
	 * One step per distinct follow-up time in ascending order, times with only censorings
	 * included ({@code events = 0}, survival unchanged) so charts can mark them.
	 */
	public List<Step> steps() {
		return this.steps;
	}

	/**
	 * S(t): the estimated probability of no event up to and including {@code t}
	 * (right-continuous); 1 before the first event, and 1 when there are no subjects.
	 */
	public double survivalAt(double t) {
		double survival = 1.0;
		for (Step step : this.steps) {
			if (step.time() > t) {
				break;
			}
			survival = step.survival();
		}
		return survival;
	}

	/**
	 * S(t) when at least one subject was followed up to {@code t} (its time, event or censored,
	 * is {@code >= t}); empty otherwise, because the curve says nothing past its last time.
	 */
	public OptionalDouble observedSurvivalAt(double t) {
		OptionalDouble longest = longestTime();
		return (longest.isPresent() && longest.getAsDouble() >= t) ? OptionalDouble.of(survivalAt(t))
				: OptionalDouble.empty();
	}

	/** The longest follow-up time, event or censored; empty when there are no subjects. */
	public OptionalDouble longestTime() {
		return this.steps.isEmpty() ? OptionalDouble.empty()
				: OptionalDouble.of(this.steps.get(this.steps.size() - 1).time());
	}

	/**
	 * The estimate just after {@code time}.
	 *
	 * @param time a distinct follow-up time
	 * @param survival S(time), including the events at {@code time}
	 * @param atRisk subjects whose time is {@code >= time}
	 * @param events events at {@code time}
	 * @param censored subjects censored at {@code time}
	 */
	public record Step(double time, double survival, int atRisk, int events, int censored) {
	}

}
