-- What the workbooks and charts show beyond metric_value, stored by the metrics step so that the report
-- step renders (and can render again) from stored results alone, without the input tables. Like
-- metric_value, a run first deletes the rows of each (period, programme) it computes; programme_id ALL
-- holds the organisation-wide network. Anonymity holds here as in the workbooks: a suppressed role
-- keeps neither its respondents nor its score counts, and only the comments the workbook publishes are
-- stored.

-- One row per programme of a period (and ALL): its name and the thresholds the values were computed with.
create table report_programme (
    period              varchar(7)    not null,
    programme_id        varchar(64)   not null,
    programme_name      varchar(2000) not null,
    anonymity_threshold integer       not null,
    comment_threshold   integer       not null,
    bridges_estimated   boolean       not null,
    primary key (period, programme_id)
);

-- The arms of the retention and promotion charts of the whole programme (Mentees, then Baseline):
-- people followed, longest follow-up, promotions per 100 person-years with the exact Poisson 95% range.
create table report_arm (
    period            varchar(7)  not null,
    programme_id      varchar(64) not null,
    position          integer     not null,
    arm               varchar(32) not null,
    subjects          integer     not null,
    follow_up_days    integer     not null,
    promotion_rate    double precision,
    promotion_ci_low  double precision,
    promotion_ci_high double precision,
    primary key (period, programme_id, position)
);

-- The Kaplan–Meier steps of each arm: follow-up time in days and the survival estimate after it.
create table report_survival_step (
    period        varchar(7)       not null,
    programme_id  varchar(64)      not null,
    arm_position  integer          not null,
    position      integer          not null,
    follow_up_day double precision not null,
    survival      double precision not null,
    primary key (period, programme_id, arm_position, position)
);

-- Latest answers 1..5 of the mentors and mentees of the whole programme; all null when suppressed.
create table report_role_scores (
    period       varchar(7)  not null,
    programme_id varchar(64) not null,
    position     integer     not null,
    role         varchar(16) not null,
    respondents  integer,
    score_1      integer,
    score_2      integer,
    score_3      integer,
    score_4      integer,
    score_5      integer,
    primary key (period, programme_id, position)
);

-- The comments as published: only of groups whose respondents are shown and reach the comment threshold.
create table report_comment (
    period       varchar(7)     not null,
    programme_id varchar(64)    not null,
    position     integer        not null,
    cohort       varchar(400)   not null,
    comment_text varchar(32000) not null,
    primary key (period, programme_id, position)
);

-- Ties of the network per pair of departments (department_a <= department_b; 'unknown' when not known).
create table report_department_tie (
    period       varchar(7)    not null,
    programme_id varchar(64)   not null,
    position     integer       not null,
    department_a varchar(2000) not null,
    department_b varchar(2000) not null,
    ties         integer       not null,
    primary key (period, programme_id, position)
);

-- Per input source, what the ingest of the period's last run read, accepted, rejected and found twice.
create table report_source (
    period     varchar(7)  not null,
    position   integer     not null,
    source     varchar(64) not null,
    files      integer     not null,
    rows_read  integer     not null,
    accepted   integer     not null,
    rejected   integer     not null,
    duplicates integer     not null,
    primary key (period, position)
);

-- Dormant pairs carry their cohort, so that the workbook does not look it up in the input tables.
alter table dormant_pair add column cohort varchar(400);
update dormant_pair set cohort = (select m.cohort from mentoring_match m where m.match_id = dormant_pair.match_id);

-- A cohort comparison of a programme and period, replaced when the same comparison runs again.
create table report_comparison (
    period              varchar(7)    not null,
    programme_id        varchar(64)   not null,
    cohort_a            varchar(400)  not null,
    cohort_b            varchar(400)  not null,
    programme_name      varchar(2000) not null,
    anonymity_threshold integer       not null,
    primary key (period, programme_id, cohort_a, cohort_b)
);

-- Its rows in the comparison CSV's order: cohort A's metrics, cohort B's, then the tests (cohort A-vs-B).
create table report_comparison_value (
    period       varchar(7)   not null,
    programme_id varchar(64)  not null,
    cohort_a     varchar(400) not null,
    cohort_b     varchar(400) not null,
    position     integer      not null,
    cohort       varchar(900) not null,
    metric       varchar(64)  not null,
    metric_value double precision,
    n            bigint,
    ci_low       double precision,
    ci_high      double precision,
    suppressed   boolean      not null,
    primary key (period, programme_id, cohort_a, cohort_b, position)
);
