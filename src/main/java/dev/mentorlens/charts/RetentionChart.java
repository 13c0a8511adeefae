package dev.mentorlens.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Kaplan–Meier step curves, one per arm, with a marker at 12 months. */
final class RetentionChart {

	static final int TWELVE_MONTHS = 365;
	/** Days of an average month: the curves are drawn against months, as HR reads tenure. */
	static final double DAYS_PER_MONTH = 365.25 / 12;

	private RetentionChart() {
	}

	static JFreeChart build(String title, List<SurvivalCurve> curves) {
		XYSeriesCollection dataset = new XYSeriesCollection();
		int longest = 0;
		for (SurvivalCurve curve : curves) {
			dataset.addSeries(series(curve));
			longest = Math.max(longest, curve.followUpDays());
		}

		NumberAxis dayAxis = new NumberAxis("Time since start (months)");
		double months = Math.max(longest, TWELVE_MONTHS) / DAYS_PER_MONTH;
		dayAxis.setRange(0, months * 1.02);
		dayAxis.setTickUnit(new NumberTickUnit(months > 48 ? 12 : months > 24 ? 6 : 3, ChartStyle.decimal("0")));
		NumberAxis shareAxis = new NumberAxis("Still employed (%)");
		shareAxis.setRange(0, 1.02);
		shareAxis.setTickUnit(new NumberTickUnit(0.2, ChartStyle.percent()));

		XYStepRenderer steps = new XYStepRenderer();
		XYPlot plot = new XYPlot(dataset, dayAxis, shareAxis, steps);
		plot.setDomainGridlinesVisible(false);
		if (!curves.isEmpty()) {
			ValueMarker year = new ValueMarker(12, ChartStyle.GREY,
					new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 4f, 4f }, 0f));
			year.setLabel("12 months");
			year.setLabelFont(ChartStyle.SMALL_FONT);
			year.setLabelPaint(ChartStyle.MUTED_TEXT);
			year.setLabelBackgroundColor(new Color(255, 255, 255, 0));
			year.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
			year.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
			plot.addDomainMarker(year);
		}
		ChartStyle.noDataWhen(curves.isEmpty(), plot);

		JFreeChart chart = ChartStyle.chart(title, "Kaplan–Meier estimate of the share still employed", plot, true);
		for (int i = 0; i < curves.size(); i++) {
			steps.setSeriesPaint(i, ChartStyle.PALETTE[i % ChartStyle.PALETTE.length]);
			steps.setSeriesStroke(i, ChartStyle.LINE);
		}
		return chart;
	}

	private static XYSeries series(SurvivalCurve curve) {
		XYSeries series = new XYSeries(curve.arm() + " (n = " + curve.subjects() + ")", false, true);
		if (curve.subjects() == 0) {
			return series;
		}
		if (curve.steps().isEmpty() || curve.steps().get(0).day() > 0) {
			series.add(0.0, 1.0);
		}
		double last = 1.0;
		int lastDay = 0;
		for (SurvivalStep step : curve.steps()) {
			series.add(step.day() / DAYS_PER_MONTH, step.survival());
			last = step.survival();
			lastDay = step.day();
		}
		if (curve.followUpDays() > lastDay) {
			series.add(curve.followUpDays() / DAYS_PER_MONTH, last);
		}
		return series;
	}

}
