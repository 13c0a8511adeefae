package dev.mentorlens.charts;

import java.text.NumberFormat;

/** How a compared metric is written on the axis and on the bars. */
public enum ValueFormat {

	/** Fractions in [0, 1] written as percentages ("42%"). */
	PERCENT,

	/** Plain numbers with up to one decimal ("4.2", "1,250"). */
	NUMBER,

	/** Scores on the 1–5 survey scale, with two decimals ("3.88"); the axis runs from 1 to 5. */
	SCORE;

	NumberFormat labels() {
		return switch (this) {
			case PERCENT -> ChartStyle.percent();
			case NUMBER -> ChartStyle.decimal("#,##0.#");
			case SCORE -> ChartStyle.decimal("0.00");
		};
	}

}
