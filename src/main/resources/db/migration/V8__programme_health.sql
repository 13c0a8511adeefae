-- Programme health and impact: the optional goals source, the optional
-- mentor_capacity of a programme and the attributes of employees (the columns of employees.csv
-- beyond the documented ones, kept as text: a CSV record name,value,name,value... written by
-- EmployeeAttributes).

alter table programme add column mentor_capacity integer;

alter table employee add column attributes varchar(32000);

create table goal (
    goal_id     varchar(400)   not null primary key,
    match_id    varchar(400)   not null,
    set_on      date           not null,
    due_on      date,
    achieved_on date,
    title       varchar(40000),
    row_key     varchar(400)   not null unique,
    row_hash    varchar(64)    not null,
    source_file varchar(400)   not null,
    source_line integer        not null
);
create index goal_match on goal (match_id);
