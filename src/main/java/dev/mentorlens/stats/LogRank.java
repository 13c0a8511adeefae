package dev.mentorlens.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Two-sided log-rank test of two survival curves (Mantel–Haenszel form, as R's
 * {@code survdiff} with rho = 0): χ² on 1 degree of freedom.
 *
 * @param chiSquare the test statistic (O_A − E_A)² / V
 * @param pValue P(χ²₁ ≥ chiSquare)
 * @param observedA events in group A
 * @param expectedA events expected in group A if both groups shared one survival curve
 * @param observedB events in group B
 * @param expectedB events expected in group B under the same hypothesis
 */
public record LogRank(double chiSquare, double pValue, int observedA, double expectedA,
		int observedB, double expectedB) {

	/**
	 * Compares group A with group B over their whole follow-up; empty when either group is
	 * empty or the variance is 0 (for example when there are no events at all).
	 */
	public static Optional<LogRank> test(Collection<TimeToEvent> groupA, Collection<TimeToEvent> groupB) {
		if (groupA.isEmpty() || groupB.isEmpty()) {
			return Optional.empty();
		}
		List<Labelled> all = new ArrayList<>(groupA.size() + groupB.size());
		groupA.forEach((subject) -> all.add(new Labelled(subject, true)));
		groupB.forEach((subject) -> all.add(new Labelled(subject, false)));
		all.sort(Comparator.comparingDouble((Labelled labelled) -> labelled.subject().time()));

		int atRiskA = groupA.size();
		int atRisk = all.size();
		int observedA = 0;
		int observedTotal = 0;
		double expectedA = 0;
		double variance = 0;
		int i = 0;
		while (i < all.size()) {
			double time = all.get(i).subject().time();
			int eventsA = 0;
			int events = 0;
			int leavingA = 0;
			int leaving = 0;
			for (; i < all.size() && all.get(i).subject().time() == time; i++) {
				Labelled labelled = all.get(i);
				boolean event = labelled.subject().event();
				events += event ? 1 : 0;
				eventsA += (event && labelled.inA()) ? 1 : 0;
				leaving++;
				leavingA += labelled.inA() ? 1 : 0;
			}
			if (events > 0) {
				double shareA = (double) atRiskA / atRisk;
				expectedA += events * shareA;
				if (atRisk > 1) {
					// hypergeometric variance of the events falling in A among those at risk
					variance += events * shareA * (1 - shareA) * (atRisk - events) / (atRisk - 1);
				}
			}
			observedA += eventsA;
			observedTotal += events;
			atRiskA -= leavingA;
			atRisk -= leaving;
		}
		if (!(variance > 0)) {
			return Optional.empty();
		}
		double difference = observedA - expectedA;
		double chiSquare = difference * difference / variance;
		double pValue = 1.0 - new ChiSquaredDistribution((RandomGenerator) null, 1).cumulativeProbability(chiSquare);
		return Optional.of(new LogRank(chiSquare, pValue, observedA, expectedA, observedTotal - observedA,
				observedTotal - expectedA));
	}

	private record Labelled(TimeToEvent subject, boolean inA) {
	}

}
