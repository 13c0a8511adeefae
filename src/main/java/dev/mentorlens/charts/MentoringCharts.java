package dev.mentorlens.charts;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jfree.chart.JFreeChart;

/**
 * Renders the report charts as PNG images of a fixed size (800 × 450 unless told otherwise).
 * Thread-safe: every call builds its own chart.
 */
public final class MentoringCharts {

	public static final int DEFAULT_WIDTH = 800;

	public static final int DEFAULT_HEIGHT = 450;

	private final int width;

	private final int height;

	public MentoringCharts() {
		this(DEFAULT_WIDTH, DEFAULT_HEIGHT);
	}

	public MentoringCharts(int width, int height) {
		if (width < 200 || height < 150) {
			throw new IllegalArgumentException("Chart size too small to read: " + width + "x" + height);
		}
		this.width = width;
		this.height = height;
	}

	/** Sessions held per month (bars) and mentoring hours (line, right axis); months are sorted. */
	public ChartImage participationTrend(String programmeName, List<MonthlyParticipation> months) {
		return render("participation-trend.png", ParticipationTrendChart.build(programmeName, List.copyOf(months)));
	}

	/** Satisfaction score shares per role, in the given order; suppressed roles carry a note instead of a bar. */
	public ChartImage satisfactionByRole(String title, List<RoleDistribution> roles) {
		return render("satisfaction-by-role.png", SatisfactionChart.build(title, List.copyOf(roles)));
	}

	/** Satisfaction score shares per group (cohorts, for example) in the given order, under a subtitle of its own. */
	public ChartImage satisfactionByGroup(String title, String subtitle, List<RoleDistribution> groups) {
		return render("satisfaction-by-group.png", SatisfactionChart.build(title, subtitle, List.copyOf(groups)));
	}

	/** Kaplan–Meier step curves, one per arm, in the given order; the legend shows n per arm. */
	public ChartImage retentionCurves(String title, List<SurvivalCurve> curves) {
		return render("retention-curves.png", RetentionChart.build(title, List.copyOf(curves)));
	}

	/** Promotions per 100 person-years per group with 95% confidence intervals. */
	public ChartImage promotionRates(String title, List<RateWithInterval> rates) {
		return render("promotion-rates.png", PromotionRateChart.build(title, List.copyOf(rates)));
	}

	/**
	 * The 12 department pairs with the most ties, coloured within/across departments. Pass every pair:
	 * the subtitle's share of cross-department ties is computed over all of them.
	 */
	public ChartImage crossDepartmentTies(String title, List<DepartmentTie> ties) {
		return render("cross-department-ties.png", DepartmentTieChart.build(title, List.copyOf(ties)));
	}

	/** One bar per group stacked by pair state (on track, too early, needs check-in, dormant), in the given order. */
	public ChartImage pairHealth(String title, List<PairStates> groups) {
		return render("pair-health.png", PairHealthChart.build(title, List.copyOf(groups)));
	}

	/** A funnel of people from the first step down, each bar with its share of the first step. */
	public ChartImage activationFunnel(String title, String subtitle, List<FunnelStep> steps) {
		return render("activation-funnel.png", ActivationFunnelChart.build(title, subtitle, List.copyOf(steps)));
	}

	/**
	 * One bar per programme, in the given order. Values are percentages (fractions in [0, 1]) when
	 * {@code metricLabel} contains "%", e.g. "Match rate (%)", else plain numbers; see the overload to
	 * say which explicitly.
	 */
	public ChartImage programmeComparison(String title, String metricLabel, List<ProgrammeValue> values) {
		ValueFormat format = metricLabel.contains("%") ? ValueFormat.PERCENT : ValueFormat.NUMBER;
		return programmeComparison(title, metricLabel, values, format);
	}

	/** One bar per programme, in the given order, written in {@code format}; the file name carries the metric. */
	public ChartImage programmeComparison(String title, String metricLabel, List<ProgrammeValue> values,
			ValueFormat format) {
		Objects.requireNonNull(format, "format");
		return render("programme-comparison-" + slug(metricLabel) + ".png",
				ProgrammeComparisonChart.build(title, metricLabel, List.copyOf(values), format));
	}

	private ChartImage render(String fileName, JFreeChart chart) {
		return new ChartImage(fileName, ChartStyle.png(chart, this.width, this.height), this.width, this.height);
	}

	static String slug(String text) {
		String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		return slug.isEmpty() ? "metric" : slug;
	}

}
