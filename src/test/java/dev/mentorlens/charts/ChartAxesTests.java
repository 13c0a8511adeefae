package dev.mentorlens.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

class ChartAxesTests {

	@Test
	void retentionRunsAgainstMonthsWithTheMarkerAtTwelve() {
		JFreeChart chart = RetentionChart.build("Retention", ChartSamples.retention());

		XYPlot plot = chart.getXYPlot();
		ValueAxis months = plot.getDomainAxis();
		assertThat(months.getLabel()).isEqualTo("Time since start (months)");
		assertThat(months.getUpperBound()).isBetween(12.0, 12.0 * 20);
		assertThat(plot.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND).iterator().next())
				.extracting(m -> ((org.jfree.chart.plot.ValueMarker) m).getValue()).isEqualTo(12.0);
		// the longest follow-up, in days in the data, ends within the axis in months
		int longest = ChartSamples.retention().stream().mapToInt(SurvivalCurve::followUpDays).max().orElseThrow();
		assertThat(plot.getDataset().getXValue(0, plot.getDataset().getItemCount(0) - 1))
				.isLessThanOrEqualTo(longest / RetentionChart.DAYS_PER_MONTH + 1e-9);
	}

	@Test
	void satisfactionOfProgrammesUsesTheWholeOneToFiveScale() {
		JFreeChart chart = ProgrammeComparisonChart.build("Satisfaction", "Satisfaction (1-5)",
				List.of(ProgrammeValue.of("A", 3.2), ProgrammeValue.of("B", 4.5)), ValueFormat.SCORE);

		ValueAxis axis = ((CategoryPlot) chart.getPlot()).getRangeAxis();
		assertThat(axis.getLowerBound()).isEqualTo(1.0);
		assertThat(axis.getUpperBound()).isGreaterThanOrEqualTo(5.0).isLessThan(6.0);
	}
}
