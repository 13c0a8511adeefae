package dev.mentorlens.charts;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/** Sessions held per month as bars, mentoring hours as a line on a second axis. */
final class ParticipationTrendChart {

	static final String SESSIONS = "Sessions held";

	static final String HOURS = "Mentoring hours";

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

	private ParticipationTrendChart() {
	}

	static JFreeChart build(String programmeName, List<MonthlyParticipation> months) {
		DefaultCategoryDataset sessions = new DefaultCategoryDataset();
		DefaultCategoryDataset hours = new DefaultCategoryDataset();
		months.stream().sorted(Comparator.comparing(MonthlyParticipation::month)).forEach((month) -> {
			String label = MONTH.format(month.month());
			sessions.addValue(month.sessionsHeld(), SESSIONS, label);
			hours.addValue(month.mentoringHours(), HOURS, label);
		});

		CategoryAxis monthAxis = new CategoryAxis("Month");
		monthAxis.setMaximumCategoryLabelLines(2);
		monthAxis.setCategoryMargin(0.3);
		monthAxis.setLowerMargin(0.02);
		monthAxis.setUpperMargin(0.02);
		NumberAxis sessionAxis = new NumberAxis("Sessions held (count)");
		sessionAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		sessionAxis.setUpperMargin(0.1);
		NumberAxis hourAxis = new NumberAxis("Mentoring hours (h)");
		hourAxis.setUpperMargin(0.1);

		BarRenderer bars = new BarRenderer();
		CategoryPlot plot = new CategoryPlot(sessions, monthAxis, sessionAxis, bars);
		plot.setRangeAxis(1, hourAxis);
		plot.setDataset(1, hours);
		plot.mapDatasetToRangeAxis(1, 1);
		LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
		plot.setRenderer(1, line);
		plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
		plot.setDomainGridlinesVisible(false);
		ChartStyle.noDataWhen(months.isEmpty(), plot);

		JFreeChart chart = ChartStyle.chart("Participation trend", programmeName, plot, true);
		bars.setSeriesPaint(0, ChartStyle.BLUE);
		bars.setMaximumBarWidth(0.06);
		line.setSeriesPaint(0, ChartStyle.ORANGE);
		line.setSeriesStroke(0, ChartStyle.LINE);
		line.setSeriesShape(0, ChartStyle.DOT);
		return chart;
	}

}
