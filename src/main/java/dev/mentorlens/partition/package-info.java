/**
 * Partitioned steps: the work that grows with the organisation (programmes' metrics, workbooks) is split
 * into partitions that run on a local thread pool (the default) or, with {@code mentorlens.partitions.mode=remote},
 * on {@code mentorlens worker} processes reached over RabbitMQ and sharing the job repository. Spring
 * Batch's own partitioning does the splitting, the sending and the polling; this package adds what a
 * fleet of workers needs: the release a worker must run, a heartbeat per running partition, and a
 * watchdog that fails a partition whose worker died, so that a restart runs only what did not finish.
 */
package dev.mentorlens.partition;
