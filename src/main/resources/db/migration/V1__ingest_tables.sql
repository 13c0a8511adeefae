-- Accepted input rows. Every table keeps where the row came from (source_file, source_line),
-- its business key as one string (row_key) and a hash of its SPEC column values (row_hash),
-- which is how a repeated key is told apart as an identical duplicate or a conflicting reject.

create table programme (
    programme_id          varchar(64)   not null primary key,
    name                  varchar(2000) not null,
    format                varchar(16)   not null,
    start_date            date          not null,
    end_date              date,
    expected_cadence_days integer       not null,
    owner_email           varchar(2000),
    row_key               varchar(400)  not null unique,
    row_hash              varchar(64)   not null,
    source_file           varchar(400)  not null,
    source_line           integer       not null
);

create table employee (
    employee_id        varchar(200)  not null primary key,
    department         varchar(2000) not null,
    location           varchar(2000),
    job_level          integer       not null,
    hire_date          date          not null,
    termination_date   date,
    termination_reason varchar(16),
    manager_id         varchar(200),
    row_key            varchar(400)  not null unique,
    row_hash           varchar(64)   not null,
    source_file        varchar(400)  not null,
    source_line        integer       not null
);

create table job_event (
    employee_id    varchar(200) not null,
    effective_date date         not null,
    event          varchar(16)  not null,
    job_level      integer,
    row_key        varchar(400) not null unique,
    row_hash       varchar(64)  not null,
    source_file    varchar(400) not null,
    source_line    integer      not null
);
create index job_event_employee on job_event (employee_id, event, effective_date);

create table enrolment (
    programme_id varchar(64)   not null,
    cohort       varchar(400)  not null,
    employee_id  varchar(200)  not null,
    role         varchar(8)    not null,
    enrolled_on  date          not null,
    exited_on    date,
    exit_reason  varchar(2000),
    row_key      varchar(800)  not null unique,
    row_hash     varchar(64)   not null,
    source_file  varchar(400)  not null,
    source_line  integer       not null
);
create index enrolment_programme on enrolment (programme_id, cohort, role);
create index enrolment_employee on enrolment (employee_id, enrolled_on);

create table mentoring_match (
    match_id     varchar(200) not null primary key,
    programme_id varchar(64)  not null,
    cohort       varchar(400) not null,
    mentor_id    varchar(200) not null,
    mentee_id    varchar(200) not null,
    matched_on   date         not null,
    ended_on     date,
    row_key      varchar(400) not null unique,
    row_hash     varchar(64)  not null,
    source_file  varchar(400) not null,
    source_line  integer      not null
);
create index mentoring_match_programme on mentoring_match (programme_id, cohort);

-- session_date and submitted_date are the timestamps' dates in the reporting zone the rows were
-- ingested with; a change of zone re-ingests the sources that depend on it.
create table mentoring_session (
    session_id       varchar(200)  not null primary key,
    programme_id     varchar(64)   not null,
    match_id         varchar(200),
    started_at       varchar(64)   not null,
    session_date     date          not null,
    duration_minutes integer       not null,
    status           varchar(16)   not null,
    channel          varchar(16),
    attendee_ids     varchar(4000) not null,
    row_key          varchar(400)  not null unique,
    row_hash         varchar(64)   not null,
    source_file      varchar(400)  not null,
    source_line      integer       not null
);
create index mentoring_session_programme on mentoring_session (programme_id, session_date);
create index mentoring_session_match on mentoring_session (match_id, session_date);

create table session_attendee (
    session_id  varchar(200) not null,
    employee_id varchar(200) not null,
    primary key (session_id, employee_id)
);

create table survey_response (
    response_id     varchar(200)  not null primary key,
    survey_id       varchar(400)  not null,
    programme_id    varchar(64)   not null,
    respondent_id   varchar(200)  not null,
    role            varchar(8)    not null,
    submitted_at    varchar(64)   not null,
    submitted_epoch_ms bigint     not null,
    submitted_date  date          not null,
    satisfaction    integer       not null,
    nps             integer,
    comment_text    varchar(32000),
    row_key         varchar(400)  not null unique,
    row_hash        varchar(64)   not null,
    source_file     varchar(400)  not null,
    source_line     integer       not null
);
create index survey_response_programme on survey_response (programme_id, submitted_date);

-- Rows that were not accepted, and identical repeats, with where they were found.
create table ingest_reject (
    source      varchar(32)   not null,
    source_file varchar(400)  not null,
    source_line integer       not null,
    reason      varchar(2000) not null,
    raw_text    varchar(32000) not null,
    primary key (source, source_file, source_line)
);

create table ingest_duplicate (
    source      varchar(32)  not null,
    source_file varchar(400) not null,
    source_line integer      not null,
    primary key (source, source_file, source_line)
);

-- What is in the tables above, per source: the input files (name order) with their sha256,
-- and the context they were judged in (upstream sources and reporting zone).
create table ingest_source (
    source            varchar(32)  not null primary key,
    context_hash      varchar(64)  not null,
    owner_instance_id bigint
);

create table ingest_file (
    source      varchar(32)  not null,
    position    integer      not null,
    file_name   varchar(400) not null,
    sha256      varchar(64)  not null,
    status      varchar(16)  not null,
    rows_read   integer,
    accepted    integer,
    rejected    integer,
    duplicates  integer,
    primary key (source, file_name)
);

-- Which process runs a job execution, so that a run whose process died can be told apart
-- from one that is still going.
create table run_owner (
    job_execution_id bigint       not null primary key,
    host             varchar(255) not null,
    pid              bigint       not null,
    started_at       timestamp    not null
);
