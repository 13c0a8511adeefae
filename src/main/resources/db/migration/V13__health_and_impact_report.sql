-- What the Health, Impact and Breakdowns sheets show beyond metric_value, stored by the metrics step like
-- the tables of V4__report_data.sql (replaced per period and programme).

-- The naive comparison the Impact sheet sets next to the matched estimate: the same mentees against every
-- baseline colleague employed at their enrolment. metric names the matched-impact metric it sits next to.
create table report_naive_impact (
    period       varchar(7)       not null,
    programme_id varchar(64)      not null,
    cohort       varchar(400)     not null,
    metric       varchar(64)      not null,
    metric_value double precision,
    n            bigint,
    ci_low       double precision,
    ci_high      double precision,
    primary key (period, programme_id, cohort, metric)
);

-- The rows of breakdowns.csv as published (suppression applied: a suppressed row keeps no number), for the
-- Breakdowns sheet; none when the run set no breakdowns.
create table report_breakdown (
    period          varchar(7)     not null,
    programme_id    varchar(64)    not null,
    position        integer        not null,
    attribute       varchar(400)   not null,
    attribute_value varchar(32000) not null,
    metric          varchar(64)    not null,
    metric_value    double precision,
    n               bigint,
    ci_low          double precision,
    ci_high         double precision,
    suppressed      boolean        not null,
    primary key (period, programme_id, position)
);

-- The pair list grows the health state: besides the dormant pairs, the pairs that need a check-in (met
-- one to two cadences ago, not since) are kept, so that they can be contacted before they go dormant.
alter table dormant_pair add column health_state varchar(16) default 'dormant' not null;
