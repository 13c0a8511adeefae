-- Locks per resource, held as leases: the holder renews expires_at (epoch milliseconds of the
-- database clock) while it runs; a lease not renewed in time, or whose process is seen dead on its
-- own host, is taken over. They replace the process-wide launch_lock of V3.
drop table launch_lock;

create table run_lease (
    resource      varchar(200) not null primary key,
    holder_id     varchar(36)  not null,
    process_token varchar(36)  not null,
    host          varchar(255) not null,
    pid           bigint       not null,
    acquired_at   bigint       not null,
    expires_at    bigint       not null
);

-- The process (one token per JVM) that runs an execution, to match its leases.
alter table run_owner add column process_token varchar(36);
