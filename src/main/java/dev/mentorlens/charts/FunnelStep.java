package dev.mentorlens.charts;

import java.util.Objects;

/** One step of a funnel (e.g. "Matched") and how many people reached it; {@code null} = unknown. */
public record FunnelStep(String label, Integer people) {

	public FunnelStep {
		Objects.requireNonNull(label, "label");
	}

}
