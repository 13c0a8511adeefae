/**
 * The metrics engine: participation, satisfaction (with anonymity and differencing protection),
 * progression and retention, and network reach of every programme and cohort for a reporting
 * month, as docs/metrics.md defines them. It reads the accepted input rows the ingest
 * left in the database, aggregates sessions in SQL, keeps only people-sized data in memory, writes
 * {@code metrics.csv} and the workbook's lists into the run's staging folder and stores the values
 * (with 12-month participation trends) and everything the workbooks show (curves, score counts,
 * comments as published, department ties, comparison rows) in its own tables, suppression applied.
 * It also owns the cohort comparison job.
 */
package dev.mentorlens.metrics;
