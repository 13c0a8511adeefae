-- Who runs each partition of a partitioned step, and when it last said it was alive: the manager
-- fails a partition whose worker stopped beating, and status and the console show the workers.
create table partition_worker (
    step_execution_id bigint primary key,
    job_execution_id bigint not null,
    worker varchar(200) not null,
    release_name varchar(100) not null,
    started_at timestamp not null,
    beat_at timestamp not null,
    finished_at timestamp
);
create index partition_worker_job on partition_worker (job_execution_id);
