/**
 * The batch layer: both jobs ({@code monthlyReportJob}, {@code cohortComparisonJob}), their steps
 * as beans with step-scoped tasklets and readers, the names of their parameters, the staging and
 * atomic publication of a period's output folder with its manifest, and who owns a running
 * execution. It turns job parameters into the typed requests of the ingest, metrics and report
 * services, which know nothing of jobs.
 */
package dev.mentorlens.batch;
