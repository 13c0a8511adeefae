-- Last month's measures of a programme's cohort ALL as the run of `period` computed them from its own
-- inputs (SPEC section 3), for the workbooks' "Last month" columns: the same inputs give the same
-- workbook whatever ran before. Replaced with the period's other results of the programme.
create table metric_last_month (
    period       varchar(7)  not null,
    programme_id varchar(64) not null,
    metric       varchar(64) not null,
    position     integer     not null,
    metric_value double precision,
    n            bigint,
    ci_low       double precision,
    ci_high      double precision,
    suppressed   boolean     not null,
    primary key (period, programme_id, metric)
);
