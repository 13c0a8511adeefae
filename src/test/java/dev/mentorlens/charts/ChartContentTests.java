package dev.mentorlens.charts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryAnnotation;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ChartContentTests {

	@Test
	void suppressedRoleHasNoBarButASuppressedNote() {
		// when
		CategoryPlot plot = SatisfactionChart.build("Satisfaction", ChartSamples.satisfactionWithSuppressedMentors())
				.getCategoryPlot();

		// then the row is there, without a single value
		CategoryDataset dataset = plot.getDataset();
		assertThat(dataset.getColumnKeys()).contains("Mentors");
		for (int row = 0; row < dataset.getRowCount(); row++) {
			assertThat(dataset.getValue(row, dataset.getColumnIndex("Mentors"))).isNull();
		}
		assertThat(notes(plot)).anySatisfy((note) -> {
			assertThat(note.getText()).isEqualTo("suppressed (n < 5)");
			assertThat(note.getCategory()).isEqualTo("Mentors");
		});
		assertThat(plot.getNoDataMessage()).isNull();
	}

	@Test
	void shownRolesCarryTheirSharesAndRespondents() {
		// when
		CategoryDataset dataset = SatisfactionChart
				.build("Satisfaction", ChartSamples.satisfactionWithSuppressedMentors()).getCategoryPlot().getDataset();

		// then
		assertThat(dataset.getValue("4", "Mentees (n = 24)")).isEqualTo(0.42);
		assertThat(dataset.getValue("5 (highest)", "All (n = 27)")).isEqualTo(0.26);
	}

	@Test
	void suppressedGroupCannotCarryShares() {
		assertThatIllegalArgumentException()
				.isThrownBy(() -> new RoleDistribution("Mentors", 3, List.of(0.2, 0.2, 0.2, 0.2, 0.2), true, 5));
	}

	@Test
	void allRolesSuppressedShowsOnlyNotes() {
		// when
		CategoryPlot plot = SatisfactionChart.build("Satisfaction",
				List.of(RoleDistribution.suppressed("Mentors", 2, 5), RoleDistribution.suppressed("Mentees", 4, 5)))
				.getCategoryPlot();

		// then
		assertThat(notes(plot)).extracting(CategoryTextAnnotation::getText).containsExactly("suppressed (n < 5)",
				"suppressed (n < 5)");
		assertThat(plot.getNoDataMessage()).isNull();
	}

	@Test
	void emptyInputsSayNoData() {
		assertThat(SatisfactionChart.build("S", List.of()).getPlot().getNoDataMessage()).isEqualTo("No data");
		assertThat(ParticipationTrendChart.build("P", List.of()).getPlot().getNoDataMessage()).isEqualTo("No data");
		assertThat(RetentionChart.build("R", List.of()).getPlot().getNoDataMessage()).isEqualTo("No data");
		assertThat(PromotionRateChart.build("P", List.of()).getPlot().getNoDataMessage()).isEqualTo("No data");
		assertThat(DepartmentTieChart.build("T", List.of()).getPlot().getNoDataMessage()).isEqualTo("No data");
		assertThat(ProgrammeComparisonChart.build("C", "NPS", List.of(), ValueFormat.NUMBER).getPlot()
				.getNoDataMessage()).isEqualTo("No data");
	}

	@Test
	void participationTrendLabelsMonthsInOrderWithHoursOnTheSecondAxis() {
		// given the months out of order
		List<MonthlyParticipation> months = new ArrayList<>(ChartSamples.participation());
		Collections.reverse(months);

		// when
		CategoryPlot plot = ParticipationTrendChart.build("Women in Tech", months).getCategoryPlot();

		// then
		assertThat(plot.getDataset().getColumnKeys()).hasSize(12).startsWith("Nov 2025").endsWith("Oct 2026");
		assertThat(plot.getDataset().getValue(ParticipationTrendChart.SESSIONS, "Nov 2025").intValue()).isEqualTo(42);
		assertThat(plot.getDataset(1).getRowKeys()).containsExactly(ParticipationTrendChart.HOURS);
		assertThat(plot.getRangeAxisIndex(plot.getRangeAxis(1))).isEqualTo(1);
		assertThat(plot.getRangeAxisForDataset(1).getLabel()).isEqualTo("Mentoring hours (h)");
	}

	@Test
	void retentionCurvesAreStepsFromFullRetentionToTheLongestFollowUpWithNInTheLegend() {
		// when
		XYPlot plot = RetentionChart.build("Retention", ChartSamples.retention()).getXYPlot();

		// then
		XYDataset dataset = plot.getDataset();
		assertThat(plot.getRenderer()).isInstanceOf(XYStepRenderer.class);
		assertThat(dataset.getSeriesKey(0)).isEqualTo("Mentees (n = 120)");
		assertThat(dataset.getSeriesKey(1)).isEqualTo("Baseline (n = 860)");
		assertThat(dataset.getXValue(0, 0)).isZero();
		assertThat(dataset.getYValue(0, 0)).isEqualTo(1.0);
		int last = dataset.getItemCount(0) - 1;
		assertThat(dataset.getXValue(0, last)).isEqualTo(610 / RetentionChart.DAYS_PER_MONTH); // months, not days
		assertThat(dataset.getYValue(0, last)).isEqualTo(0.88);
		assertThat(((NumberAxis) plot.getRangeAxis()).getUpperBound()).isGreaterThanOrEqualTo(1.0);
	}

	@Test
	void eventsOnDayZeroStartTheCurveBelowFullRetention() {
		// when
		XYDataset dataset = RetentionChart.build("Retention",
				List.of(new SurvivalCurve("Mentees", 10, List.of(new SurvivalStep(0, 0.9)), 100))).getXYPlot()
				.getDataset();

		// then
		assertThat(dataset.getItemCount(0)).isEqualTo(2);
		assertThat(dataset.getYValue(0, 0)).isEqualTo(0.9);
	}

	@Test
	void emptyPromotionRateIsANoDataNoteNotAZeroBar() {
		// when
		JFreeChart chart = PromotionRateChart.build("Promotions", ChartSamples.promotions());

		// then
		CategoryPlot plot = chart.getCategoryPlot();
		assertThat(plot.getDataset().getValue(PromotionRateChart.RATE, "Mentors")).isNull();
		assertThat(plot.getDataset().getValue(PromotionRateChart.RATE, "Mentees")).isEqualTo(8.4);
		assertThat(notes(plot)).singleElement().satisfies((note) -> {
			assertThat(note.getText()).isEqualTo("no data");
			assertThat(note.getCategory()).isEqualTo("Mentors");
		});
		ConfidenceIntervalRenderer renderer = (ConfidenceIntervalRenderer) plot.getRenderer();
		assertThat(renderer.interval("Mentees")).containsExactly(6.1, 11.5);
		assertThat(renderer.interval("Mentors")).isNull();
		assertThat(plot.getRangeAxis().getUpperBound()).isGreaterThanOrEqualTo(11.5);
	}

	@Test
	void departmentTiesShowTheTopTwelvePairsColouredByCrossing() {
		// when
		CategoryDataset dataset = DepartmentTieChart.build("Ties", ChartSamples.ties()).getCategoryPlot().getDataset();

		// then
		assertThat(dataset.getColumnCount()).isEqualTo(12);
		int previous = Integer.MAX_VALUE;
		for (int column = 0; column < dataset.getColumnCount(); column++) {
			Number across = dataset.getValue(DepartmentTieChart.ACROSS, dataset.getColumnKey(column));
			Number within = dataset.getValue(DepartmentTieChart.WITHIN, dataset.getColumnKey(column));
			assertThat(across == null ^ within == null).isTrue();
			int ties = (across != null ? across : within).intValue();
			assertThat(ties).isLessThanOrEqualTo(previous);
			previous = ties;
			assertThat(within != null).isEqualTo(dataset.getColumnKey(column).toString().endsWith("(within)"));
		}
	}

	@Test
	void suppressedAndEmptyProgrammeValuesAreNotesNotZeroBars() {
		// when
		CategoryPlot plot = ProgrammeComparisonChart
				.build("Match rate", "Match rate (%)", ChartSamples.programmeRates(), ValueFormat.PERCENT)
				.getCategoryPlot();

		// then
		CategoryDataset dataset = plot.getDataset();
		assertThat(dataset.getValue("Match rate (%)", "Reverse mentoring")).isNull();
		assertThat(dataset.getValue("Match rate (%)", "Flash mentoring")).isNull();
		assertThat(notes(plot)).extracting((note) -> note.getCategory() + ": " + note.getText().strip())
				.containsExactly("Reverse mentoring: suppressed (n < 5)", "Flash mentoring: no data");
		assertThat(((NumberAxis) plot.getRangeAxis()).getNumberFormatOverride().format(0.5)).isEqualTo("50%");
	}

	@Test
	void pairStatesStackInTheOrderAPairAgesWithAnUnknownGroupAsANote() {
		// when
		CategoryPlot plot = PairHealthChart.build("Pair health", ChartSamples.pairStates()).getCategoryPlot();

		// then
		CategoryDataset dataset = plot.getDataset();
		assertThat(dataset.getRowKeys()).containsExactly("On track", "Too early", "Needs check-in", "Dormant");
		assertThat(dataset.getColumnKeys()).containsExactly("Whole programme (16)", "2025-autumn (4)", "2026-spring (12)",
				"tiny");
		assertThat(dataset.getValue("Needs check-in", "2026-spring (12)")).isEqualTo(2);
		assertThat(dataset.getValue("Dormant", "2025-autumn (4)")).isEqualTo(3);
		assertThat(dataset.getValue("On track", "tiny")).isNull();
		assertThat(notes(plot)).extracting((note) -> note.getCategory() + ": " + note.getText().strip())
				.containsExactly("tiny: no data");
	}

	@Test
	void funnelLabelsEachStepWithItsShareOfTheFirst() {
		// when
		CategoryPlot plot = ActivationFunnelChart.build("Activation", null, ChartSamples.funnel()).getCategoryPlot();

		// then
		CategoryDataset dataset = plot.getDataset();
		var labels = plot.getRenderer().getDefaultItemLabelGenerator();
		assertThat(labels.generateLabel(dataset, 0, 0).strip()).isEqualTo("40");
		assertThat(labels.generateLabel(dataset, 0, 2).strip()).isEqualTo("36 (90%)");
		assertThat(dataset.getValue("People", "Met")).isEqualTo(36);
	}

	private static List<CategoryTextAnnotation> notes(CategoryPlot plot) {
		Stream<CategoryAnnotation> annotations = plot.getAnnotations().stream();
		return annotations.filter(CategoryTextAnnotation.class::isInstance).map(CategoryTextAnnotation.class::cast)
				.toList();
	}

}
