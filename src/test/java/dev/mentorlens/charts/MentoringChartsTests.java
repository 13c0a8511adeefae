package dev.mentorlens.charts;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class MentoringChartsTests {

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private final MentoringCharts charts = new MentoringCharts();

	static Map<String, Function<MentoringCharts, ChartImage>> sampleCharts() {
		return Map.of(
				"participation-trend.png", (charts) -> charts.participationTrend("Women in Tech", ChartSamples.participation()),
				"satisfaction-by-role.png", (charts) -> charts.satisfactionByRole("Satisfaction", ChartSamples.satisfactionWithSuppressedMentors()),
				"retention-curves.png", (charts) -> charts.retentionCurves("Retention", ChartSamples.retention()),
				"promotion-rates.png", (charts) -> charts.promotionRates("Promotions", ChartSamples.promotions()),
				"cross-department-ties.png", (charts) -> charts.crossDepartmentTies("Ties", ChartSamples.ties()),
				"programme-comparison-match-rate.png", (charts) -> charts.programmeComparison("Match rate by programme", "Match rate (%)", ChartSamples.programmeRates()),
				"pair-health.png", (charts) -> charts.pairHealth("Pair health", ChartSamples.pairStates()),
				"activation-funnel.png", (charts) -> charts.activationFunnel("Activation", "Median 14 days to a match", ChartSamples.funnel()));
	}

	static Map<String, Function<MentoringCharts, ChartImage>> emptyCharts() {
		return Map.of(
				"participation-trend.png", (charts) -> charts.participationTrend("Women in Tech", List.of()),
				"satisfaction-by-role.png", (charts) -> charts.satisfactionByRole("Satisfaction", List.of()),
				"retention-curves.png", (charts) -> charts.retentionCurves("Retention", List.of()),
				"promotion-rates.png", (charts) -> charts.promotionRates("Promotions", List.of()),
				"cross-department-ties.png", (charts) -> charts.crossDepartmentTies("Ties", List.of()),
				"programme-comparison-nps.png", (charts) -> charts.programmeComparison("NPS by programme", "NPS", List.of()),
				"pair-health.png", (charts) -> charts.pairHealth("Pair health", List.of()),
				"activation-funnel.png", (charts) -> charts.activationFunnel("Activation", null, List.of()));
	}

	static List<String> sampleChartNames() {
		return sampleCharts().keySet().stream().sorted().toList();
	}

	static List<String> emptyChartNames() {
		return emptyCharts().keySet().stream().sorted().toList();
	}

	@ParameterizedTest
	@MethodSource("sampleChartNames")
	void everyChartRendersADecodablePngOfTheDefaultSize(String fileName) throws IOException {
		// when
		ChartImage image = sampleCharts().get(fileName).apply(this.charts);

		// then
		assertThat(image.fileName()).isEqualTo(fileName);
		assertThat(image.width()).isEqualTo(800);
		assertThat(image.height()).isEqualTo(450);
		assertThat(Arrays.copyOf(image.png(), PNG_SIGNATURE.length)).containsExactly(PNG_SIGNATURE);
		BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image.png()));
		assertThat(decoded).isNotNull();
		assertThat(decoded.getWidth()).isEqualTo(800);
		assertThat(decoded.getHeight()).isEqualTo(450);
	}

	@ParameterizedTest
	@MethodSource("sampleChartNames")
	void sameInputGivesByteIdenticalPngs(String fileName) {
		// when
		byte[] first = sampleCharts().get(fileName).apply(this.charts).png();
		byte[] second = sampleCharts().get(fileName).apply(new MentoringCharts()).png();

		// then
		assertThat(second).isEqualTo(first);
	}

	@ParameterizedTest
	@MethodSource("emptyChartNames")
	void emptyInputRendersAChartInsteadOfFailing(String fileName) throws IOException {
		// when
		ChartImage image = emptyCharts().get(fileName).apply(this.charts);

		// then
		BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image.png()));
		assertThat(decoded.getWidth()).isEqualTo(800);
		assertThat(decoded.getHeight()).isEqualTo(450);
	}

	@Test
	void customSizeIsHonoured() throws IOException {
		// when
		ChartImage image = new MentoringCharts(1200, 600).retentionCurves("Retention", ChartSamples.retention());

		// then
		BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image.png()));
		assertThat(decoded.getWidth()).isEqualTo(1200);
		assertThat(decoded.getHeight()).isEqualTo(600);
		assertThat(image.width()).isEqualTo(1200);
	}

	@Test
	void chartImageIsWrittenIntoAFolderUnderItsFileName(@TempDir Path folder) throws IOException {
		// given
		ChartImage image = this.charts.promotionRates("Promotions", ChartSamples.promotions());

		// when
		Path written = image.writeInto(folder.resolve("charts"));

		// then
		assertThat(written).isEqualTo(folder.resolve("charts").resolve("promotion-rates.png"));
		assertThat(Files.readAllBytes(written)).isEqualTo(image.png());
	}

	@Test
	void comparisonFileNameCarriesTheMetric() {
		// when
		ChartImage image = this.charts.programmeComparison("Satisfaction", "Mean satisfaction (1–5)",
				ChartSamples.programmeRates(), ValueFormat.NUMBER);

		// then
		assertThat(image.fileName()).isEqualTo("programme-comparison-mean-satisfaction-1-5.png");
	}

}
