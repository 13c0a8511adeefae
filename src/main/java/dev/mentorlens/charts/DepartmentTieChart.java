package dev.mentorlens.charts;

import java.util.Comparator;
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
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The department pairs with the most mentoring ties as horizontal bars, coloured by whether the tie
 * crosses departments. Each pair has a value in only one of the two series; stacking keeps its bar
 * centred in its row.
 */
final class DepartmentTieChart {

	static final int TOP = 12;

	static final String ACROSS = "Across departments";

	static final String WITHIN = "Within one department";

	private DepartmentTieChart() {
	}

	static JFreeChart build(String title, List<DepartmentTie> ties) {
		List<DepartmentTie> pairs = ties.stream().filter((tie) -> tie.ties() > 0)
				.sorted(Comparator.comparingInt(DepartmentTie::ties).reversed()
						.thenComparing(DepartmentTieChart::label))
				.toList();
		List<DepartmentTie> top = pairs.subList(0, Math.min(TOP, pairs.size()));
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		for (DepartmentTie tie : top) {
			dataset.addValue(tie.withinDepartment() ? null : (Number) tie.ties(), ACROSS, label(tie));
			dataset.addValue(tie.withinDepartment() ? (Number) tie.ties() : null, WITHIN, label(tie));
		}

		CategoryAxis pairAxis = new CategoryAxis(null);
		pairAxis.setCategoryMargin(0.25);
		pairAxis.setMaximumCategoryLabelWidthRatio(0.4f);
		pairAxis.setTickLabelFont(ChartStyle.SMALL_FONT);
		NumberAxis tieAxis = new NumberAxis("Mentoring ties (count)");
		tieAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		tieAxis.setUpperMargin(0.1);

		StackedBarRenderer bars = new StackedBarRenderer();
		CategoryPlot plot = new CategoryPlot(dataset, pairAxis, tieAxis, bars);
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		plot.setDomainGridlinesVisible(false);
		ChartStyle.noDataWhen(top.isEmpty(), plot);

		JFreeChart chart = ChartStyle.chart(title, subtitle(pairs, top.size()), plot, true);
		bars.setSeriesPaint(0, ChartStyle.BLUE);
		bars.setSeriesPaint(1, ChartStyle.GREY);
		bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", ChartStyle.decimal("#,##0")));
		bars.setDefaultItemLabelsVisible(true);
		bars.setDefaultItemLabelFont(ChartStyle.SMALL_FONT);
		bars.setDefaultPositiveItemLabelPosition(
				new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
		bars.setPositiveItemLabelPositionFallback(
				new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
		return chart;
	}

	static String label(DepartmentTie tie) {
		return tie.withinDepartment() ? tie.departmentA() + " (within)" : tie.departmentA() + " – " + tie.departmentB();
	}

	private static String subtitle(List<DepartmentTie> pairs, int shown) {
		if (pairs.isEmpty()) {
			return null;
		}
		long all = pairs.stream().mapToLong(DepartmentTie::ties).sum();
		long across = pairs.stream().filter((tie) -> !tie.withinDepartment()).mapToLong(DepartmentTie::ties).sum();
		String scope = shown < pairs.size() ? "Top " + shown + " of " + pairs.size() + " department pairs"
				: "All " + pairs.size() + " department pairs";
		return scope + " by ties; " + Math.round(100.0 * across / all) + "% of all ties cross departments";
	}

}
