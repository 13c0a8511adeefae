/**
 * The charts of the programme and organisation workbooks, rendered with JFreeChart as PNG images:
 * participation trend, satisfaction by role, Kaplan–Meier retention curves, promotion rates with
 * confidence intervals, cross-department ties and a programme comparison. {@link
 * dev.mentorlens.charts.MentoringCharts} is the entry point; its inputs are the small records of this
 * package, which the report code fills from its metrics. Every chart uses one theme (DejaVu Sans,
 * white background, a restrained palette) so the same input gives byte-identical PNGs on every
 * machine with that font; suppressed or empty values are drawn as text labels, never as zero bars, and
 * an empty input gives a chart that says "No data".
 */
package dev.mentorlens.charts;
