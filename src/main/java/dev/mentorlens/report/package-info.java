/**
 * The Excel workbooks of a period: one per programme, the organisation summary for HR leaders and the
 * cohort comparison. Each is built on a template from {@code report-templates/} (styling, captions,
 * sheet order and the named cells and table anchors this package fills), with the charts of
 * {@code dev.mentorlens.charts} saved as PNG files and embedded as pictures. Values come from the
 * stored metrics; suppressed values are written as text, never as numbers, and input text is always a
 * quote-prefixed string cell.
 */
package dev.mentorlens.report;
