package dev.mentorlens.report;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the workbooks.
 *
 * @param templates folder of programme.xlsx, organisation.xlsx and comparison.xlsx that HR restyles, relative
 *                  to the working directory unless absolute; unset, the templates inside the jar are used
 */
@ConfigurationProperties("mentorlens.report")
record ReportSettings(String templates) {
}
