package dev.mentorlens.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

import org.jfree.chart.ChartColor;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/** The one look of every MentorLens chart: fonts, colours, number formats, labels and PNG encoding. */
final class ChartStyle {

	static final String FONT_FAMILY = "DejaVu Sans";

	static final String NO_DATA = "No data";

	static final Color BLUE = new Color(0x2F5F8A);

	static final Color ORANGE = new Color(0xD08B3E);

	static final Color GREY = new Color(0x8C8C8C);

	static final Color GREEN = new Color(0x5E8C61);

	static final Color PURPLE = new Color(0x7B6A9A);

	static final Color TEXT = new Color(0x333333);

	static final Color MUTED_TEXT = new Color(0x666666);

	static final Color GRID = new Color(0xE3E3E3);

	static final Paint[] PALETTE = { BLUE, ORANGE, GREY, GREEN, PURPLE };

	/** Scores 1 to 5, from a muted red through neutral grey to the report blue. */
	static final Paint[] SCORES = { new Color(0xB9544A), new Color(0xE3A48F), new Color(0xD4D4D4),
			new Color(0x8FB2D0), BLUE };

	static final Font TITLE_FONT = new Font(FONT_FAMILY, Font.BOLD, 17);

	static final Font LARGE_FONT = new Font(FONT_FAMILY, Font.PLAIN, 13);

	static final Font REGULAR_FONT = new Font(FONT_FAMILY, Font.PLAIN, 12);

	static final Font SMALL_FONT = new Font(FONT_FAMILY, Font.PLAIN, 11);

	static final Font NOTE_FONT = new Font(FONT_FAMILY, Font.ITALIC, 12);

	static final Stroke LINE = new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

	static final Stroke GRID_LINE = new BasicStroke(1f);

	static final Shape DOT = new Ellipse2D.Double(-3.5, -3.5, 7, 7);

	private static final StandardChartTheme THEME = theme();

	private ChartStyle() {
	}

	private static StandardChartTheme theme() {
		StandardChartTheme theme = new StandardChartTheme("MentorLens");
		theme.setExtraLargeFont(TITLE_FONT);
		theme.setLargeFont(LARGE_FONT);
		theme.setRegularFont(REGULAR_FONT);
		theme.setSmallFont(SMALL_FONT);
		theme.setTitlePaint(TEXT);
		theme.setSubtitlePaint(MUTED_TEXT);
		theme.setAxisLabelPaint(TEXT);
		theme.setTickLabelPaint(TEXT);
		theme.setLegendItemPaint(TEXT);
		theme.setItemLabelPaint(TEXT);
		theme.setChartBackgroundPaint(Color.WHITE);
		theme.setPlotBackgroundPaint(Color.WHITE);
		theme.setLegendBackgroundPaint(Color.WHITE);
		theme.setPlotOutlinePaint(Color.WHITE);
		theme.setDomainGridlinePaint(GRID);
		theme.setRangeGridlinePaint(GRID);
		theme.setAxisOffset(RectangleInsets.ZERO_INSETS);
		theme.setBarPainter(new StandardBarPainter());
		theme.setXYBarPainter(new StandardXYBarPainter());
		theme.setShadowVisible(false);
		theme.setDrawingSupplier(new DefaultDrawingSupplier(PALETTE, new Paint[] { ChartColor.WHITE }, PALETTE,
				new Stroke[] { LINE }, new Stroke[] { new BasicStroke(1f) }, new Shape[] { DOT }));
		return theme;
	}

	/** A chart with the theme applied; {@code subtitle} may be null. */
	static JFreeChart chart(String title, String subtitle, Plot plot, boolean legend) {
		JFreeChart chart = new JFreeChart(title, TITLE_FONT, plot, legend);
		if (subtitle != null && !subtitle.isBlank()) {
			chart.addSubtitle(new TextTitle(subtitle));
		}
		THEME.apply(chart);
		chart.setPadding(new RectangleInsets(8, 10, 8, 14));
		plot.setOutlineVisible(false);
		if (plot instanceof CategoryPlot categoryPlot) {
			categoryPlot.setRangeGridlineStroke(GRID_LINE);
			if (categoryPlot.getOrientation() == PlotOrientation.HORIZONTAL) {
				// JFreeChart puts the value axis of a horizontal plot on top; readers expect it below.
				categoryPlot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
			}
		}
		else if (plot instanceof XYPlot xyPlot) {
			xyPlot.setRangeGridlineStroke(GRID_LINE);
		}
		plot.setNoDataMessageFont(new Font(FONT_FAMILY, Font.PLAIN, 16));
		plot.setNoDataMessagePaint(MUTED_TEXT);
		if (chart.getLegend() != null) {
			chart.getLegend().setFrame(BlockBorder.NONE);
		}
		return chart;
	}

	/** Shows "No data" over an empty plot; a plot with groups but only labelled values shows the labels alone. */
	static void noDataWhen(boolean empty, Plot plot) {
		plot.setNoDataMessage(empty ? NO_DATA : null);
	}

	static String suppressedLabel(int anonymityThreshold) {
		return anonymityThreshold > 0 ? "suppressed (n < " + anonymityThreshold + ")" : "suppressed";
	}

	/** A note written in a category instead of a bar, e.g. "no data" or "suppressed (n < 5)". */
	static CategoryTextAnnotation note(CategoryPlot plot, String text, Comparable<?> category, double value,
			TextAnchor anchor) {
		CategoryTextAnnotation note = new CategoryTextAnnotation(text, category, value);
		note.setFont(NOTE_FONT);
		note.setPaint(MUTED_TEXT);
		note.setTextAnchor(anchor);
		plot.addAnnotation(note);
		return note;
	}

	static NumberFormat percent() {
		DecimalFormat format = new DecimalFormat("0%", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
		return format;
	}

	static NumberFormat decimal(String pattern) {
		return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ENGLISH));
	}

	static byte[] png(JFreeChart chart, int width, int height) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ChartUtils.writeChartAsPNG(out, chart, width, height);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot encode chart as PNG", ex);
		}
		return out.toByteArray();
	}

}
