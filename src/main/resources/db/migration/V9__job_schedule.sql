-- The scheduler of `serve`: per job definition, the last fire time it handled (epoch milliseconds),
-- so that a fire time missed while the process was down is run once at the next start, and what
-- that fire gave.
create table job_schedule (
    job_name      varchar(63)   not null primary key,
    last_fire_at  bigint        not null,
    last_outcome  varchar(40),
    last_detail   varchar(4000),
    last_ended_at bigint
);
