package dev.mentorlens.report;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the workbooks.
 *
 * @param templates folder of programme.xlsx, organisation.xlsx and comparison.xlsx, relative to the
 *                  working directory unless absolute
 */
@ConfigurationProperties("mentorlens.report")
record ReportSettings(@DefaultValue("report-templates") String templates) {
}
