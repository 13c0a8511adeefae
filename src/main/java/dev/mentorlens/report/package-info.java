/**
 * The Excel workbooks of a period: one per programme, the organisation summary for HR leaders and the
 * cohort comparison. Each is built on a template (styling, captions, sheet order and the named cells
 * and table anchors this package fills) from the folder {@code mentorlens.report.templates}, else from
 * the copies of {@code report-templates/} inside the jar, with the charts of {@code dev.mentorlens.charts}
 * saved as PNG files and embedded as pictures. Everything shown is read from the results the metrics
 * and compare steps stored: nothing is computed again and no input table is read, so a workbook can be
 * rendered again from the database. Suppressed values are written as text, never as numbers, and input
 * text is always a quote-prefixed string cell.
 */
package dev.mentorlens.report;
