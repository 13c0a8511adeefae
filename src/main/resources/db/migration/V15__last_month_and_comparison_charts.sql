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

-- What the comparison workbook's charts draw of each cohort of a comparison (position 0 = A, 1 = B): its
-- mentees followed from their own enrolment, their promotions with the exact Poisson 95% range, and the
-- count of each satisfaction score of its latest answers (respondents and scores null when suppressed).
create table report_comparison_cohort (
    period            varchar(7)       not null,
    programme_id      varchar(64)      not null,
    cohort_a          varchar(400)     not null,
    cohort_b          varchar(400)     not null,
    position          integer          not null,
    cohort            varchar(400)     not null,
    subjects          integer          not null,
    follow_up_days    integer          not null,
    person_years      double precision not null,
    promotions        bigint           not null,
    promotion_rate    double precision,
    promotion_ci_low  double precision,
    promotion_ci_high double precision,
    respondents       integer,
    score_1           integer,
    score_2           integer,
    score_3           integer,
    score_4           integer,
    score_5           integer,
    primary key (period, programme_id, cohort_a, cohort_b, position)
);

-- The Kaplan–Meier steps of each cohort's mentees: follow-up time in days and the survival after it.
create table report_comparison_step (
    period          varchar(7)       not null,
    programme_id    varchar(64)      not null,
    cohort_a        varchar(400)     not null,
    cohort_b        varchar(400)     not null,
    cohort_position integer          not null,
    position        integer          not null,
    follow_up_day   double precision not null,
    survival        double precision not null,
    primary key (period, programme_id, cohort_a, cohort_b, cohort_position, position)
);

-- The programme's format (programmes.csv), which sets the words of its workbook (pairs, group places, peers).
alter table report_programme add column programme_format varchar(16);
