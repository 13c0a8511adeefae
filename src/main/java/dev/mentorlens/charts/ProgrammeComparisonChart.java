package dev.mentorlens.charts;

import java.util.List;
import java.util.Objects;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/** One horizontal bar per programme; an empty or suppressed value is a note in its row, not a bar. */
final class ProgrammeComparisonChart {

	static final String NO_DATA = "no data";

	private ProgrammeComparisonChart() {
	}

	static JFreeChart build(String title, String metricLabel, List<ProgrammeValue> values, ValueFormat format) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		for (ProgrammeValue value : values) {
			dataset.addValue(value.value(), metricLabel, value.programme());
		}

		CategoryAxis programmeAxis = new CategoryAxis(null);
		programmeAxis.setCategoryMargin(0.3);
		programmeAxis.setMaximumCategoryLabelWidthRatio(0.35f);
		NumberAxis valueAxis = new NumberAxis(metricLabel);
		valueAxis.setNumberFormatOverride(format.labels());
		valueAxis.setUpperMargin(0.12);
		valueAxis.setLowerMargin(0.12);
		if (format == ValueFormat.PERCENT) {
			double highest = values.stream().map(ProgrammeValue::value).filter(Objects::nonNull)
					.mapToDouble(Double::doubleValue).max().orElse(1);
			// The whole 0-100% scale, with room after 100% for a bar's label.
			valueAxis.setRange(0, Math.max(1, highest) * 1.08);
			valueAxis.setTickUnit(new NumberTickUnit(0.1, format.labels()));
		} else if (format == ValueFormat.SCORE) {
			// the whole 1-5 scale, with room after 5 for a bar's label; bars start at the scale's 1
			valueAxis.setRange(1, 5.4);
			valueAxis.setTickUnit(new NumberTickUnit(1, ChartStyle.decimal("0")));
		}

		BarRenderer bars = new BarRenderer();
		if (format == ValueFormat.SCORE) {
			bars.setBase(1);
		}
		CategoryPlot plot = new CategoryPlot(dataset, programmeAxis, valueAxis, bars);
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		plot.setDomainGridlinesVisible(false);
		plot.setRangeZeroBaselineVisible(true);
		plot.setRangeZeroBaselinePaint(ChartStyle.GREY);
		for (ProgrammeValue value : values) {
			if (value.value() == null) {
				String note = value.suppressed() ? ChartStyle.suppressedLabel(value.anonymityThreshold()) : NO_DATA;
				ChartStyle.note(plot, " " + note, value.programme(), 0, TextAnchor.CENTER_LEFT);
			}
		}
		ChartStyle.noDataWhen(values.isEmpty(), plot);

		JFreeChart chart = ChartStyle.chart(title, null, plot, false);
		bars.setSeriesPaint(0, ChartStyle.BLUE);
		bars.setMaximumBarWidth(0.12);
		bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", format.labels()));
		bars.setDefaultItemLabelsVisible(true);
		bars.setDefaultItemLabelFont(ChartStyle.SMALL_FONT);
		ItemLabelPosition outside = new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT);
		bars.setDefaultPositiveItemLabelPosition(outside);
		bars.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
		return chart;
	}

}
