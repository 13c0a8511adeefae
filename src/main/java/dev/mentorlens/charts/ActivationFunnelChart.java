package dev.mentorlens.charts;

import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A funnel drawn as horizontal bars from the top step down, each labelled with its people and their share
 * of the first step ("36 (90%)"); an unknown step is a note, never a zero bar.
 */
final class ActivationFunnelChart {

	static final String NO_DATA = "no data";

	private ActivationFunnelChart() {
	}

	static JFreeChart build(String title, String subtitle, List<FunnelStep> steps) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		int most = 1;
		for (FunnelStep step : steps) {
			dataset.addValue(step.people(), "People", step.label());
			most = Math.max(most, step.people() == null ? 0 : step.people());
		}
		Integer first = steps.isEmpty() ? null : steps.get(0).people();

		CategoryAxis stepAxis = new CategoryAxis(null);
		stepAxis.setCategoryMargin(0.25);
		NumberAxis peopleAxis = new NumberAxis("People");
		peopleAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		peopleAxis.setNumberFormatOverride(ChartStyle.decimal("#,##0"));
		// room after the longest bar for its label
		peopleAxis.setRange(0, most * 1.25);

		BarRenderer bars = new BarRenderer();
		CategoryPlot plot = new CategoryPlot(dataset, stepAxis, peopleAxis, bars);
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		plot.setDomainGridlinesVisible(false);
		for (FunnelStep step : steps) {
			if (step.people() == null) {
				ChartStyle.note(plot, " " + NO_DATA, step.label(), 0, TextAnchor.CENTER_LEFT);
			}
		}
		ChartStyle.noDataWhen(steps.isEmpty(), plot);

		JFreeChart chart = ChartStyle.chart(title, subtitle, plot, false);
		bars.setSeriesPaint(0, ChartStyle.BLUE);
		bars.setMaximumBarWidth(0.2);
		bars.setDefaultItemLabelGenerator(new ShareOfFirst(first));
		bars.setDefaultItemLabelsVisible(true);
		bars.setDefaultItemLabelFont(ChartStyle.REGULAR_FONT);
		bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
				TextAnchor.CENTER_LEFT));
		return chart;
	}

	/** "36 (90%)": the step's people and their share of the first step's. */
	private static final class ShareOfFirst extends StandardCategoryItemLabelGenerator {

		private final Integer first;

		ShareOfFirst(Integer first) {
			super("{2}", ChartStyle.decimal("#,##0"));
			this.first = first;
		}

		@Override
		public String generateLabel(CategoryDataset dataset, int row, int column) {
			Number people = dataset.getValue(row, column);
			if (people == null) {
				return null;
			}
			String count = ChartStyle.decimal("#,##0").format(people);
			if (first == null || first == 0 || column == 0) {
				return " " + count;
			}
			return " " + count + " (" + ChartStyle.percent().format(people.doubleValue() / first) + ")";
		}

	}

}
