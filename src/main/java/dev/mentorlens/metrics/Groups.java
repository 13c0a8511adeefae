package dev.mentorlens.metrics;

/** The name {@code ALL}: every row of a programme, or every programme. */
final class Groups {

    static final String ALL = "ALL";

    private Groups() {
    }

    static boolean isAll(String cohort) {
        return ALL.equals(cohort);
    }
}
