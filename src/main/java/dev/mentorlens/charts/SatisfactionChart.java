package dev.mentorlens.charts;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
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
 * One horizontal 100% bar per role, split by score. A suppressed role keeps its row on the chart, with
 * no values in the dataset and a "suppressed (n < k)" note in place of the bar.
 */
final class SatisfactionChart {

	static final List<String> SCORES = List.of("1 (lowest)", "2", "3", "4", "5 (highest)");

	/** Shares below this are too thin a segment to carry their own label. */
	private static final double LABEL_MIN_SHARE = 0.07;

	private SatisfactionChart() {
	}

	static JFreeChart build(String title, List<RoleDistribution> roles) {
		return build(title, "Satisfaction score (1 to 5) by role", roles);
	}

	static JFreeChart build(String title, String subtitle, List<RoleDistribution> roles) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		List<String> suppressed = new ArrayList<>();
		List<Integer> thresholds = new ArrayList<>();
		for (RoleDistribution role : roles) {
			if (role.suppressed()) {
				for (String score : SCORES) {
					dataset.addValue(null, score, role.role());
				}
				suppressed.add(role.role());
				thresholds.add(role.anonymityThreshold());
			}
			else {
				String category = role.role() + " (n = " + role.respondents() + ")";
				for (int i = 0; i < SCORES.size(); i++) {
					dataset.addValue(role.shares().get(i), SCORES.get(i), category);
				}
			}
		}

		CategoryAxis roleAxis = new CategoryAxis(null);
		roleAxis.setCategoryMargin(0.35);
		roleAxis.setMaximumCategoryLabelWidthRatio(0.3f);
		NumberAxis shareAxis = new NumberAxis("Share of respondents (%)");
		shareAxis.setRange(0, 1);
		shareAxis.setNumberFormatOverride(ChartStyle.percent());
		shareAxis.setTickUnit(new NumberTickUnit(0.2, ChartStyle.percent()));

		StackedBarRenderer bars = new StackedBarRenderer();
		CategoryPlot plot = new CategoryPlot(dataset, roleAxis, shareAxis, bars);
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		plot.setDomainGridlinesVisible(false);
		for (int i = 0; i < suppressed.size(); i++) {
			ChartStyle.note(plot, ChartStyle.suppressedLabel(thresholds.get(i)), suppressed.get(i), 0.5,
					TextAnchor.CENTER);
		}
		ChartStyle.noDataWhen(roles.isEmpty(), plot);

		JFreeChart chart = ChartStyle.chart(title, subtitle, plot, true);
		for (int i = 0; i < SCORES.size(); i++) {
			bars.setSeriesPaint(i, ChartStyle.SCORES[i]);
		}
		bars.setMaximumBarWidth(0.22);
		bars.setDefaultItemLabelGenerator(new ShareLabels());
		bars.setDefaultItemLabelsVisible(true);
		bars.setDefaultItemLabelFont(ChartStyle.SMALL_FONT);
		bars.setDefaultItemLabelPaint(ChartStyle.TEXT);
		bars.setSeriesItemLabelPaint(0, Color.WHITE);
		bars.setSeriesItemLabelPaint(4, Color.WHITE);
		bars.setDefaultPositiveItemLabelPosition(
				new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
		return chart;
	}

	private static final class ShareLabels extends StandardCategoryItemLabelGenerator {

		ShareLabels() {
			super("{2}", ChartStyle.percent());
		}

		@Override
		public String generateLabel(CategoryDataset dataset, int row, int column) {
			Number share = dataset.getValue(row, column);
			return (share == null || share.doubleValue() < LABEL_MIN_SHARE) ? null : super.generateLabel(dataset, row, column);
		}

	}

}
