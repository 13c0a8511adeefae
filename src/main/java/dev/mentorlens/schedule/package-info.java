/**
 * Scheduled jobs: the job definitions of {@code jobs/} (one YAML file per job, checked one by one so
 * that a bad file names itself and leaves the others running), the period each fire time stands for,
 * the range of months a backfill runs, and the scheduler of {@code serve} that turns fire times into launches through the runs service.
 */
package dev.mentorlens.schedule;
