-- On PostgreSQL every record read goes first into the staging table of its source, one COPY per chunk
-- into a table without indexes: the typed values of a row that passed its field rules, or the reason
-- it did not, with its key, hash, file, line and raw text. Once a source is read, its references, key
-- repeats and identical repeats are decided for the whole step at once in SQL (StagedSettlement).
-- Staged rows stay as long as their file is ingested: when only a source they refer to changed (a new
-- employees export), they are judged again from here, without reading their files. H2 does not use them.
create table stage_programme (
    programme_id varchar, name varchar, format varchar, start_date date, end_date date,
    expected_cadence_days integer, owner_email varchar, mentor_capacity integer,
    row_key varchar, row_hash varchar(64), source_file varchar(400) not null, source_line integer not null,
    reason varchar(2000), raw_text varchar(32000) not null
);

create table stage_employee (
    employee_id varchar, department varchar, location varchar, job_level integer, hire_date date,
    termination_date date, termination_reason varchar, manager_id varchar, attributes varchar(32000),
    row_key varchar, row_hash varchar(64), source_file varchar(400) not null, source_line integer not null,
    reason varchar(2000), raw_text varchar(32000) not null
);

create table stage_job_event (
    employee_id varchar, effective_date date, event varchar, job_level integer,
    row_key varchar, row_hash varchar(64), source_file varchar(400) not null, source_line integer not null,
    reason varchar(2000), raw_text varchar(32000) not null
);

create table stage_enrolment (
    programme_id varchar, cohort varchar, employee_id varchar, role varchar, enrolled_on date, exited_on date,
    exit_reason varchar,
    row_key varchar, row_hash varchar(64), source_file varchar(400) not null, source_line integer not null,
    reason varchar(2000), raw_text varchar(32000) not null
);

create table stage_mentoring_match (
    match_id varchar, programme_id varchar, cohort varchar, mentor_id varchar, mentee_id varchar,
    matched_on date, ended_on date,
    row_key varchar, row_hash varchar(64), source_file varchar(400) not null, source_line integer not null,
    reason varchar(2000), raw_text varchar(32000) not null
);

create table stage_mentoring_session (
    session_id varchar, programme_id varchar, match_id varchar, started_at varchar, session_date date,
    duration_minutes integer, status varchar, channel varchar,
    row_key varchar, row_hash varchar(64), source_file varchar(400) not null, source_line integer not null,
    reason varchar(2000), raw_text varchar(32000) not null
);

-- The attendees of a staged session in the order of its attendee_ids: the first one that fails names the reason.
create table stage_session_attendee (
    source_file varchar(400) not null, source_line integer not null, ordinal integer not null,
    employee_id varchar not null
);

create table stage_survey_response (
    response_id varchar, survey_id varchar, programme_id varchar, respondent_id varchar, role varchar,
    submitted_at varchar, submitted_epoch_ms bigint, submitted_date date, satisfaction integer, nps integer,
    comment_text varchar(32000),
    row_key varchar, row_hash varchar(64), source_file varchar(400) not null, source_line integer not null,
    reason varchar(2000), raw_text varchar(32000) not null
);

create table stage_goal (
    goal_id varchar, match_id varchar, set_on date, due_on date, achieved_on date, title varchar(40000),
    row_key varchar, row_hash varchar(64), source_file varchar(400) not null, source_line integer not null,
    reason varchar(2000), raw_text varchar(32000) not null
);

-- What a source's rows were judged against, apart from its own context (context_hash: the source and,
-- where it matters, the reporting zone): the state of the sources it refers to.
alter table ingest_source add column upstream_hash varchar(64);
