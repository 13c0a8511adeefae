package dev.mentorlens.charts;

import java.util.List;
import java.util.Objects;

/**
 * The satisfaction answers (scores 1 to 5) of one role group, e.g. "Mentors", "Mentees" or "All".
 * A shown group carries the share of each score (five fractions, score 1 first) and its number of
 * respondents. A group suppressed by the anonymity threshold {@code k} carries no shares at all, so
 * nothing about its answers can reach the chart; it is drawn as "suppressed (n < k)". Differencing
 * protection (docs/metrics.md) is the caller's job: the chart draws exactly what it is given.
 */
public record RoleDistribution(String role, int respondents, List<Double> shares, boolean suppressed,
		int anonymityThreshold) {

	public RoleDistribution {
		Objects.requireNonNull(role, "role");
		shares = List.copyOf(Objects.requireNonNull(shares, "shares"));
		if (suppressed && !shares.isEmpty()) {
			throw new IllegalArgumentException("A suppressed group must not carry shares: " + role);
		}
		if (!suppressed && shares.size() != 5) {
			throw new IllegalArgumentException("Expected 5 shares (scores 1-5) for " + role + ", got " + shares.size());
		}
		for (Double share : shares) {
			if (share == null || share < 0 || share > 1) {
				throw new IllegalArgumentException("Shares must be fractions in [0, 1] for " + role + ": " + shares);
			}
		}
	}

	/** A group whose answers are shown: {@code shares} holds the fraction answering 1, 2, 3, 4 and 5. */
	public static RoleDistribution shown(String role, int respondents, List<Double> shares) {
		return new RoleDistribution(role, respondents, shares, false, 0);
	}

	/** A group with {@code respondents < k}: drawn as a label, never as bars. */
	public static RoleDistribution suppressed(String role, int respondents, int anonymityThreshold) {
		return new RoleDistribution(role, respondents, List.of(), true, anonymityThreshold);
	}

}
