package dev.mentorlens.charts;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.Map;

import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;

/**
 * Vertical bars with an asymmetric error bar per category ({@code StatisticalBarRenderer} only knows
 * mean ± standard deviation, and a rate's confidence interval is not symmetric).
 */
final class ConfidenceIntervalRenderer extends BarRenderer {

	private static final long serialVersionUID = 1L;

	/** Category key to {low, high}. */
	private final Map<Comparable<?>, double[]> intervals;

	ConfidenceIntervalRenderer(Map<Comparable<?>, double[]> intervals) {
		this.intervals = Map.copyOf(intervals);
	}

	double[] interval(Comparable<?> category) {
		double[] interval = this.intervals.get(category);
		return interval == null ? null : interval.clone();
	}

	@Override
	public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
			CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column, int pass) {
		super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
		double[] interval = this.intervals.get(dataset.getColumnKey(column));
		if (pass != getPassCount() - 1 || interval == null || dataset.getValue(row, column) == null) {
			return;
		}
		int visibleRow = state.getVisibleSeriesIndex(row);
		if (visibleRow < 0) {
			return;
		}
		double x0 = calculateBarW0(plot, plot.getOrientation(), dataArea, domainAxis, state, visibleRow, column);
		double x = x0 + state.getBarWidth() / 2;
		double whisker = Math.min(state.getBarWidth() / 4, 12);
		double low = rangeAxis.valueToJava2D(interval[0], dataArea, plot.getRangeAxisEdge());
		double high = rangeAxis.valueToJava2D(interval[1], dataArea, plot.getRangeAxisEdge());
		g2.setPaint(ChartStyle.TEXT);
		g2.setStroke(new BasicStroke(1.5f));
		g2.draw(new Line2D.Double(x, low, x, high));
		g2.draw(new Line2D.Double(x - whisker, low, x + whisker, low));
		g2.draw(new Line2D.Double(x - whisker, high, x + whisker, high));
	}

	@Override
	public Range findRangeBounds(CategoryDataset dataset, boolean includeInterval) {
		Range bars = super.findRangeBounds(dataset, includeInterval);
		double upper = bars == null ? 0 : bars.getUpperBound();
		for (double[] interval : this.intervals.values()) {
			upper = Math.max(upper, interval[1]);
		}
		return upper > 0 ? new Range(0, upper) : bars;
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other) && other instanceof ConfidenceIntervalRenderer that
				&& this.intervals.keySet().equals(that.intervals.keySet());
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
