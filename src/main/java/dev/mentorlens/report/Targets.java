package dev.mentorlens.report;

import java.util.Locale;

/**
 * What a programme aims for, area by area, and how far below a target still counts as "watch" rather than
 * "act". Shares are fractions in [0, 1]; satisfaction is on the 1–5 scale. A {@code null} field inherits:
 * a programme's value from the defaults, a default from {@link #BUILT_IN}.
 *
 * @param matchRate least share of enrolled mentees with a running match
 * @param pairActivity least share of running matches that met in the month
 * @param responseRate least share of enrolled people who answered the survey
 * @param satisfaction least average satisfaction (1–5)
 * @param dormantShare most dormant pairs as a share of running matches
 * @param shareBand how far past a share target (as a fraction: 0.10 = 10 points) is still "watch"
 * @param satisfactionBand how far below the satisfaction target is still "watch"
 */
record Targets(Double matchRate, Double pairActivity, Double responseRate, Double satisfaction, Double dormantShare,
        Double shareBand, Double satisfactionBand) {

    /** The defaults documented in docs/targets.md. */
    static final Targets BUILT_IN = new Targets(0.70, 0.60, 0.40, 4.0, 0.10, 0.10, 0.3);

    /** Checks the values a site set; {@code where} names the settings block in the message. */
    Targets checked(String where) {
        share(where, "match-rate", matchRate);
        share(where, "pair-activity", pairActivity);
        share(where, "response-rate", responseRate);
        share(where, "dormant-share", dormantShare);
        share(where, "share-band", shareBand);
        if (satisfaction != null && (satisfaction < 1 || satisfaction > 5)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s.satisfaction is %s; a satisfaction"
                    + " target is on the 1–5 scale, e.g. 4.0.", where, satisfaction));
        }
        if (satisfactionBand != null && (satisfactionBand < 0 || satisfactionBand > 4)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s.satisfaction-band is %s; it is a"
                    + " distance on the 1–5 scale between 0 and 4, e.g. 0.3.", where, satisfactionBand));
        }
        return this;
    }

    /** Every field of this, else of {@code fallback}. */
    Targets over(Targets fallback) {
        return new Targets(or(matchRate, fallback.matchRate), or(pairActivity, fallback.pairActivity),
                or(responseRate, fallback.responseRate), or(satisfaction, fallback.satisfaction),
                or(dormantShare, fallback.dormantShare), or(shareBand, fallback.shareBand),
                or(satisfactionBand, fallback.satisfactionBand));
    }

    private static Double or(Double value, Double fallback) {
        return value != null ? value : fallback;
    }

    private static void share(String where, String field, Double value) {
        if (value != null && (value < 0 || value > 1)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s.%s is %s; it is a share between 0"
                    + " and 1 (write 0.70 for 70%%).", where, field, value));
        }
    }
}
