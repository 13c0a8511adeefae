-- At most one process runs jobs against a database at a time: the process that holds this row.
-- A row whose process has died is taken over.
create table launch_lock (
    lock_name   varchar(64)  not null primary key,
    host        varchar(255) not null,
    pid         bigint       not null,
    acquired_at timestamp    not null
);
