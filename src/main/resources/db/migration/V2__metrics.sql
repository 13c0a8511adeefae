-- Metrics of a reporting period. A run deletes the rows of the periods and programmes it computes
-- before inserting, so a rerun replaces them. position keeps the metrics.csv row order.

create table metric_value (
    period       varchar(7)   not null,
    programme_id varchar(64)  not null,
    cohort       varchar(400) not null,
    metric       varchar(64)  not null,
    position     integer      not null,
    metric_value double precision,
    n            bigint,
    ci_low       double precision,
    ci_high      double precision,
    suppressed   boolean      not null,
    primary key (period, programme_id, cohort, metric)
);

-- The participation metrics of the 12 months ending at period (trend_month = period - 11 .. period),
-- for the workbook's trend series.
create table metric_trend (
    period       varchar(7)   not null,
    programme_id varchar(64)  not null,
    cohort       varchar(400) not null,
    trend_month  varchar(7)   not null,
    metric       varchar(64)  not null,
    metric_value double precision,
    n            bigint,
    primary key (period, programme_id, cohort, trend_month, metric)
);

-- Dormant pairs at the end of the period; last_held is null when the pair never held a session.
create table dormant_pair (
    period       varchar(7)   not null,
    programme_id varchar(64)  not null,
    match_id     varchar(200) not null,
    mentor_id    varchar(200) not null,
    mentee_id    varchar(200) not null,
    last_held    date,
    primary key (period, programme_id, match_id)
);

-- The people with the highest betweenness, per programme and organisation-wide (programme_id ALL).
create table network_bridge (
    period       varchar(7)   not null,
    programme_id varchar(64)  not null,
    position     integer      not null,
    employee_id  varchar(200) not null,
    betweenness  double precision not null,
    primary key (period, programme_id, position)
);
