package dev.mentorlens.charts;

import java.awt.Color;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * One horizontal bar per group, stacked by pair state in the order a pair ages: on track, too early,
 * needs check-in, dormant. Counts, not shares, so the bar says how many pairs to contact.
 */
final class PairHealthChart {

	static final List<String> STATES = List.of("On track", "Too early", "Needs check-in", "Dormant");

	static final Color[] COLOURS = { ChartStyle.GREEN, ChartStyle.GREY, ChartStyle.ORANGE, new Color(0xB9544A) };

	private PairHealthChart() {
	}

	static JFreeChart build(String title, List<PairStates> groups) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		int most = 1;
		for (PairStates group : groups) {
			if (!group.known()) {
				STATES.forEach(state -> dataset.addValue(null, state, group.group()));
				continue;
			}
			String category = group.group() + " (" + group.total() + ")";
			List<Integer> counts = List.of(group.onTrack(), group.tooEarly(), group.needsCheckIn(), group.dormant());
			for (int i = 0; i < STATES.size(); i++) {
				dataset.addValue(counts.get(i), STATES.get(i), category);
			}
			most = Math.max(most, group.total());
		}

		CategoryAxis groupAxis = new CategoryAxis(null);
		groupAxis.setCategoryMargin(0.3);
		groupAxis.setMaximumCategoryLabelWidthRatio(0.3f);
		NumberAxis pairAxis = new NumberAxis("Running pairs at month end");
		pairAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		pairAxis.setNumberFormatOverride(ChartStyle.decimal("#,##0"));
		pairAxis.setRange(0, most * 1.05);

		StackedBarRenderer bars = new StackedBarRenderer();
		CategoryPlot plot = new CategoryPlot(dataset, groupAxis, pairAxis, bars);
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		plot.setDomainGridlinesVisible(false);
		for (PairStates group : groups) {
			if (!group.known()) {
				ChartStyle.note(plot, " " + group.note(), group.group(), 0, TextAnchor.CENTER_LEFT);
			}
		}
		ChartStyle.noDataWhen(groups.isEmpty(), plot);

		JFreeChart chart = ChartStyle.chart(title, "Running pairs by state; in brackets, all running pairs", plot,
				true);
		for (int i = 0; i < STATES.size(); i++) {
			bars.setSeriesPaint(i, COLOURS[i]);
			bars.setSeriesItemLabelPaint(i, i == 1 ? ChartStyle.TEXT : Color.WHITE);
		}
		bars.setMaximumBarWidth(0.16);
		bars.setDefaultItemLabelGenerator(new CountLabels());
		bars.setDefaultItemLabelsVisible(true);
		bars.setDefaultItemLabelFont(ChartStyle.SMALL_FONT);
		bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
		return chart;
	}

	/** A segment's count, left out for an empty segment (it has no width to carry it). */
	private static final class CountLabels extends StandardCategoryItemLabelGenerator {

		CountLabels() {
			super("{2}", ChartStyle.decimal("#,##0"));
		}

		@Override
		public String generateLabel(CategoryDataset dataset, int row, int column) {
			Number count = dataset.getValue(row, column);
			return count == null || count.intValue() == 0 ? null : super.generateLabel(dataset, row, column);
		}

	}

}
