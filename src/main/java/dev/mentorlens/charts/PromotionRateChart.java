package dev.mentorlens.charts;

import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ExtendedCategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/** Promotions per 100 person-years per group: bars with 95% confidence intervals, "no data" for an empty rate. */
final class PromotionRateChart {

	static final String RATE = "Promotions per 100 person-years";

	static final String NO_DATA = "no data";

	private PromotionRateChart() {
	}

	static JFreeChart build(String title, List<RateWithInterval> rates) {
		NumberFormat number = ChartStyle.decimal("0.0");
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		Map<Comparable<?>, double[]> intervals = new HashMap<>();
		ExtendedCategoryAxis groupAxis = new ExtendedCategoryAxis(null);
		for (RateWithInterval rate : rates) {
			dataset.addValue(rate.rate(), RATE, rate.group());
			if (rate.hasInterval()) {
				intervals.put(rate.group(), new double[] { rate.ciLow(), rate.ciHigh() });
				groupAxis.addSubLabel(rate.group(), number.format(rate.rate()) + "  (95% CI " + number.format(rate.ciLow())
						+ "–" + number.format(rate.ciHigh()) + ")");
			}
			else if (rate.rate() != null) {
				groupAxis.addSubLabel(rate.group(), number.format(rate.rate()));
			}
		}
		groupAxis.setCategoryMargin(0.4);
		NumberAxis rateAxis = new NumberAxis("Promotions per 100 person-years");
		rateAxis.setUpperMargin(0.1);

		ConfidenceIntervalRenderer bars = new ConfidenceIntervalRenderer(intervals);
		CategoryPlot plot = new CategoryPlot(dataset, groupAxis, rateAxis, bars);
		plot.setDomainGridlinesVisible(false);
		for (RateWithInterval rate : rates) {
			if (rate.rate() == null) {
				ChartStyle.note(plot, NO_DATA, rate.group(), 0, TextAnchor.BOTTOM_CENTER);
			}
		}
		ChartStyle.noDataWhen(rates.isEmpty(), plot);

		JFreeChart chart = ChartStyle.chart(title, "Bars: rate; whiskers: 95% confidence interval", plot, false);
		bars.setSeriesPaint(0, ChartStyle.BLUE);
		bars.setMaximumBarWidth(0.18);
		groupAxis.setSubLabelFont(ChartStyle.SMALL_FONT);
		groupAxis.setSubLabelPaint(ChartStyle.MUTED_TEXT);
		return chart;
	}

}
