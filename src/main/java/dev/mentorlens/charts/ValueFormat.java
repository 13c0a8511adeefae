package dev.mentorlens.charts;

import java.text.NumberFormat;

/** How a compared metric is written on the axis and on the bars. */
public enum ValueFormat {

	/** Fractions in [0, 1] written as percentages ("42%"). */
	PERCENT,

	/** Plain numbers with up to one decimal ("4.2", "1,250"). */
	NUMBER;

	NumberFormat labels() {
		return this == PERCENT ? ChartStyle.percent() : ChartStyle.decimal("#,##0.#");
	}

}
