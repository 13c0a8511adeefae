package dev.mentorlens.metrics;

import java.util.List;

/** Metric names of docs/metrics.md, in the order of the rows of {@code metrics.csv}. */
final class MetricNames {

    static final String ENROLLED_MENTORS = "enrolled_mentors";
    static final String ENROLLED_MENTEES = "enrolled_mentees";
    static final String ACTIVE_MATCHES = "active_matches";
    static final String MATCHED_MENTEES = "matched_mentees";
    static final String MATCH_RATE = "match_rate";
    static final String SESSIONS_HELD = "sessions_held";
    static final String SESSIONS_CANCELLED = "sessions_cancelled";
    static final String SESSIONS_NO_SHOW = "sessions_no_show";
    static final String MENTORING_HOURS = "mentoring_hours";
    static final String SESSION_COMPLETION_RATE = "session_completion_rate";
    static final String ACTIVE_PAIRS = "active_pairs";
    static final String PAIR_ACTIVITY_RATE = "pair_activity_rate";
    static final String DORMANT_PAIRS = "dormant_pairs";

    static final String RESPONDENTS = "respondents";
    static final String RESPONSE_RATE = "response_rate";
    static final String SATISFACTION_MEAN = "satisfaction_mean";
    static final String SATISFACTION_MEAN_MENTOR = "satisfaction_mean_mentor";
    static final String SATISFACTION_MEAN_MENTEE = "satisfaction_mean_mentee";
    static final String NPS = "nps";

    static final String PROMOTION_RATE_MENTEES = "promotion_rate_mentees";
    static final String PROMOTION_RATE_BASELINE = "promotion_rate_baseline";
    static final String PROMOTION_RATE_RATIO = "promotion_rate_ratio";
    static final String RETENTION_12M_MENTEES = "retention_12m_mentees";
    static final String RETENTION_12M_MENTORS = "retention_12m_mentors";
    static final String RETENTION_12M_BASELINE = "retention_12m_baseline";
    static final String RETENTION_LOGRANK_P = "retention_logrank_p";
    static final String VOLUNTARY_ATTRITION_RATE = "voluntary_attrition_rate";

    static final String PAIRS_ON_TRACK = "pairs_on_track";
    static final String PAIRS_TOO_EARLY = "pairs_too_early";
    static final String PAIRS_NEEDS_CHECK_IN = "pairs_needs_check_in";
    static final String PAIRS_DORMANT = "pairs_dormant";
    static final String PAIRS_NEVER_MET = "pairs_never_met";
    static final String ON_TRACK_SHARE = "on_track_share";
    static final String MENTEES_MATCHED = "mentees_matched";
    static final String MENTEES_MET = "mentees_met";
    static final String ACTIVATION_RATE = "activation_rate";
    static final String DAYS_TO_MATCH_MEDIAN = "days_to_match_median";
    static final String DAYS_TO_FIRST_MEETING_MEDIAN = "days_to_first_meeting_median";
    static final String MENTORS_ACTIVE = "mentors_active";
    static final String MENTEES_PER_MENTOR_MEAN = "mentees_per_mentor_mean";
    static final String MENTEES_PER_MENTOR_MAX = "mentees_per_mentor_max";
    static final String MENTORS_OVER_CAPACITY = "mentors_over_capacity";
    static final String GOALS_SET = "goals_set";
    static final String GOALS_ACHIEVED = "goals_achieved";
    static final String GOAL_ATTAINMENT_RATE = "goal_attainment_rate";
    static final String GOALS_OVERDUE = "goals_overdue";
    static final String DAYS_TO_GOAL_MEDIAN = "days_to_goal_median";
    static final String MENTEES_WITH_CONTROLS = "mentees_with_controls";
    static final String MATCHED_RETENTION_12M_DIFF = "matched_retention_12m_diff";
    static final String MATCHED_PROMOTION_12M_DIFF = "matched_promotion_12m_diff";

    static final String SATISFACTION_MANNWHITNEY_P = "satisfaction_mannwhitney_p";

    /** The satisfaction metrics under anonymity, in row order. */
    static final List<String> SATISFACTION = List.of(RESPONDENTS, RESPONSE_RATE, SATISFACTION_MEAN,
            SATISFACTION_MEAN_MENTOR, SATISFACTION_MEAN_MENTEE, NPS);

    /** The programme health and impact metrics of docs/metrics.md, in row order. */
    static final List<String> HEALTH = List.of(PAIRS_ON_TRACK, PAIRS_TOO_EARLY, PAIRS_NEEDS_CHECK_IN, PAIRS_DORMANT,
            PAIRS_NEVER_MET, ON_TRACK_SHARE, MENTEES_MATCHED, MENTEES_MET, ACTIVATION_RATE, DAYS_TO_MATCH_MEDIAN,
            DAYS_TO_FIRST_MEETING_MEDIAN, MENTORS_ACTIVE, MENTEES_PER_MENTOR_MEAN, MENTEES_PER_MENTOR_MAX,
            MENTORS_OVER_CAPACITY, GOALS_SET, GOALS_ACHIEVED, GOAL_ATTAINMENT_RATE, GOALS_OVERDUE,
            DAYS_TO_GOAL_MEDIAN, MENTEES_WITH_CONTROLS, MATCHED_RETENTION_12M_DIFF, MATCHED_PROMOTION_12M_DIFF);

    private MetricNames() {
    }
}
