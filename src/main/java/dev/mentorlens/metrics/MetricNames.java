package dev.mentorlens.metrics;

import java.util.List;

/** Metric names of SPEC section 2, in the order of the rows of {@code metrics.csv}. */
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

    static final String SATISFACTION_MANNWHITNEY_P = "satisfaction_mannwhitney_p";

    /** The satisfaction metrics under anonymity, in row order. */
    static final List<String> SATISFACTION = List.of(RESPONDENTS, RESPONSE_RATE, SATISFACTION_MEAN,
            SATISFACTION_MEAN_MENTOR, SATISFACTION_MEAN_MENTEE, NPS);

    private MetricNames() {
    }
}
